import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { tokenPx } from '../internal/test/page.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcToTop } from './qc-to-top.js';
import { toTopStrings } from './to-top.strings.js';

const hostile = '<img src=x onerror="window.__qcToTopXss = true">';
const { fr, en } = toTopStrings;

const link = (el: QcToTop) => el.querySelector<HTMLAnchorElement>(':scope > a')!;
const isShown = (el: QcToTop) => !link(el).hidden && link(el).getClientRects().length > 0;
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Scrolls the window at once to `y` and lets the scroll event reach the element. */
async function scrollToY(y: number): Promise<void> {
  window.scrollTo({ top: y, behavior: 'instant' });
  await frames();
}

/** Waits until `test` holds (smooth scrolling takes a few frames), up to `ms`. */
async function until(test: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!test() && performance.now() < end) await frames();
}

/** A page taller than four windows, with the element at its end. */
const page = (element = html`<qc-to-top></qc-to-top>`, top = html`<h1 id="top">Haut</h1>`) =>
  fixture(
    html`<div>
      ${top}
      <button id="before">Avant</button>
      <div style="block-size: 400vh"></div>
      ${element}
      <button id="after">Après</button>
    </div>`,
  );

/** `markup` in a frame with the tokens and @qc-ds/styles elements.css but no script: the element before it upgrades. */
async function beforeUpgrade(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 400px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="fr"><link rel="stylesheet" href="/packages/tokens/dist/tokens.css"><link rel="stylesheet" href="/packages/styles/dist/elements.css"><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

afterEach(async () => {
  await scrollToY(0);
});

describe('qc-to-top', () => {
  describe('accessibility', () => {
    it('passes axe while hidden', async () => {
      const root = await page();
      expect(isShown(root.querySelector('qc-to-top')!)).to.equal(false);
      await expect(root).to.be.accessible();
    });

    it('passes axe once shown', async () => {
      const root = await page();
      await scrollToY(window.innerHeight * 2);
      expect(isShown(root.querySelector('qc-to-top')!)).to.equal(true);
      await expect(root).to.be.accessible();
    });

    it('passes axe in demo mode, in English', async () => {
      const el = await fixture(html`<div lang="en"><qc-to-top demo="true"></qc-to-top></div>`);
      await expect(el).to.be.accessible();
    });

    it('is a link named « Retour en haut » (every engine) [wcag:4.1.2]', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo></qc-to-top>`);
      expect(await axElement(link(el))).to.deep.equal({ role: 'link', name: fr.toTopLabel });
    });

    itExcept(NEEDS_AX_TREE, 'exposes one named link and no image; nothing while hidden [wcag:4.1.2]', async () => {
      await fixture(html`<div id="tree"><qc-to-top demo></qc-to-top><qc-to-top></qc-to-top></div>`);
      const tree = await axTree('#tree');
      expect(findAll(tree, (n) => n.role === 'link').map((n) => n.name)).to.deep.equal([fr.toTopLabel]);
      expect(findAll(tree, (n) => n.role === 'img' || n.role === 'image')).to.have.length(0);
    });
  });

  describe('rendering', () => {
    it('before it upgrades, elements.css hides it, except the 40 px demo box (never a flash, no shift)', async () => {
      const frame = await beforeUpgrade(
        '<qc-to-top></qc-to-top><qc-to-top demo="true"></qc-to-top><qc-to-top demo="false"></qc-to-top>',
      );
      try {
        const [plain, demo, off] = [...frame.contentDocument!.querySelectorAll('qc-to-top')];
        expect(plain!.getClientRects()).to.have.length(0);
        expect(off!.getClientRects()).to.have.length(0);
        const box = demo!.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([40, 40]);
      } finally {
        frame.remove();
      }
    });
    it('creates a real link to #top in the light DOM, with the arrow icon and a visually hidden name [wcag:2.1.1]', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo></qc-to-top>`);
      expect(el.shadowRoot).to.equal(null);
      const a = link(el);
      expect(a.getAttribute('href')).to.equal('#top');
      expect(a.querySelector('qc-icon')!.getAttribute('icon')).to.equal('arrow-up');
      const name = a.querySelector<HTMLElement>('[data-qc-part="text"]')!;
      expect(name.textContent).to.equal(fr.toTopLabel);
      expect(name.getBoundingClientRect().width).to.be.at.most(1);
      const box = a.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([tokenPx('--qc-to-top-size'), tokenPx('--qc-to-top-size')]);
      expect(box.width).to.equal(40);
    });

    it('is fixed at the bottom right of the window', async () => {
      const root = await page();
      const el = root.querySelector('qc-to-top')!;
      await scrollToY(window.innerHeight * 2);
      const box = link(el).getBoundingClientRect();
      expect(getComputedStyle(el).position).to.equal('fixed');
      expect(window.innerHeight - box.bottom).to.equal(tokenPx('--qc-to-top-inset-block-end'));
      expect(document.documentElement.clientWidth - box.right).to.equal(tokenPx('--qc-to-top-inset-inline-end'));
    });

    it('keeps the author’s link, its address and its words as the name', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo><a href="#haut">Haut de page</a></qc-to-top>`);
      expect(el.querySelectorAll('a')).to.have.length(1);
      expect(link(el).getAttribute('href')).to.equal('#haut');
      expect(link(el).querySelector('qc-icon')).to.not.equal(null);
      expect((await axElement(link(el))).name).to.equal('Haut de page');
      expect(link(el).getBoundingClientRect().width).to.equal(40);
    });

    it('is hidden near the top, shown past one window height, hidden again back near the top', async () => {
      const root = await page();
      const el = root.querySelector('qc-to-top')!;
      expect(isShown(el)).to.equal(false);
      await scrollToY(window.innerHeight / 2);
      expect(isShown(el)).to.equal(false);
      await scrollToY(window.innerHeight + 10);
      expect(isShown(el)).to.equal(true);
      // Scrolling down further keeps it (the incumbent showed it only while scrolling up).
      await scrollToY(window.innerHeight * 2);
      expect(isShown(el)).to.equal(true);
      await scrollToY(10);
      expect(isShown(el)).to.equal(false);
    });

    it('demo keeps it shown at the top, in the flow of the page', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo="true"></qc-to-top>`);
      expect(isShown(el)).to.equal(true);
      expect(getComputedStyle(el).position).to.not.equal('fixed');
      el.demo = false;
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
    });

    it('steps aside while the focus is on an element it would cover (WCAG 2.4.11)', async () => {
      const root = await page(
        html`<qc-to-top></qc-to-top>
          <button id="under" style="position: fixed; inset-block-end: 6rem; inset-inline-end: 2rem">Sous</button>`,
      );
      const el = root.querySelector('qc-to-top')!;
      await scrollToY(window.innerHeight * 2);
      expect(isShown(el)).to.equal(true);
      const under = root.querySelector<HTMLElement>('#under')!;
      under.focus();
      await frames();
      expect(isShown(el)).to.equal(false);
      const box = under.getBoundingClientRect();
      expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === under).to.equal(true);
      // The focus elsewhere: it comes back.
      root.querySelector<HTMLElement>('#after')!.focus({ preventScroll: true });
      await frames();
      expect(isShown(el)).to.equal(true);
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'keeps a visible square in forced colours (a border, as backgrounds are dropped) [wcag:1.4.11]',
      async () => {
        const el = await fixture<QcToTop>(html`<qc-to-top demo></qc-to-top>`);
        const before = getComputedStyle(link(el)).borderTopColor;
        await emulateMedia({ forcedColors: 'active' });
        try {
          const style = getComputedStyle(link(el));
          expect(style.borderTopStyle).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
          expect(style.borderTopColor).to.not.equal(before);
          expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('a framework replacing its children gets a new link', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo></qc-to-top>`);
      el.replaceChildren();
      await frames();
      expect(link(el)?.getAttribute('href')).to.equal('#top');
      expect(link(el).textContent).to.equal(fr.toTopLabel);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-to-top') === QcToTop).to.equal(true);
      expect(() => QcToTop.define('qc-to-top')).not.to.throw();
    });
  });

  describe('keyboard', () => {
    it('is out of the tab order while hidden, and in it once shown', async () => {
      const root = await page();
      const before = root.querySelector<HTMLElement>('#before')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await scrollToY(window.innerHeight * 2);
      before.focus({ preventScroll: true });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === link(root.querySelector('qc-to-top')!)).to.equal(true);
    });

    it('is not hidden while it has the focus; hidden once the focus leaves', async () => {
      const root = await page();
      const el = root.querySelector('qc-to-top')!;
      await scrollToY(window.innerHeight * 2);
      link(el).focus({ preventScroll: true });
      await scrollToY(0);
      expect(isShown(el)).to.equal(true);
      expect(document.activeElement === link(el)).to.equal(true);
      root.querySelector<HTMLElement>('#before')!.focus();
      await until(() => !isShown(el));
      expect(isShown(el)).to.equal(false);
    });

    it('Enter goes to the top and moves the focus to #top, without an error [wcag:2.1.1,2.4.3,3.3.1]', async () => {
      const root = await page();
      const el = root.querySelector('qc-to-top')!;
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        await scrollToY(window.innerHeight * 2);
        link(el).focus();
        await sendKeys({ press: 'Enter' });
        await until(() => window.scrollY === 0);
        expect(window.scrollY).to.equal(0);
        expect(document.activeElement?.id).to.equal('top');
        expect(errors).to.deep.equal([]);
        // The next Tab starts from the top of the page.
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.id).to.equal('before');
        expect(root.querySelector('#top')!.hasAttribute('tabindex')).to.equal(false);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('without a #top target, moves the focus to the start of the page [wcag:2.4.3]', async () => {
      const root = await page(undefined, html``);
      const el = root.querySelector('qc-to-top')!;
      await scrollToY(window.innerHeight * 2);
      link(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => window.scrollY === 0);
      expect(document.activeElement === document.body).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('before');
      expect(document.body.hasAttribute('tabindex')).to.equal(false);
    });

    itExcept(NO_MEDIA_EMULATION, 'scrolls at once with prefers-reduced-motion, smoothly otherwise', async () => {
      const root = await page();
      const el = root.querySelector('qc-to-top')!;
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        await scrollToY(window.innerHeight * 2);
        link(el).click();
        expect(window.scrollY).to.equal(0);
        await emulateMedia({ reducedMotion: 'no-preference' });
        await scrollToY(window.innerHeight * 3);
        link(el).click();
        expect(window.scrollY).to.be.greaterThan(0);
        await until(() => window.scrollY === 0);
        expect(window.scrollY).to.equal(0);
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });
  });

  describe('events', () => {
    it('fires no event of its own; the click reaches the page; a modified click is left to the browser', async () => {
      const root = await fixture(html`<div><qc-to-top demo></qc-to-top></div>`);
      const seen: boolean[] = [];
      root.addEventListener('click', (event) => {
        seen.push(event.defaultPrevented);
        event.preventDefault();
      });
      const a = link(root.querySelector('qc-to-top')!);
      a.click();
      a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      expect(seen).to.deep.equal([true, false]);
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en"><qc-to-top demo></qc-to-top></div>`);
      const el = root.querySelector('qc-to-top')!;
      expect(link(el).textContent).to.equal(en.toTopLabel);
      root.setAttribute('lang', 'fr-CA');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(link(el).textContent).to.equal(fr.toTopLabel);
    });

    it('text replaces the name; registerTranslation replaces the built-in one', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo text="Haut de la page"></qc-to-top>`);
      expect(link(el).textContent).to.equal('Haut de la page');
      const other = await fixture<QcToTop>(html`<qc-to-top demo lang="en-CA"></qc-to-top>`);
      registerTranslation('en-CA', { toTopLabel: 'Top of page' });
      try {
        await other.updateComplete;
        expect(link(other).textContent).to.equal('Top of page');
      } finally {
        registerTranslation('en-CA', { toTopLabel: en.toTopLabel });
      }
    });
  });

  describe('bad input', () => {
    it('shows a text with markup as text, never as HTML', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo text=${hostile}></qc-to-top>`);
      expect(link(el).textContent).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcToTopXss?: boolean }).__qcToTopXss).to.equal(undefined);
    });

    it('a blank text keeps the built-in name; demo="false" is off; no warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcToTop>(html`<qc-to-top demo="false" text="  "></qc-to-top>`);
        expect(el.demo).to.equal(false);
        expect(link(el).textContent).to.equal(fr.toTopLabel);
        expect(isShown(el)).to.equal(false);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('a link to another page is left to the browser', async () => {
      const el = await fixture<QcToTop>(html`<qc-to-top demo><a href="/accueil#top">Accueil</a></qc-to-top>`);
      let prevented: boolean | undefined;
      el.addEventListener('click', (event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      });
      link(el).click();
      expect(prevented).to.equal(false);
    });
  });
});
