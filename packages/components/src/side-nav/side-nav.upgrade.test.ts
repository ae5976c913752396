import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the menu out with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

const boxes = (root: Element) =>
  [...root.querySelectorAll('li, a, p')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [
      node.firstChild?.textContent?.trim(),
      Math.round(x),
      Math.round(y),
      Math.round(width),
      Math.round(height),
    ].join(' ');
  });

describe('qc-side-nav upgrade', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('lays the menu out the same before and after the element is defined (wide and narrow, French and English, the author’s nav with its heading) [wcag:1.3.1,3.1.2]', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-side-nav')).to.equal(undefined);
      const root = await fixture(html`<div>${['fr', 'en'].map((lang) => menu(lang))}${withNav()}</div>`);
      await setViewport({ width: 1200, height: 800 });
      const wide = boxes(root);
      await setViewport({ width: 360, height: 640 });
      const narrow = boxes(root);
      await import('./qc-side-nav.js');
      await customElements.whenDefined('qc-side-nav');
      for (const el of root.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('qc-side-nav')) {
        await el.updateComplete;
      }
      expect(boxes(root)).to.deep.equal(narrow);
      await setViewport({ width: 1200, height: 800 });
      expect(boxes(root)).to.deep.equal(wide);
    });
  });
});

function menu(lang: string) {
  return html`<div lang=${lang}>
    <qc-side-nav
      ><ul>
        <li><a href="#page">Page</a></li>
        <li>
          <a href="#a">Section A au titre assez long pour passer à la ligne</a>
          <ul>
            <li><a href="#a1">A1</a></li>
          </ul>
        </li>
        <li>
          <a href="#b">Section B</a>
          <ul>
            <li><a href="#b1" aria-current="page">B1</a></li>
            <li><a href="#b2">B2</a></li>
          </ul>
        </li>
      </ul></qc-side-nav
    >
    <p>Après</p>
  </div>`;
}

function withNav() {
  return html`<qc-side-nav
      ><nav aria-labelledby="titre-rubrique">
        <p id="titre-rubrique">Rubrique</p>
        <ul>
          <li>
            <a href="#s">Section</a>
            <ul>
              <li><a href="#s1">S1</a></li>
            </ul>
          </li>
        </ul>
      </nav></qc-side-nav
    >
    <p>Fin</p>`;
}
