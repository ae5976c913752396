import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcDateModified } from './qc-date-modified.js';
import { dateModifiedStrings } from './date-modified.strings.js';
import { parseIsoDate } from './date-modified.js';

const hostile = '<img src=x onerror="window.__qcDateXss = true">';
const { fr, en } = dateModifiedStrings;

const dt = (el: Element) => el.querySelector(':scope > dl > dt')!;
const dd = (el: Element) => el.querySelector(':scope > dl > dd')!;
const time = (el: Element) => el.querySelector<HTMLTimeElement>(':scope > dl > dd > time');
/** Lets the language observer and Lit catch up. */
const settle = async (el: QcDateModified) => {
  await aTimeout(0);
  await el.updateComplete;
};

describe('qc-date-modified', () => {
  describe('accessibility', () => {
    it('passes axe (date, version, invalid date)', async () => {
      const root = await fixture(
        html`<div>
          <qc-date-modified datetime="2026-11-30"></qc-date-modified>
          <qc-date-modified type="version">2.4.1</qc-date-modified>
          <qc-date-modified datetime="bientôt"></qc-date-modified>
        </div>`,
      );
      await expect(root).to.be.accessible();
    });

    itExcept(NEEDS_AX_TREE, 'is a definition list: the term, then the date', async () => {
      await fixture(html`<div id="tree"><qc-date-modified datetime="2026-11-30"></qc-date-modified></div>`);
      const tree = await axTree('#tree');
      const text = JSON.stringify(tree);
      expect(text.indexOf(fr.dateModifiedLabel)).to.be.greaterThan(-1);
      expect(text.indexOf('30 novembre 2026')).to.be.greaterThan(text.indexOf(fr.dateModifiedLabel));
      expect(findAll(tree, (n) => n.role === 'term' || n.role === 'definition').map((n) => n.role)).to.include.members([
        'term',
        'definition',
      ]);
    });

    it('exposes the term and the definition with their roles (every engine)', async () => {
      const el = await fixture<QcDateModified>(html`<qc-date-modified datetime="2026-11-30"></qc-date-modified>`);
      const term = await axElement(dt(el));
      expect(term.role).to.equal('term');
      expect((await axElement(dd(el))).role).to.equal('definition');
    });
  });

  describe('rendering', () => {
    it('renders « Date de mise à jour : » and a <time datetime> in French by default [wcag:3.1.2]', async () => {
      const el = await fixture<QcDateModified>(html`<qc-date-modified datetime="2026-11-30"></qc-date-modified>`);
      expect(dt(el).textContent).to.equal('Date de mise à jour\u00a0:');
      expect(time(el)!.getAttribute('datetime')).to.equal('2026-11-30');
      expect(time(el)!.textContent).to.equal('30 novembre 2026');
      expect(el.querySelectorAll('dl')).to.have.length(1);
    });

    it('puts the label and the date on one line', async () => {
      const el = await fixture<QcDateModified>(html`<qc-date-modified datetime="2026-11-30"></qc-date-modified>`);
      const a = dt(el).getBoundingClientRect();
      const b = dd(el).getBoundingClientRect();
      expect(Math.round(a.top)).to.equal(Math.round(b.top));
      expect(b.left).to.be.greaterThan(a.right);
    });

    it('reads a full ISO date and time in the citizen’s time zone', async () => {
      const el = await fixture<QcDateModified>(
        html`<qc-date-modified datetime="2026-11-30T12:00:00Z"></qc-date-modified>`,
      );
      const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date('2026-11-30T12:00:00Z'));
      expect(time(el)!.textContent).to.equal(expected);
      expect(time(el)!.getAttribute('datetime')).to.equal('2026-11-30T12:00:00Z');
    });

    it('type="version" shows « Version » and the element’s text', async () => {
      const el = await fixture<QcDateModified>(html`<qc-date-modified type="version">2.4.1</qc-date-modified>`);
      expect(dt(el).textContent).to.equal('Version');
      expect(dd(el).textContent!.trim()).to.equal('2.4.1');
      expect(time(el)).to.equal(null);
    });

    it('adopts an author-written <time>, never duplicating it', async () => {
      const el = await fixture<QcDateModified>(
        html`<qc-date-modified><time datetime="2026-01-15">15 janvier 2026</time></qc-date-modified>`,
      );
      const times = el.querySelectorAll('time');
      expect(times).to.have.length(1);
      expect(times[0]!.parentElement === dd(el)).to.equal(true);
      expect(times[0]!.textContent).to.equal('15 janvier 2026');
      expect(el.textContent!.match(/janvier/g)).to.have.length(1);
    });

    it('follows a framework changing the adopted <time>’s datetime, or the version text', async () => {
      const el = await fixture<QcDateModified>(
        html`<qc-date-modified><time datetime="2026-01-15">15 janvier 2026</time></qc-date-modified>`,
      );
      const adopted = time(el)!;
      adopted.setAttribute('datetime', '2026-03-02');
      await settle(el);
      expect(adopted.textContent).to.equal('2 mars 2026');
      const version = await fixture<QcDateModified>(html`<qc-date-modified type="version">1.0</qc-date-modified>`);
      version.append('2.0');
      await settle(version);
      expect(dd(version).textContent).to.equal('2.0');
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-date-modified') === QcDateModified).to.equal(true);
      expect(() => QcDateModified.define('qc-date-modified')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('re-formats when datetime changes', async () => {
      const el = await fixture<QcDateModified>(html`<qc-date-modified datetime="2026-11-30"></qc-date-modified>`);
      el.datetime = '2027-02-01';
      await el.updateComplete;
      expect(time(el)!.textContent).to.equal('1 février 2027');
      expect(time(el)!.getAttribute('datetime')).to.equal('2027-02-01');
    });

    it('label replaces the term, and removing it restores the built-in one', async () => {
      const el = await fixture<QcDateModified>(
        html`<qc-date-modified datetime="2026-11-30" label="Dernière mise à jour :"></qc-date-modified>`,
      );
      expect(dt(el).textContent).to.equal('Dernière mise à jour :');
      el.removeAttribute('label');
      await el.updateComplete;
      expect(dt(el).textContent).to.equal(fr.dateModifiedLabel);
    });
  });

  describe('i18n', () => {
    it('writes the date and the label in English on an English page part [wcag:3.1.2]', async () => {
      const root = await fixture(
        html`<div lang="en-CA"><qc-date-modified datetime="2026-11-30"></qc-date-modified></div>`,
      );
      const el = root.querySelector('qc-date-modified')!;
      expect(dt(el).textContent).to.equal(en.dateModifiedLabel);
      expect(time(el)!.textContent).to.equal('November 30, 2026');
    });

    it('writes the date again when the language changes [wcag:3.1.2]', async () => {
      const root = await fixture(
        html`<div lang="fr-CA"><qc-date-modified datetime="2026-11-30"></qc-date-modified></div>`,
      );
      const el = root.querySelector('qc-date-modified')!;
      expect(time(el)!.textContent).to.equal('30 novembre 2026');
      root.setAttribute('lang', 'en');
      await settle(el);
      expect(time(el)!.textContent).to.equal('November 30, 2026');
      expect(dt(el).textContent).to.equal(en.dateModifiedLabel);
    });

    it('registerTranslation replaces the label on the page', async () => {
      const el = await fixture<QcDateModified>(
        html`<qc-date-modified lang="fr-CA" datetime="2026-11-30"></qc-date-modified>`,
      );
      registerTranslation('fr-CA', { dateModifiedLabel: 'Dernière mise à jour\u00a0:' });
      try {
        await el.updateComplete;
        expect(dt(el).textContent).to.equal('Dernière mise à jour\u00a0:');
      } finally {
        registerTranslation('fr-CA', { dateModifiedLabel: fr.dateModifiedLabel });
      }
    });
  });

  describe('bad input', () => {
    it('shows a datetime that is not a date as written, with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcDateModified>(html`<qc-date-modified datetime="30/11/2026"></qc-date-modified>`);
        expect(time(el)!.textContent).to.equal('30/11/2026');
        expect(time(el)!.hasAttribute('datetime')).to.equal(false);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('datetime="30/11/2026"'))).to.have.length(1);
    });

    it('rejects days that do not exist and malformed times', async () => {
      expect(parseIsoDate('2026-02-30')).to.equal(null);
      expect(parseIsoDate('2026-13-01')).to.equal(null);
      expect(parseIsoDate('2026-11-30T25:00')).to.equal(null);
      expect(parseIsoDate('2026-11-30T10:00junk')).to.equal(null);
      expect(parseIsoDate('2028-02-29')?.date.toISOString()).to.equal('2028-02-29T00:00:00.000Z');
    });

    it('warns once when there is no date at all', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcDateModified>(html`<qc-date-modified></qc-date-modified>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('no date'))).to.have.length(1);
    });

    it('an unknown type falls back to date with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcDateModified>(
          html`<qc-date-modified type="zzz" datetime="2026-11-30"></qc-date-modified>`,
        );
        expect(dt(el).textContent).to.equal(fr.dateModifiedLabel);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('type="zzz"'))).to.have.length(1);
    });

    it('shows markup in attributes and text as text, never as HTML', async () => {
      const el = await fixture<QcDateModified>(
        html`<qc-date-modified datetime=${hostile} label=${hostile}></qc-date-modified>`,
      );
      expect(dt(el).textContent).to.equal(hostile);
      expect(time(el)!.textContent).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcDateXss?: boolean }).__qcDateXss).to.equal(undefined);
    });

    it('a malformed lang falls back to the built-in language for the date [wcag:3.1.2]', async () => {
      const el = await fixture<QcDateModified>(
        html`<qc-date-modified lang="fr_CA!" datetime="2026-11-30"></qc-date-modified>`,
      );
      expect(time(el)!.textContent).to.equal('30 novembre 2026');
    });

    it('a huge version text wraps at 320 px [wcag:1.4.10]', async () => {
      const root = await fixture(
        html`<div style="width: 320px"><qc-date-modified type="version">${'9'.repeat(400)}</qc-date-modified></div>`,
      );
      expect(root.scrollWidth).to.be.at.most(320);
    });
  });
});
