import { expect, fixture, html } from '@open-wc/testing';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the tags out with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

const boxes = (root: Element) =>
  [...root.querySelectorAll('qc-tag, #after')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [node.id || node.textContent, Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });

describe('qc-tag upgrade', () => {
  it('lays the tags out the same before and after the element is defined', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-tag')).to.equal(undefined);
      const root = await fixture(
        html`<div style="inline-size: 20rem">
          <p>
            <qc-tag>En traitement</qc-tag>
            <qc-tag variant="success">Approuvé</qc-tag>
            <qc-tag variant="WARNING" removable>Montréal</qc-tag>
            <qc-tag variant="error" removable="false">Refusé</qc-tag>
          </p>
          <p id="after">Texte</p>
        </div>`,
      );
      const before = boxes(root);
      const colours = [...root.querySelectorAll('qc-tag')].map((tag) => getComputedStyle(tag).backgroundColor);
      await import('./qc-tag.js');
      await customElements.whenDefined('qc-tag');
      await Promise.all(
        [...root.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('qc-tag')].map(
          (tag) => tag.updateComplete,
        ),
      );
      expect(boxes(root)).to.deep.equal(before);
      const base = (tag: Element) => tag.shadowRoot!.querySelector('[part="base"]')!;
      expect(
        [...root.querySelectorAll('qc-tag')].map((tag) => getComputedStyle(base(tag)).backgroundColor),
      ).to.deep.equal(colours);
    });
  });
});
