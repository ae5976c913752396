// Before the upgrade: accordions in a page with @qc-ds/styles (qc-ds.css: base styles under `.qc-ds`
// and elements.css), then the elements defined late (a slow script). The headings, open sections'
// content and what follows must not move (CLS), at 1280 and 320 px; the content of a closed
// section reads before the upgrade and is hidden after. This file defines qc-accordion and
// qc-accordion-item itself, late; it must not be imported elsewhere first.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

type Upgradable = HTMLElement & { updateComplete: Promise<boolean> };

const long = 'Renseignements'.repeat(12);

const open = () => html`
  <qc-accordion>
    <qc-accordion-item open
      ><h3 slot="heading">Qui peut faire une demande?</h3>
      <p>Toute personne qui habite au Québec depuis au moins trois mois.</p></qc-accordion-item
    >
    <qc-accordion-item open
      ><h3 slot="heading">Quels documents dois-je fournir? ${long}</h3>
      <p>Une preuve d’identité.</p>
      <ul>
        <li>un permis de conduire;</li>
        <li>un passeport.</li>
      </ul></qc-accordion-item
    >
  </qc-accordion>
  <qc-accordion>
    <qc-accordion-item open
      ><span slot="heading">Section seule</span>
      <p>Pas de bouton « tout afficher ».</p></qc-accordion-item
    >
  </qc-accordion>
  <p class="after">Après les accordéons.</p>
`;

/** Text boxes: each heading's text (a range, wherever its box is), and the content's elements. */
function layout(root: HTMLElement): string[] {
  const range = document.createRange();
  return [
    ...root.querySelectorAll(
      'qc-accordion, qc-accordion-item, [slot="heading"], qc-accordion-item > :not([slot]), .after',
    ),
  ].map((el) => {
    let box = el.getBoundingClientRect();
    if (el.slot === 'heading') {
      range.selectNodeContents(el);
      box = range.getBoundingClientRect();
    }
    const { x, y, width, height } = box;
    return [el.localName, Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });
}

async function fontsLoaded(): Promise<void> {
  await Promise.all([
    document.fonts.load('16px "Open Sans"', 'Québec'),
    document.fonts.load('600 16px "Open Sans"', 'Québec'),
    document.fonts.load('700 18px "Open Sans"', 'Québec'),
  ]);
  await document.fonts.ready;
}

async function upgrade(root: HTMLElement): Promise<void> {
  await import('../accordion-item/qc-accordion-item.js');
  await import('./qc-accordion.js');
  const elements = [...root.querySelectorAll<Upgradable>('qc-accordion, qc-accordion-item')];
  await Promise.all(elements.map((el) => el.updateComplete));
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Where the closed accordion and its first heading's text are: they stay put (what follows moves up). */
function closedHeading(page: HTMLElement): number[] {
  const range = document.createRange();
  range.selectNodeContents(page.querySelector('#closed h3')!);
  const text = range.getBoundingClientRect();
  const accordion = page.querySelector('#closed')!.getBoundingClientRect();
  return [accordion.x, accordion.y, text.x, text.y, text.width].map(Math.round);
}

const closed = () => html`
  <qc-accordion id="closed">
    <qc-accordion-item
      ><h3 slot="heading">Fermée</h3>
      <p class="hidden-later">Lisible sans script.</p></qc-accordion-item
    >
    <qc-accordion-item
      ><h3 slot="heading">Fermée aussi</h3>
      <p>Texte</p></qc-accordion-item
    >
  </qc-accordion>
`;

describe('qc-accordion before and after the upgrade (qc-ds.css)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows the headings and the content before the script; open sections do not move when it upgrades (1280 and 320 px); a closed one hides its content then [wcag:1.3.1,1.4.10]', async () => {
    await withStylesheet('/packages/styles/dist/qc-ds.css', async () => {
      expect(customElements.get('qc-accordion')).to.equal(undefined);
      const page = await fixture<HTMLElement>(
        html`<div lang="fr" class="qc-ds">
          <div id="open">${open()}</div>
          ${closed()}
        </div>`,
      );
      const root = page.querySelector<HTMLElement>('#open')!;
      await fontsLoaded();

      // Before: a real heading, in the button's font, with the « show all » row reserved.
      const heading = root.querySelector('h3')!;
      expect(getComputedStyle(heading).fontWeight).to.equal('700');
      expect(getComputedStyle(heading).marginBlockStart).to.equal('0px');
      const first = root.querySelector('qc-accordion')!;
      expect(getComputedStyle(first, '::before').display).to.equal('block');
      expect(getComputedStyle(root.querySelectorAll('qc-accordion')[1]!, '::before').content).to.equal('none');
      // A closed section reads before the upgrade (and without JavaScript).
      const hiddenLater = page.querySelector<HTMLElement>('.hidden-later')!;
      expect(hiddenLater.checkVisibility()).to.equal(true);

      await setViewport({ width: 1280, height: 800 });
      const wide = layout(root);
      const wideClosed = closedHeading(page);
      await setViewport({ width: 320, height: 640 });
      const narrow = layout(root);
      const narrowClosed = closedHeading(page);
      expect(narrow, 'the boxes differ between the widths (wrapping)').to.not.deep.equal(wide);
      expect(document.documentElement.scrollWidth, 'no horizontal scroll at 320 px').to.be.at.most(320);

      await upgrade(page);
      expect(first.shadowRoot?.querySelector('[part="show-all"]')?.textContent?.trim()).to.equal(
        'Masquer toutes les sections',
      );
      expect(hiddenLater.checkVisibility(), 'closed section hidden once upgraded').to.equal(false);
      expect(layout(root)).to.deep.equal(narrow);
      expect(closedHeading(page)).to.deep.equal(narrowClosed);
      await setViewport({ width: 1280, height: 800 });
      expect(layout(root)).to.deep.equal(wide);
      expect(closedHeading(page)).to.deep.equal(wideClosed);
    });
  });
});
