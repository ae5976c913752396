import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcSpinner } from './qc-spinner.js';
import { SPINNER_TEXT_DELAY_MS, spinnerSizes } from './spinner.js';
import { spinnerStrings } from './spinner.strings.js';

const hostile = '<img src=x onerror="window.__qcSpinnerXss = true">';
const { fr, en } = spinnerStrings;

const part = (el: QcSpinner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const region = (el: QcSpinner) => part(el, 'label');
/** Waits until the status region has had time to receive its text. */
const spoken = () => aTimeout(SPINNER_TEXT_DELAY_MS + 50);
/** The status nodes in the accessibility tree under `#id`, with the text they hold. */
const statuses = async (id: string) =>
  findAll(await axTree(`#${id}`), (n) => n.role === 'status').map((n) =>
    findAll(n, (c) => !!c.name && c.role !== 'status')
      .map((c) => c.name)
      .join(' '),
  );

describe('qc-spinner', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

  describe('accessibility', () => {
    for (const size of spinnerSizes) {
      it(`passes axe (${size}), before and after its message is written`, async () => {
        const el = await fixture<QcSpinner>(html`<qc-spinner size=${size}></qc-spinner>`);
        await expect(el).to.be.accessible();
        await spoken();
        await expect(el).to.be.accessible();
      });
    }

    it('the message is a status region (every engine) [wcag:4.1.2]', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      await spoken();
      expect((await axElement(region(el))).role).to.equal('status');
    });

    itExcept(
      NEEDS_AX_TREE,
      'is a status region holding the message; the ring is not in the tree [wcag:4.1.2]',
      async () => {
        await fixture(html`<div id="tree"><qc-spinner></qc-spinner></div>`);
        await spoken();
        expect(await statuses('tree')).to.deep.equal([fr.spinnerLabel]);
        const tree = await axTree('#tree');
        expect(findAll(tree, (n) => n.role === 'img' || n.role === 'progressbar')).to.have.length(0);
      },
    );
  });

  describe('announcement', () => {
    it('renders the status region empty first, then writes the message once', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      expect(region(el).getAttribute('role')).to.equal('status');
      expect(region(el).textContent!.trim()).to.equal('');
      const writes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => writes.push(...records));
      observer.observe(region(el), { childList: true, characterData: true, subtree: true });
      await spoken();
      expect(region(el).textContent!.trim()).to.equal(fr.spinnerLabel);
      // Re-renders that change nothing the user hears do not touch the region.
      const before = writes.length;
      el.size = 'lg';
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(0);
      observer.disconnect();
      expect(before).to.be.greaterThan(0);
      expect(writes.length).to.equal(before);
    });

    it('writes a new label in the same region (one more announcement) [wcag:4.1.3]', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      await spoken();
      const node = region(el);
      el.label = 'Recherche des résultats…';
      await el.updateComplete;
      expect(region(el) === node).to.equal(true);
      expect(node.textContent!.trim()).to.equal('Recherche des résultats…');
    });

    it('empties the region while hidden, and announces again when shown [wcag:4.1.3]', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      await spoken();
      el.hidden = true;
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      el.removeAttribute('hidden');
      await el.updateComplete;
      expect(region(el).textContent!.trim()).to.equal('');
      await spoken();
      expect(region(el).textContent!.trim()).to.equal(fr.spinnerLabel);
    });

    it('announces again when inserted again (a framework showing it anew) [wcag:4.1.3]', async () => {
      const root = await fixture(html`<div><qc-spinner></qc-spinner></div>`);
      const el = root.querySelector('qc-spinner')!;
      await spoken();
      el.remove();
      root.append(el);
      await el.updateComplete;
      expect(region(el).textContent!.trim()).to.equal('');
      await spoken();
      expect(region(el).textContent!.trim()).to.equal(fr.spinnerLabel);
    });

    it('a spinner removed before its message is written never writes it', async () => {
      const root = await fixture(html`<div><qc-spinner></qc-spinner></div>`);
      const el = root.querySelector('qc-spinner')!;
      el.remove();
      await spoken();
      expect(region(el).textContent!.trim()).to.equal('');
    });
  });

  describe('rendering', () => {
    it('shows a ring and the message, side by side, at every size', async () => {
      const widths: number[] = [];
      for (const size of spinnerSizes) {
        const el = await fixture<QcSpinner>(html`<qc-spinner size=${size}></qc-spinner>`);
        await spoken();
        // Layout boxes (offset*): the turning ring's bounding box grows as it rotates.
        const ring = part(el, 'indicator');
        expect(ring.offsetWidth, size).to.equal(ring.offsetHeight);
        expect(region(el).offsetLeft, size).to.be.at.least(ring.offsetLeft + ring.offsetWidth);
        expect(ring.getAttribute('aria-hidden')).to.equal('true');
        widths.push(ring.offsetWidth);
      }
      expect(widths).to.deep.equal([16, 24, 32]);
    });

    it('turns the ring', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      expect(getComputedStyle(part(el, 'indicator')).animationName).to.equal('qc-spinner-spin');
    });

    it('wraps a long message beside the ring at 320 px [wcag:1.4.10]', async () => {
      const root = await fixture(
        html`<div style="width: 320px"><qc-spinner label=${'Chargement '.repeat(30)}></qc-spinner></div>`,
      );
      const el = root.querySelector('qc-spinner')!;
      await spoken();
      expect(el.scrollWidth).to.be.at.most(320);
      expect(region(el).getBoundingClientRect().height).to.be.greaterThan(part(el, 'indicator').offsetHeight);
    });

    itExcept(NO_MEDIA_EMULATION, 'stops turning under prefers-reduced-motion, and stays visible', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      const ring = part(el, 'indicator');
      const style = getComputedStyle(ring);
      expect(style.animationName).to.equal('none');
      expect(style.borderTopStyle).to.equal('dotted');
      expect(ring.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    itExcept(NO_MEDIA_EMULATION, 'draws the ring in system colours in forced colours [wcag:1.4.11]', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      const style = getComputedStyle(part(el, 'indicator'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.not.equal(style.borderRightColor);
      expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-spinner') === QcSpinner).to.equal(true);
      expect(() => QcSpinner.define('qc-spinner')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('reflects size', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner></qc-spinner>`);
      expect(el.size).to.equal('md');
      el.size = 'sm';
      await el.updateComplete;
      expect(el.getAttribute('size')).to.equal('sm');
    });

    it('label replaces the message, and removing it restores the built-in one', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner label="Envoi du formulaire…"></qc-spinner>`);
      await spoken();
      expect(region(el).textContent!.trim()).to.equal('Envoi du formulaire…');
      el.removeAttribute('label');
      await el.updateComplete;
      expect(region(el).textContent!.trim()).to.equal(fr.spinnerLabel);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop [wcag:2.4.3]', async () => {
      const root = await fixture(
        html`<div><button>Avant</button><qc-spinner></qc-spinner><button>Après</button></div>`,
      );
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Après');
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en"><qc-spinner></qc-spinner></div>`);
      const el = root.querySelector<QcSpinner>('qc-spinner')!;
      await spoken();
      expect(region(el).textContent!.trim()).to.equal(en.spinnerLabel);
      root.setAttribute('lang', 'fr-CA');
      await aTimeout(0);
      await el.updateComplete;
      expect(region(el).textContent!.trim()).to.equal(fr.spinnerLabel);
    });

    itExcept(NEEDS_AX_TREE, 'speaks the language of the page part it is in [wcag:3.1.2]', async () => {
      await fixture(
        html`<div>
          <div id="fr" lang="fr"><qc-spinner></qc-spinner></div>
          <div id="en" lang="en"><qc-spinner></qc-spinner></div>
        </div>`,
      );
      await spoken();
      expect(await statuses('fr')).to.deep.equal([fr.spinnerLabel]);
      expect(await statuses('en')).to.deep.equal([en.spinnerLabel]);
    });

    it('registerTranslation replaces the built-in message on the page', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner lang="en-CA"></qc-spinner>`);
      registerTranslation('en-CA', { spinnerLabel: 'Ministry wording' });
      try {
        await spoken();
        await el.updateComplete;
        expect(region(el).textContent!.trim()).to.equal('Ministry wording');
      } finally {
        registerTranslation('en-CA', { spinnerLabel: en.spinnerLabel });
      }
    });
  });

  describe('bad input', () => {
    it('an unknown size falls back to md with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcSpinner>(html`<qc-spinner size="huge"></qc-spinner>`);
        expect(part(el, 'indicator').offsetWidth).to.equal(24);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('size="huge"'))).to.have.length(1);
    });

    it('shows a label with markup as text, never as HTML', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner label=${hostile}></qc-spinner>`);
      await spoken();
      expect(region(el).textContent!.trim()).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcSpinnerXss?: boolean }).__qcSpinnerXss).to.equal(undefined);
    });

    it('a blank label keeps the built-in message', async () => {
      const el = await fixture<QcSpinner>(html`<qc-spinner label="   "></qc-spinner>`);
      await spoken();
      expect(region(el).textContent!.trim()).to.equal(fr.spinnerLabel);
    });
  });
});
