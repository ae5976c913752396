import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the list out with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

const boxes = (root: Element) =>
  [...root.querySelectorAll('dl, div, dt, dd, button, #after')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [node.localName, Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });

describe('qc-structured-list upgrade', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('lays the rows and the heading out the same before and after the element is defined (wide and 320 px) [wcag:1.3.1,1.4.10]', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-structured-list')).to.equal(undefined);
      const root = await fixture(
        html`<div>
          <qc-structured-list heading="Vos coordonnées"
            ><dl>
              <div>
                <dt>Numéro de dossier</dt>
                <dd>2026-00042</dd>
              </div>
              <div>
                <dt>Adresse</dt>
                <dd>123, rue Principale, Québec</dd>
                <dd><button type="button">Modifier</button></dd>
              </div>
            </dl></qc-structured-list
          >
          <p id="after">Texte</p>
        </div>`,
      );
      await setViewport({ width: 1000, height: 700 });
      const wide = boxes(root);
      await setViewport({ width: 320, height: 640 });
      const narrow = boxes(root);
      await import('./qc-structured-list.js');
      await customElements.whenDefined('qc-structured-list');
      await root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('qc-structured-list')!
        .updateComplete;
      expect(root.querySelector('h2')?.textContent).to.equal('Vos coordonnées');
      expect(boxes(root)).to.deep.equal(narrow);
      await setViewport({ width: 1000, height: 700 });
      expect(boxes(root)).to.deep.equal(wide);
    });
  });
});
