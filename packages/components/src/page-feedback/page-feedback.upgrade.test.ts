import { expect, fixture, html } from '@open-wc/testing';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the server's form out with @qc-ds/styles'
// pre-upgrade rules, defines the element (which adopts the form), and checks that nothing moved.

const boxes = (root: Element) =>
  [...root.querySelectorAll('legend, button')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [node.textContent!.trim(), Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });

describe('qc-page-feedback upgrade', () => {
  it('lays the server’s first question out the same before and after the element is defined', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-page-feedback')).to.equal(undefined);
      const root = await fixture(
        html`<div>
          <qc-page-feedback
            ><form action="/retroaction" method="post">
              <fieldset>
                <legend>L’information sur cette page vous a-t-elle été utile?</legend>
                <div>
                  <button type="submit" name="helpful" value="yes">Oui</button>
                  <button type="submit" name="helpful" value="no">Non</button>
                </div>
              </fieldset>
            </form></qc-page-feedback
          >
          <p id="after">Texte</p>
        </div>`,
      );
      const before = boxes(root);
      expect(before).to.have.length(3);
      const after = root.querySelector('#after')!.getBoundingClientRect().y;
      await import('./qc-page-feedback.js');
      await customElements.whenDefined('qc-page-feedback');
      await root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('qc-page-feedback')!.updateComplete;
      expect(root.querySelectorAll('form')).to.have.length(1);
      expect(boxes(root)).to.deep.equal(before);
      expect(root.querySelector('#after')!.getBoundingClientRect().y).to.equal(after);
    });
  });
});
