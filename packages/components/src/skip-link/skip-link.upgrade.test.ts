import { expect, fixture, html } from '@open-wc/testing';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it shows the link with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

const box = (node: Element) => {
  const { x, y, width, height } = node.getBoundingClientRect();
  return [x, y, width, height].map(Math.round);
};

describe('qc-skip-link upgrade', () => {
  it('hides and shows the link the same before and after the element is defined', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      const root = await fixture(
        html`<div>
          <qc-skip-link><a href="#main">Passer au contenu</a></qc-skip-link>
          <main id="main"><p>Texte</p></main>
        </div>`,
      );
      const link = root.querySelector('a')!;
      const main = root.querySelector('main')!;
      const hidden = [box(link), box(main)];
      link.focus();
      const focused = [box(link), box(main)];
      expect(focused[0]![3]).to.be.at.least(24);
      link.blur();
      await import('./qc-skip-link.js');
      await customElements.whenDefined('qc-skip-link');
      expect([box(link), box(main)]).to.deep.equal(hidden);
      link.focus();
      expect([box(link), box(main)]).to.deep.equal(focused);
    });
  });
});
