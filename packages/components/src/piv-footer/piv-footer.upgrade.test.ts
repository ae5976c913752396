// Before the upgrade: the page's markup with @qc-ds/styles (elements.css) only, then the element
// defined late (a slow script). Nothing the citizen reads may move (CLS), and the links read the
// same before. This file defines qc-piv-footer itself, late; it must not be imported elsewhere first.
import { expect, fixture, html } from '@open-wc/testing';
import { withStylesheet } from '../internal/test/page.js';

const page = () =>
  html`<div>
    <qc-piv-footer>
      <nav aria-label="Navigation du pied de page">
        <ul>
          <li><a href="#accessibilite">Accessibilité</a></li>
          <li><a href="#plan">Plan du site</a></li>
          <li><a href="#confidentialite">Politique de confidentialité</a></li>
        </ul>
      </nav>
    </qc-piv-footer>
    <p id="after">Après le pied de page.</p>
    <qc-piv-footer>
      <nav aria-label="Liens du ministère">
        <ul>
          <li><a href="#a">Accès à l’information</a></li>
        </ul>
      </nav>
      <a slot="copyright" href="#droits">© Gouvernement du Québec, 2023</a>
    </qc-piv-footer>
    <p id="end">Fin.</p>
  </div>`;

/** Positions of what the citizen reads, rounded to the CSS pixel. */
function layout(root: HTMLElement): number[][] {
  return [...root.querySelectorAll('a:not([slot]), [slot="copyright"], p')].map((el) => {
    const box = el.getBoundingClientRect();
    return [Math.round(box.left), Math.round(box.top)];
  });
}

describe('qc-piv-footer before and after the upgrade (elements.css)', () => {
  it('the links lay out the same and nothing after them moves when the element upgrades', async () => {
    await withStylesheet('/packages/styles/dist/elements.css', async () => {
      expect(customElements.get('qc-piv-footer')).to.equal(undefined);
      const root = await fixture<HTMLElement>(page());
      const list = root.querySelector('ul')!;
      expect(getComputedStyle(list).display).to.equal('flex');
      expect(getComputedStyle(list).listStyleType).to.equal('none');
      const before = layout(root);
      const heights = [...root.querySelectorAll('qc-piv-footer')].map((el) =>
        Math.round(el.getBoundingClientRect().height),
      );
      await import('./qc-piv-footer.js');
      const footers = [...root.querySelectorAll('qc-piv-footer')];
      await Promise.all(footers.map((el) => el.updateComplete));
      expect(footers.map((el) => Math.round(el.getBoundingClientRect().height))).to.deep.equal(heights);
      expect(layout(root)).to.deep.equal(before);
    });
  });
});
