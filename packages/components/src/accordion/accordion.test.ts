import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcAccordion } from './qc-accordion.js';
import { accordionVariants } from './accordion.js';
import { accordionStrings } from './accordion.strings.js';

const hostile = '<img src=x onerror="window.__qcAccordionXss = true">';
const { fr, en } = accordionStrings;

const base = (el: QcAccordion) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
/** The names of the groups in the accessibility tree under `#id`. */
const groupNames = async (id: string) => findAll(await axTree(`#${id}`), (n) => n.role === 'group').map((n) => n.name);

describe('qc-accordion', () => {
  describe('accessibility', () => {
    for (const variant of accordionVariants) {
      it(`passes axe (${variant})`, async () => {
        const el = await fixture(html`<qc-accordion variant=${variant}><p>Texte</p></qc-accordion>`);
        await expect(el).to.be.accessible();
      });
    }

    itExcept(NEEDS_AX_TREE, 'is a group named by its built-in label, holding the slotted text', async () => {
      await fixture(
        html`<div id="tree">
          <qc-accordion><p>Texte du groupe</p></qc-accordion>
        </div>`,
      );
      const [group] = findAll(await axTree('#tree'), (n) => n.role === 'group');
      expect(group?.name).to.equal(fr.accordionLabel);
      expect(JSON.stringify(group)).to.contain('Texte du groupe');
    });
  });

  describe('rendering', () => {
    it('renders its light-DOM content through the default slot', async () => {
      const el = await fixture<QcAccordion>(html`<qc-accordion><p>Bonjour</p></qc-accordion>`);
      const slot = base(el).querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Bonjour']);
      expect(base(el).getAttribute('role')).to.equal('group');
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-accordion') === QcAccordion).to.equal(true);
      expect(() => QcAccordion.define('qc-accordion')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('reflects variant and renders its look', async () => {
      const el = await fixture<QcAccordion>(html`<qc-accordion><p>Texte</p></qc-accordion>`);
      expect(el.variant).to.equal('default');
      el.variant = 'emphasis';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('emphasis');
      expect(base(el).classList.contains('emphasis')).to.equal(true);
      expect(getComputedStyle(base(el)).fontWeight).to.not.equal(getComputedStyle(el).fontWeight);
    });

    it('label replaces the built-in name, and removing it restores the name', async () => {
      const el = await fixture<QcAccordion>(html`<qc-accordion label="Nom choisi"><p>Texte</p></qc-accordion>`);
      expect(base(el).getAttribute('aria-label')).to.equal('Nom choisi');
      el.removeAttribute('label');
      await el.updateComplete;
      expect(base(el).getAttribute('aria-label')).to.equal(fr.accordionLabel);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop: Tab goes from the page to the slotted link', async () => {
      const root = await fixture(
        html`<div>
          <button>Avant</button><qc-accordion><a href="#suite">Lien</a></qc-accordion>
        </div>`,
      );
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Lien');
    });
  });

  describe('events', () => {
    it('fires no event of its own; events of its content reach the page', async () => {
      const root = await fixture(
        html`<div>
          <qc-accordion><button>Action</button></qc-accordion>
        </div>`,
      );
      const seen: string[] = [];
      root.addEventListener('click', (event) => seen.push((event.target as Element).localName));
      root.querySelector('button')!.click();
      expect(seen).to.deep.equal(['button']);
    });
  });

  describe('i18n', () => {
    it('follows the closest lang, and a change of lang', async () => {
      const root = await fixture(
        html`<div lang="en">
          <qc-accordion><p>Text</p></qc-accordion>
        </div>`,
      );
      const el = root.querySelector<QcAccordion>('qc-accordion')!;
      expect(base(el).getAttribute('aria-label')).to.equal(en.accordionLabel);
      root.setAttribute('lang', 'fr-CA');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(base(el).getAttribute('aria-label')).to.equal(fr.accordionLabel);
    });

    itExcept(NEEDS_AX_TREE, 'is named in the language of the page part it is in', async () => {
      await fixture(
        html`<div>
          <div id="fr" lang="fr">
            <qc-accordion><p>Texte</p></qc-accordion>
          </div>
          <div id="en" lang="en">
            <qc-accordion><p>Text</p></qc-accordion>
          </div>
        </div>`,
      );
      expect(await groupNames('fr')).to.deep.equal([fr.accordionLabel]);
      expect(await groupNames('en')).to.deep.equal([en.accordionLabel]);
    });

    it('registerTranslation replaces the built-in name on the page', async () => {
      const el = await fixture<QcAccordion>(html`<qc-accordion lang="en-CA"><p>Text</p></qc-accordion>`);
      registerTranslation('en-CA', { accordionLabel: 'Ministry wording' });
      try {
        await el.updateComplete;
        expect(base(el).getAttribute('aria-label')).to.equal('Ministry wording');
      } finally {
        registerTranslation('en-CA', { accordionLabel: en.accordionLabel });
      }
    });
  });

  describe('bad input', () => {
    it('an unknown variant falls back to default with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcAccordion>(html`<qc-accordion variant="zzz"><p>Texte</p></qc-accordion>`);
        expect(base(el).classList.contains('default')).to.equal(true);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('variant="zzz"'))).to.have.length(1);
    });

    it('shows a label with markup as text, never as HTML', async () => {
      const el = await fixture<QcAccordion>(html`<qc-accordion label=${hostile}><p>Texte</p></qc-accordion>`);
      expect(base(el).getAttribute('aria-label')).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcAccordionXss?: boolean }).__qcAccordionXss).to.equal(undefined);
    });

    it('a blank label keeps the built-in name', async () => {
      const el = await fixture<QcAccordion>(html`<qc-accordion label="   "><p>Texte</p></qc-accordion>`);
      expect(base(el).getAttribute('aria-label')).to.equal(fr.accordionLabel);
    });
  });
});
