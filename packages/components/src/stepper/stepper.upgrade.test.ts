import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the steps out with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

const boxes = (root: Element) =>
  [...root.querySelectorAll('ol, li, #after')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [node.localName, Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });

describe('qc-stepper upgrade', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('lays the steps out the same before and after the element is defined (wide and compact at 320 px) [wcag:1.4.10]', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-stepper')).to.equal(undefined);
      const root = await fixture(
        html`<div>
          <qc-stepper current="2"
            ><ol>
              <li>Reçue</li>
              <li aria-current="step">Analyse</li>
              <li>Décision</li>
              <li>Envoi</li>
            </ol></qc-stepper
          >
          <p id="after">Texte</p>
        </div>`,
      );
      await setViewport({ width: 1000, height: 700 });
      const wide = boxes(root);
      await setViewport({ width: 320, height: 640 });
      const narrow = boxes(root);
      const colour = getComputedStyle(root.querySelector('li')!).borderBlockStartColor;
      await import('./qc-stepper.js');
      await customElements.whenDefined('qc-stepper');
      await root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('qc-stepper')!.updateComplete;
      expect(root.querySelector('[data-qc-part="summary"]')?.textContent).to.contain('Analyse');
      expect(boxes(root)).to.deep.equal(narrow);
      expect(getComputedStyle(root.querySelector('li')!).borderBlockStartColor).to.equal(colour);
      await setViewport({ width: 1000, height: 700 });
      expect(boxes(root)).to.deep.equal(wide);
    });
  });
});
