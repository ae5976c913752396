import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcStepper } from './qc-stepper.js';
import { stepperVariants } from './stepper.js';
import { stepperStrings } from './stepper.strings.js';

const hostile = '<img src=x onerror="window.__qcStepperXss = true">';
const { fr, en } = stepperStrings;

const base = (el: QcStepper) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
/** The names of the groups in the accessibility tree under `#id`. */
const groupNames = async (id: string) => findAll(await axTree(`#${id}`), (n) => n.role === 'group').map((n) => n.name);

describe('qc-stepper', () => {
  describe('accessibility', () => {
    for (const variant of stepperVariants) {
      it(`passes axe (${variant})`, async () => {
        const el = await fixture(html`<qc-stepper variant=${variant}><p>Texte</p></qc-stepper>`);
        await expect(el).to.be.accessible();
      });
    }

    itExcept(NEEDS_AX_TREE, 'is a group named by its built-in label, holding the slotted text', async () => {
      await fixture(
        html`<div id="tree">
          <qc-stepper><p>Texte du groupe</p></qc-stepper>
        </div>`,
      );
      const [group] = findAll(await axTree('#tree'), (n) => n.role === 'group');
      expect(group?.name).to.equal(fr.stepperLabel);
      expect(JSON.stringify(group)).to.contain('Texte du groupe');
    });
  });

  describe('rendering', () => {
    it('renders its light-DOM content through the default slot', async () => {
      const el = await fixture<QcStepper>(html`<qc-stepper><p>Bonjour</p></qc-stepper>`);
      const slot = base(el).querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Bonjour']);
      expect(base(el).getAttribute('role')).to.equal('group');
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-stepper') === QcStepper).to.equal(true);
      expect(() => QcStepper.define('qc-stepper')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('reflects variant and renders its look', async () => {
      const el = await fixture<QcStepper>(html`<qc-stepper><p>Texte</p></qc-stepper>`);
      expect(el.variant).to.equal('default');
      el.variant = 'emphasis';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('emphasis');
      expect(base(el).classList.contains('emphasis')).to.equal(true);
      expect(getComputedStyle(base(el)).fontWeight).to.not.equal(getComputedStyle(el).fontWeight);
    });

    it('label replaces the built-in name, and removing it restores the name', async () => {
      const el = await fixture<QcStepper>(html`<qc-stepper label="Nom choisi"><p>Texte</p></qc-stepper>`);
      expect(base(el).getAttribute('aria-label')).to.equal('Nom choisi');
      el.removeAttribute('label');
      await el.updateComplete;
      expect(base(el).getAttribute('aria-label')).to.equal(fr.stepperLabel);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop: Tab goes from the page to the slotted link', async () => {
      const root = await fixture(
        html`<div>
          <button>Avant</button><qc-stepper><a href="#suite">Lien</a></qc-stepper>
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
          <qc-stepper><button>Action</button></qc-stepper>
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
          <qc-stepper><p>Text</p></qc-stepper>
        </div>`,
      );
      const el = root.querySelector<QcStepper>('qc-stepper')!;
      expect(base(el).getAttribute('aria-label')).to.equal(en.stepperLabel);
      root.setAttribute('lang', 'fr-CA');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(base(el).getAttribute('aria-label')).to.equal(fr.stepperLabel);
    });

    itExcept(NEEDS_AX_TREE, 'is named in the language of the page part it is in', async () => {
      await fixture(
        html`<div>
          <div id="fr" lang="fr">
            <qc-stepper><p>Texte</p></qc-stepper>
          </div>
          <div id="en" lang="en">
            <qc-stepper><p>Text</p></qc-stepper>
          </div>
        </div>`,
      );
      expect(await groupNames('fr')).to.deep.equal([fr.stepperLabel]);
      expect(await groupNames('en')).to.deep.equal([en.stepperLabel]);
    });

    it('registerTranslation replaces the built-in name on the page', async () => {
      const el = await fixture<QcStepper>(html`<qc-stepper lang="en-CA"><p>Text</p></qc-stepper>`);
      registerTranslation('en-CA', { stepperLabel: 'Ministry wording' });
      try {
        await el.updateComplete;
        expect(base(el).getAttribute('aria-label')).to.equal('Ministry wording');
      } finally {
        registerTranslation('en-CA', { stepperLabel: en.stepperLabel });
      }
    });
  });

  describe('bad input', () => {
    it('an unknown variant falls back to default with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcStepper>(html`<qc-stepper variant="zzz"><p>Texte</p></qc-stepper>`);
        expect(base(el).classList.contains('default')).to.equal(true);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('variant="zzz"'))).to.have.length(1);
    });

    it('shows a label with markup as text, never as HTML', async () => {
      const el = await fixture<QcStepper>(html`<qc-stepper label=${hostile}><p>Texte</p></qc-stepper>`);
      expect(base(el).getAttribute('aria-label')).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcStepperXss?: boolean }).__qcStepperXss).to.equal(undefined);
    });

    it('a blank label keeps the built-in name', async () => {
      const el = await fixture<QcStepper>(html`<qc-stepper label="   "><p>Texte</p></qc-stepper>`);
      expect(base(el).getAttribute('aria-label')).to.equal(fr.stepperLabel);
    });
  });
});
