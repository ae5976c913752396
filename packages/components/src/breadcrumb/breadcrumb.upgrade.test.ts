import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the trail out with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

const boxes = (root: Element) =>
  [...root.querySelectorAll('li, a')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [node.textContent, Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });

describe('qc-breadcrumb upgrade', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('lays the trail out the same before and after the element is defined (wide and narrow)', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-breadcrumb')).to.equal(undefined);
      const root = await fixture(
        html`<div>
          <qc-breadcrumb
            ><ol>
              <li><a href="/">Accueil</a></li>
              <li><a href="/a">Gouvernement du Québec</a></li>
              <li><a href="/b">Ministères et organismes</a></li>
              <li><a href="/c" aria-current="page">Santé et Services sociaux</a></li>
            </ol></qc-breadcrumb
          >
          <p id="after">Texte</p>
        </div>`,
      );
      await setViewport({ width: 800, height: 600 });
      const wide = boxes(root);
      await setViewport({ width: 360, height: 640 });
      const narrow = boxes(root);
      const after = root.querySelector('#after')!.getBoundingClientRect().y;
      await import('./qc-breadcrumb.js');
      await customElements.whenDefined('qc-breadcrumb');
      await root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('qc-breadcrumb')!.updateComplete;
      expect(boxes(root)).to.deep.equal(narrow);
      expect(root.querySelector('#after')!.getBoundingClientRect().y).to.equal(after);
      await setViewport({ width: 800, height: 600 });
      expect(boxes(root)).to.deep.equal(wide);
    });
  });
});
