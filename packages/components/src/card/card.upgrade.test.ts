import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the card out with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

const image = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="320" height="120"/%3E';
const boxes = (root: Element) =>
  [...root.querySelectorAll('qc-card, qc-card > *, a')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [node.localName, Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });

describe('qc-card upgrade', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('lays the card out the same before and after the element is defined (wide and 320 px) [wcag:1.4.10]', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-card')).to.equal(undefined);
      const root = await fixture(
        html`<div>
          <qc-card>
            <h3><a href="#dossier">Demande de permis</a></h3>
            <p>Suivez l’état de votre demande.</p>
            <img slot="image" src=${image} alt="" />
          </qc-card>
          <p id="after">Texte</p>
        </div>`,
      );
      await setViewport({ width: 800, height: 600 });
      const wide = boxes(root);
      await setViewport({ width: 320, height: 640 });
      const narrow = boxes(root);
      const after = root.querySelector('#after')!.getBoundingClientRect().y;
      await import('./qc-card.js');
      await customElements.whenDefined('qc-card');
      await root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('qc-card')!.updateComplete;
      expect(boxes(root)).to.deep.equal(narrow);
      expect(root.querySelector('#after')!.getBoundingClientRect().y).to.equal(after);
      await setViewport({ width: 800, height: 600 });
      expect(boxes(root)).to.deep.equal(wide);
    });
  });
});
