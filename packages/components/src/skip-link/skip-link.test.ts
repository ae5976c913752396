import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement } from '../internal/test/ax.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcSkipLink } from './qc-skip-link.js';
import { skipLinkStrings } from './skip-link.strings.js';

const hostile = '<img src=x onerror="window.__qcSkipLinkXss = true">';
const { fr, en } = skipLinkStrings;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A frame and a task: the engine's accessibility tree has caught up with the DOM. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const linkOf = (el: QcSkipLink) => el.querySelector('a')!;

/** A page part: the skip link, a header link, then the main content with a link inside. */
const page = (skip = html`<qc-skip-link><a href="#main">Passer au contenu</a></qc-skip-link>`) =>
  fixture(
    html`<div>
      ${skip}
      <a href="#top" id="header-link">Accueil</a>
      <main id="main">
        <h1>Titre</h1>
        <p>Texte <a href="#x" id="first-in-main">premier lien</a></p>
      </main>
    </div>`,
  );

async function clearFocus(): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await nextTask();
}

/** Runs `act`, which follows a skip link, and waits until the browser has followed it (Firefox does it a task later). */
async function follow(act: () => unknown): Promise<void> {
  const followed = oneEvent(window, 'hashchange');
  await act();
  await followed;
}

afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('qc-skip-link', () => {
  describe('accessibility', () => {
    it('passes axe with the author’s link, hidden and focused', async () => {
      const root = await page();
      await expect(root).to.be.accessible();
      linkOf(root.querySelector('qc-skip-link')!).focus();
      await expect(root).to.be.accessible();
    });

    it('passes axe with the link it creates', async () => {
      const root = await page(html`<qc-skip-link href="#main"></qc-skip-link>`);
      await expect(root).to.be.accessible();
    });

    it('is a link named « Passer au contenu » in every engine [wcag:4.1.2]', async () => {
      const root = await page(html`<qc-skip-link></qc-skip-link>`);
      await settled();
      const { role, name } = await axElement(linkOf(root.querySelector('qc-skip-link')!));
      expect(role).to.equal('link');
      expect(name).to.equal(fr.skipLinkText);
    });
  });

  describe('rendering', () => {
    it('creates the link from href and the built-in text when the author wrote none', async () => {
      const el = await fixture<QcSkipLink>(html`<qc-skip-link href="#contenu"></qc-skip-link>`);
      expect(el.querySelectorAll('a')).to.have.length(1);
      expect(linkOf(el).getAttribute('href')).to.equal('#contenu');
      expect(linkOf(el).textContent).to.equal(fr.skipLinkText);
    });

    it('keeps the author’s link as written and adds none', async () => {
      const el = await fixture<QcSkipLink>(
        html`<qc-skip-link href="#ignored" text="Ignoré"><a href="#main">Aller au contenu</a></qc-skip-link>`,
      );
      expect(el.querySelectorAll('a')).to.have.length(1);
      expect(linkOf(el).getAttribute('href')).to.equal('#main');
      expect(linkOf(el).textContent).to.equal('Aller au contenu');
    });

    it('is hidden until focused, then shown as a 24 px target over the page [wcag:2.5.8]', async () => {
      const root = await page();
      const el = root.querySelector<QcSkipLink>('qc-skip-link')!;
      const before = root.getBoundingClientRect().height;
      expect(linkOf(el).getBoundingClientRect().width).to.be.at.most(1);
      linkOf(el).focus();
      const box = linkOf(el).getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.above(24);
      expect(getComputedStyle(linkOf(el)).outlineStyle).to.equal('solid');
      // Absolute: showing it moves nothing on the page.
      expect(root.getBoundingClientRect().height).to.equal(before);
    });

    it('follows a framework that replaces the link', async () => {
      const el = await fixture<QcSkipLink>(html`<qc-skip-link href="#main"></qc-skip-link>`);
      const authored = document.createElement('a');
      authored.href = '#main';
      authored.textContent = 'Contenu';
      el.replaceChildren(authored);
      await nextTask();
      await el.updateComplete;
      expect([...el.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Contenu']);
      el.replaceChildren();
      await nextTask();
      await el.updateComplete;
      expect(linkOf(el)?.textContent).to.equal(fr.skipLinkText);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-skip-link') === QcSkipLink).to.equal(true);
      expect(() => QcSkipLink.define('qc-skip-link')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('href and text update the link it created', async () => {
      const el = await fixture<QcSkipLink>(html`<qc-skip-link></qc-skip-link>`);
      expect(linkOf(el).getAttribute('href')).to.equal('#main');
      el.href = '#principal';
      el.text = 'Aller au contenu principal';
      await el.updateComplete;
      expect(linkOf(el).getAttribute('href')).to.equal('#principal');
      expect(linkOf(el).textContent).to.equal('Aller au contenu principal');
      el.text = null;
      await el.updateComplete;
      expect(linkOf(el).textContent).to.equal(fr.skipLinkText);
    });

    it('reads a bare id as a fragment', async () => {
      const el = await fixture<QcSkipLink>(html`<qc-skip-link href="main"></qc-skip-link>`);
      expect(linkOf(el).getAttribute('href')).to.equal('#main');
    });
  });

  describe('keyboard', () => {
    it('is the first tab stop when it comes first [wcag:2.4.3]', async () => {
      const root = await page();
      await clearFocus();
      root.querySelector<HTMLElement>('qc-skip-link')!.focus(); // no-op: the element itself takes no focus
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === linkOf(root.querySelector('qc-skip-link')!)).to.be.true;
    });

    it('Enter moves the focus to the target; the next Tab goes to the first link inside it [wcag:2.1.1,2.4.3]', async () => {
      const root = await page();
      const main = root.querySelector<HTMLElement>('main')!;
      linkOf(root.querySelector('qc-skip-link')!).focus();
      await follow(() => sendKeys({ press: 'Enter' }));
      await nextTask();
      expect(document.activeElement === main).to.be.true;
      expect(main.getAttribute('tabindex')).to.equal('-1');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('first-in-main');
    });

    it('removes the temporary tabindex when the target loses the focus', async () => {
      const root = await page();
      const main = root.querySelector<HTMLElement>('main')!;
      await follow(() => linkOf(root.querySelector('qc-skip-link')!).click());
      expect(document.activeElement === main).to.be.true;
      root.querySelector<HTMLElement>('#header-link')!.focus();
      expect(main.hasAttribute('tabindex')).to.be.false;
    });

    it('keeps a tabindex the author gave the target', async () => {
      const root = await page();
      const main = root.querySelector<HTMLElement>('main')!;
      main.setAttribute('tabindex', '-1');
      await follow(() => linkOf(root.querySelector('qc-skip-link')!).click());
      expect(document.activeElement === main).to.be.true;
      root.querySelector<HTMLElement>('#header-link')!.focus();
      expect(main.getAttribute('tabindex')).to.equal('-1');
    });

    it('adds no tabindex to a target that takes the focus by itself', async () => {
      const root = await page(html`<qc-skip-link><a href="#header-link">Passer au menu</a></qc-skip-link>`);
      const target = root.querySelector<HTMLElement>('#header-link')!;
      await follow(() => linkOf(root.querySelector('qc-skip-link')!).click());
      expect(document.activeElement === target).to.be.true;
      expect(target.hasAttribute('tabindex')).to.be.false;
    });

    it('works the same with the link it created', async () => {
      const root = await page(html`<qc-skip-link href="#main"></qc-skip-link>`);
      linkOf(root.querySelector('qc-skip-link')!).focus();
      await follow(() => sendKeys({ press: 'Enter' }));
      await nextTask();
      expect(document.activeElement === root.querySelector('main')).to.be.true;
    });
  });

  describe('events', () => {
    it('lets the browser follow the link (the URL gets the fragment)', async () => {
      const root = await page();
      let prevented: boolean | undefined;
      root.addEventListener('click', (event) => (prevented = event.defaultPrevented));
      const followed = oneEvent(window, 'hashchange');
      linkOf(root.querySelector('qc-skip-link')!).click();
      expect(prevented).to.equal(false);
      await followed;
      expect(location.hash).to.equal('#main');
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en"><qc-skip-link></qc-skip-link></div>`);
      const el = root.querySelector<QcSkipLink>('qc-skip-link')!;
      expect(linkOf(el).textContent).to.equal(en.skipLinkText);
      root.setAttribute('lang', 'fr-CA');
      await nextTask();
      await el.updateComplete;
      expect(linkOf(el).textContent).to.equal(fr.skipLinkText);
    });

    it('registerTranslation replaces the built-in text on the page', async () => {
      const el = await fixture<QcSkipLink>(html`<qc-skip-link lang="en-CA"></qc-skip-link>`);
      registerTranslation('en-CA', { skipLinkText: 'Skip to main content' });
      try {
        await el.updateComplete;
        expect(linkOf(el).textContent).to.equal('Skip to main content');
      } finally {
        registerTranslation('en-CA', { skipLinkText: en.skipLinkText });
      }
    });
  });

  describe('bad input', () => {
    it('warns once when the target is missing, however often it is followed', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcSkipLink>(html`<qc-skip-link><a href="#nowhere">Passer</a></qc-skip-link>`);
        await nextTask();
        linkOf(el).click();
        linkOf(el).click();
      });
      expect(warnings.filter((message) => message.includes('#nowhere'))).to.have.length(1);
    });

    it('never creates a link that leaves the page: a javascript: href falls back to #main with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcSkipLink>(html`<qc-skip-link href="javascript:alert(1)"></qc-skip-link>`);
        expect(linkOf(el).getAttribute('href')).to.equal('#main');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('invalid href'))).to.have.length(1);
    });

    it('shows a text with markup as text, never as HTML', async () => {
      const el = await fixture<QcSkipLink>(html`<qc-skip-link text=${hostile}></qc-skip-link>`);
      expect(linkOf(el).textContent).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcSkipLinkXss?: boolean }).__qcSkipLinkXss).to.equal(undefined);
    });

    it('a blank text keeps the built-in text; a huge one wraps within the screen', async () => {
      const el = await fixture<QcSkipLink>(html`<qc-skip-link text="   "></qc-skip-link>`);
      expect(linkOf(el).textContent).to.equal(fr.skipLinkText);
      el.text = 'x'.repeat(500);
      await el.updateComplete;
      linkOf(el).focus();
      expect(linkOf(el).getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
    });
  });
});
