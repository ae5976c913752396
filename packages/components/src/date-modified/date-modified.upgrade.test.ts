import { expect, fixture, html } from '@open-wc/testing';
import { withStylesheet } from '../internal/test/page.js';

// This file never imports the element up front: it lays the line out with @qc-ds/styles'
// pre-upgrade rules, defines the element, and checks that nothing moved.

/** Where the text of `node` is drawn (a range: the same whether its element is a flex item or inline). */
const box = (node: Element) => {
  const range = document.createRange();
  range.selectNodeContents(node);
  const { x, y, height } = range.getBoundingClientRect();
  return [Math.round(x), Math.round(y), Math.round(height)];
};

describe('qc-date-modified upgrade', () => {
  it('shows the label before the author’s date, and keeps the date in place when defined', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-date-modified')).to.equal(undefined);
      const root = await fixture(
        html`<div>
          <div lang="fr">
            <qc-date-modified datetime="2026-11-30"
              ><time datetime="2026-11-30">30 novembre 2026</time></qc-date-modified
            >
          </div>
          <div lang="en">
            <qc-date-modified datetime="2026-11-30"
              ><time datetime="2026-11-30">November 30, 2026</time></qc-date-modified
            >
          </div>
          <qc-date-modified type="version">2.4.1</qc-date-modified>
          <p id="after">Texte</p>
        </div>`,
      );
      const [frEl, enEl, version] = [...root.querySelectorAll('qc-date-modified')];
      expect(getComputedStyle(frEl!, '::before').content).to.equal('"Date de mise à jour\u00a0:"');
      expect(getComputedStyle(enEl!, '::before').content).to.equal('"Date modified:"');
      expect(getComputedStyle(version!, '::before').content).to.equal('"Version"');
      const times = [...root.querySelectorAll('time')].map(box);
      const after = root.querySelector('#after')!.getBoundingClientRect().y;
      await import('./qc-date-modified.js');
      await customElements.whenDefined('qc-date-modified');
      for (const el of [frEl, enEl, version])
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect([...root.querySelectorAll('time')].map(box)).to.deep.equal(times);
      expect(root.querySelector('#after')!.getBoundingClientRect().y).to.equal(after);
      expect(getComputedStyle(frEl!, '::before').content).to.equal('none');
    });
  });
});
