/**
 * The header before it upgrades (scripts blocked or late), with `@qc-ds/styles` `elements.css`:
 * it reads right, and upgrading moves nothing (the page template must stay under CLS 0.01).
 * This file imports the class without registering it: the element is defined by the last test,
 * after the light-DOM layout has been measured (mocha runs the tests of a file in order).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';
import { QcPivHeader } from './piv-header.js';

const ELEMENTS_CSS = '/packages/styles/dist/elements.css';
const PIV_BLUE = 'rgb(9, 87, 151)';
const WHITE = 'rgb(255, 255, 255)';
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The no-JavaScript form: everything a citizen reads is light DOM. */
const slotted = html`<qc-piv-header id="slotted" enable-search="true">
  <a slot="go-to-content" href="#main">Passer au contenu</a>
  <a slot="signature" href="https://www.quebec.ca/"
    ><img
      src="/packages/components/dist/assets/QUEBEC_blanc.svg"
      alt="Gouvernement du Québec — accueil"
      width="200"
      height="40"
  /></a>
  <a slot="title" href="/">Nom du service</a>
  <nav slot="links" aria-label="Liens utilitaires">
    <ul>
      <li><a href="/en/" lang="en" hreflang="en">English</a></li>
      <li><a href="/nous-joindre">Nous joindre</a></li>
    </ul>
  </nav>
  <form slot="search-zone" role="search" aria-label="Recherche"><input aria-label="Rechercher" /></form>
</qc-piv-header>`;

/** The incumbent's form: attributes only. */
const attributesOnly = html`<qc-piv-header
  id="attributes"
  title-text="Nom du service"
  alt-language-url="/en/"
  join-us-url="/nous-joindre"
></qc-piv-header>`;

const shown = html`<qc-piv-header id="shown" show-search="true">
  <form slot="search-zone" role="search" aria-label="Recherche"><input aria-label="Rechercher" /></form>
</qc-piv-header>`;

async function render() {
  return fixture(
    html`<div>
      ${slotted} ${attributesOnly} ${shown}
      <p id="after">Texte de la page</p>
      <main id="main"></main>
    </div>`,
  );
}

type Box = [number, number, number, number];
/** Boxes of the headers, the page text after them, and every light-DOM child that shows. */
function measure(root: Element): Record<string, Box> {
  const boxes: Record<string, Box> = {};
  const targets: [string, Element][] = [
    ...[...root.querySelectorAll('qc-piv-header')].map((el): [string, Element] => [el.id, el]),
    ['after', root.querySelector('#after')!],
    ...[...root.querySelectorAll('#slotted :is(img, a:not([slot="go-to-content"]), input)')].map(
      (el, i): [string, Element] => [`${el.localName}${i}`, el],
    ),
  ];
  for (const [name, el] of targets) {
    const r = el.getBoundingClientRect();
    boxes[name] = [r.left, r.top, r.width, r.height].map((v) => Math.round(v)) as Box;
  }
  return boxes;
}

describe('qc-piv-header before upgrade (elements.css)', () => {
  after(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('is not defined by this file until the last test', () => {
    expect(customElements.get('qc-piv-header')).to.equal(undefined);
  });

  it('without JavaScript: a PIV blue band with the signature, the name and every link; the skip link hidden until focused [wcag:2.4.1]', async () => {
    await withStylesheet(ELEMENTS_CSS, async () => {
      await setViewport({ width: 1280, height: 800 });
      const root = await render();
      const header = root.querySelector('#slotted')!;
      expect(getComputedStyle(header).backgroundColor).to.equal(PIV_BLUE);
      expect(header.getBoundingClientRect().height).to.be.at.least(72);
      const img = header.querySelector('img')!.getBoundingClientRect();
      expect(img.width).to.be.within(150, 200);
      for (const link of header.querySelectorAll<HTMLElement>('[slot="title"], [slot="links"] a')) {
        expect(link.getBoundingClientRect().width, link.textContent!).to.be.above(0);
        expect(getComputedStyle(link).color).to.equal(WHITE);
      }
      // The search zone waits for the button (or show-search).
      expect(header.querySelector('form')!.getClientRects().length).to.equal(0);
      expect(root.querySelector('#shown form')!.getClientRects().length).to.equal(1);
      // The attributes-only header already holds its row.
      expect(root.querySelector('#attributes')!.getBoundingClientRect().height).to.be.at.least(72);

      const skip = header.querySelector<HTMLElement>('[slot="go-to-content"]')!;
      expect(skip.getBoundingClientRect().width).to.be.at.most(1);
      const before = document.createElement('button');
      before.textContent = 'Avant';
      root.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === skip).to.equal(true);
      expect(skip.getBoundingClientRect().width).to.be.above(50);
      const band = header.getBoundingClientRect();
      expect(skip.getBoundingClientRect().top).to.be.at.least(band.top);
    });
  });

  it('upgrading moves nothing, at 1280 and at 320 px (this test defines the element) [wcag:1.4.10]', async () => {
    await withStylesheet(ELEMENTS_CSS, async () => {
      const root = await render();
      await setViewport({ width: 1280, height: 800 });
      await settle();
      const wideBefore = measure(root);
      await setViewport({ width: 320, height: 640 });
      await settle();
      const narrowBefore = measure(root);
      expect(document.documentElement.scrollWidth, 'no sideways scroll before upgrade').to.be.at.most(320);

      QcPivHeader.define('qc-piv-header');
      for (const el of root.querySelectorAll<QcPivHeader>('qc-piv-header')) await el.updateComplete;
      await settle();
      expect(measure(root)).to.deep.equal(narrowBefore);
      expect(document.documentElement.scrollWidth, 'no sideways scroll after upgrade').to.be.at.most(320);
      await setViewport({ width: 1280, height: 800 });
      await settle();
      expect(measure(root)).to.deep.equal(wideBefore);
    });
  });
});
