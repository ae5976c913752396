import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { FormCoordinator } from '../internal/form-coordinator.js';
import '../textfield/qc-textfield.js';
import './qc-fieldset.js';
import type { QcFieldset } from './qc-fieldset.js';
import { NEEDS_AX_TREE, axTree, findAll } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { attemptSubmit, settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';

/** An address group: civic number, street, city, a province list and a postal code. */
function address(attrs: { invalid?: boolean; invalidText?: string; description?: string } = {}): TemplateResult {
  return html`<qc-fieldset
    legend="Adresse"
    description=${attrs.description ?? ''}
    ?invalid=${attrs.invalid}
    invalid-text=${attrs.invalidText ?? ''}
  >
    <qc-textfield label="Numéro civique" size="xs"><input name="numero" autocomplete="address-line1" /></qc-textfield>
    <qc-textfield label="Rue" required><input name="rue" /></qc-textfield>
    <qc-textfield label="Ville"><input name="ville" autocomplete="address-level2" /></qc-textfield>
    <label for="province">Province</label>
    <select id="province" name="province" autocomplete="address-level1">
      <option value="QC">Québec</option>
      <option value="ON">Ontario</option>
    </select>
    <qc-textfield label="Code postal" size="sm"><input name="code" autocomplete="postal-code" /></qc-textfield>
  </qc-fieldset>`;
}

async function mountForm(content: TemplateResult, lang = 'fr'): Promise<{ form: HTMLFormElement; group: QcFieldset }> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>${content}<button>Envoyer</button></form>`);
  form.addEventListener('submit', (event) => event.preventDefault());
  const group = form.querySelector('qc-fieldset')!;
  await group.updateComplete;
  await settle();
  return { form, group };
}

const errorOf = (group: Element) => group.querySelector<HTMLElement>(':scope > [data-qc-part="error"]:not([hidden])');

describe('qc-fieldset', () => {
  describe('accessibility', () => {
    itExcept(
      NEEDS_AX_TREE,
      'is a group named by its legend, described by its hint, around its fields [wcag:1.3.1,3.3.2,4.1.2]',
      async () => {
        await mountForm(address({ description: 'Votre adresse au Québec.' }));
        const [group] = findAll(await axTree(), (node) => node.role === 'group');
        expect(group).to.include({ name: 'Adresse', description: 'Votre adresse au Québec.' });
        const fields = findAll(group, (node) => node.role === 'textbox' || node.role === 'combobox');
        expect(fields.map((node) => node.name)).to.deep.equal([
          'Numéro civique',
          'Rue',
          'Ville',
          'Province',
          'Code postal',
        ]);
      },
    );

    it('passes axe, with a hint, with a group error, and with errors in its fields', async () => {
      const { form, group } = await mountForm(address({ description: 'Au Québec.' }));
      await expect(form).to.be.accessible();
      group.invalidText = 'Cette adresse est introuvable.';
      group.invalid = true;
      await group.updateComplete;
      attemptSubmit(form);
      await settle();
      await expect(form).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('puts legend, hint and error first and leaves the fields as they were [wcag:1.3.1,3.3.1,3.3.2]', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${address({ description: 'Indice' })}</form>`);
      const group = form.querySelector('qc-fieldset')!;
      // The author's children, before and after the element added its own.
      const before = [...group.children].filter((el) => !el.hasAttribute('data-qc-part'));
      group.invalid = true;
      group.invalidText = 'Introuvable';
      await group.updateComplete;
      await settle();
      const parts = [...group.children].slice(0, 3).map((el) => el.getAttribute('data-qc-part'));
      expect(parts).to.deep.equal(['label', 'hint', 'error']);
      expect([...group.children].slice(3)).to.deep.equal(before);
      expect(group.querySelector('[data-qc-part="label"]')!.textContent).to.equal('Adresse');
      // The fields keep their own wiring.
      const street = group.querySelector<HTMLInputElement>('input[name="rue"]')!;
      expect(street.labels?.[0]?.textContent).to.contain('Rue');
    });

    itExcept(
      NEEDS_AX_TREE,
      'updates the legend and hint, and keeps them when a framework replaces the fields [wcag:1.3.1,3.3.2]',
      async () => {
        const { group } = await mountForm(address());
        group.legend = 'Adresse de livraison';
        group.description = 'Où envoyer le permis.';
        await group.updateComplete;
        for (const field of group.querySelectorAll('qc-textfield')) field.remove();
        const fresh = document.createElement('qc-textfield');
        fresh.label = 'Adresse complète';
        group.append(fresh);
        await settle();
        expect(group.firstElementChild!.textContent).to.equal('Adresse de livraison');
        const [node] = findAll(await axTree(), (n) => n.role === 'group');
        expect(node).to.include({ name: 'Adresse de livraison', description: 'Où envoyer le permis.' });
      },
    );

    it('puts its legend back when a framework removes it [wcag:1.3.1,3.3.2]', async () => {
      const { group } = await mountForm(address());
      group.querySelector(':scope > [data-qc-part="label"]')!.remove();
      await settle();
      expect(group.firstElementChild!.getAttribute('data-qc-part')).to.equal('label');
      expect(group.querySelectorAll(':scope > [data-qc-part="label"]')).to.have.length(1);
    });
  });

  describe('group error', () => {
    itExcept(
      NEEDS_AX_TREE,
      'shows a server-rendered error at load, linked to the group and listed first [wcag:3.3.1]',
      async () => {
        const { form, group } = await mountForm(
          address({ invalid: true, invalidText: 'Cette adresse est introuvable. Vérifiez le numéro et la rue.' }),
        );
        const error = errorOf(group);
        expect(error?.textContent).to.equal('Erreur : Cette adresse est introuvable. Vérifiez le numéro et la rue.');
        expect(group.getAttribute('aria-describedby')!.split(' ')).to.include(error!.id);
        const [node] = findAll(await axTree(), (n) => n.role === 'group');
        expect(node?.description).to.contain('Cette adresse est introuvable.');
        const errors = FormCoordinator.of(form).errors();
        expect(errors.map((e) => e.message)).to.deep.equal([
          'Cette adresse est introuvable. Vérifiez le numéro et la rue.',
        ]);
        // The summary's link goes to the group's first field.
        expect(errors[0]!.target).to.equal(group.querySelector('input[name="numero"]'));
        expect(group.error).to.equal('Cette adresse est introuvable. Vérifiez le numéro et la rue.');
      },
    );

    it('links to the first field that is shown and enabled', async () => {
      const { form, group } = await mountForm(address({ invalid: true, invalidText: 'Adresse introuvable.' }));
      const number = group.querySelector<HTMLInputElement>('input[name="numero"]')!;
      number.disabled = true;
      expect(FormCoordinator.of(form).errors()[0]!.target).to.equal(group.querySelector('input[name="rue"]'));
      number.disabled = false;
      number.style.display = 'none';
      expect(FormCoordinator.of(form).errors()[0]!.target).to.equal(group.querySelector('input[name="rue"]'));
    });

    it('is listed before the errors of its fields; each field keeps its own [wcag:3.3.1]', async () => {
      const { form, group } = await mountForm(address({ invalid: true, invalidText: 'Adresse introuvable.' }));
      let listed: string[] = [];
      form.addEventListener('qc-invalid-submit', (event) => (listed = event.detail.errors.map((e) => e.message)));
      attemptSubmit(form);
      await settle();
      expect(listed).to.have.length(2);
      expect(listed[0]).to.equal('Adresse introuvable.');
      const street = group.querySelector('qc-textfield[required]')!;
      expect(street.querySelector('[data-qc-part="error"]:not([hidden])')!.textContent).to.contain('Rue');
      expect(errorOf(group)!.textContent).to.contain('Adresse introuvable.');
    });

    it('goes away when the user changes a field of the group (the field’s own error stays its own) [wcag:3.3.1]', async () => {
      const { form, group } = await mountForm(address({ invalid: true, invalidText: 'Adresse introuvable.' }));
      let changes = 0;
      form.addEventListener('qc-errors-change', () => (changes += 1));
      group.querySelector<HTMLInputElement>('input[name="ville"]')!.focus();
      await sendKeys({ type: 'L' });
      await group.updateComplete;
      await settle();
      expect(errorOf(group)).to.equal(null);
      expect(group.invalid).to.equal(false);
      expect(group.hasAttribute('invalid')).to.equal(false);
      expect(group.getAttribute('aria-describedby')).to.equal(null);
      expect(changes).to.be.greaterThan(0);
      expect(FormCoordinator.of(form).errors()).to.deep.equal([]);
    });

    it('a change of the province list also clears it', async () => {
      const { group } = await mountForm(address({ invalid: true, invalidText: 'Adresse introuvable.' }));
      const select = group.querySelector('select')!;
      select.value = 'ON';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await group.updateComplete;
      await settle();
      expect(errorOf(group)).to.equal(null);
    });

    it('is cleared by form.reset()', async () => {
      const { form, group } = await mountForm(address({ invalid: true, invalidText: 'Adresse introuvable.' }));
      form.reset();
      await aTimeout(10);
      await group.updateComplete;
      expect(errorOf(group)).to.equal(null);
    });

    it('without invalid-text, says to check the section, in French and English [wcag:3.1.2]', async () => {
      const fr = await mountForm(address({ invalid: true }));
      expect(errorOf(fr.group)!.textContent).to.equal(
        'Erreur : Vérifiez les renseignements de la section «\u00a0Adresse\u00a0».',
      );
      const en = await mountForm(address({ invalid: true }), 'en-CA');
      expect(errorOf(en.group)!.textContent).to.equal('Error: Check the information in the “Adresse” section.');
    });

    it('the application can set and clear the error [wcag:3.3.1]', async () => {
      const { group } = await mountForm(address());
      expect(errorOf(group)).to.equal(null);
      group.invalidText = 'Adresse hors Québec.';
      group.invalid = true;
      await group.updateComplete;
      expect(errorOf(group)!.textContent).to.contain('Adresse hors Québec.');
      group.invalid = false;
      await group.updateComplete;
      expect(errorOf(group)).to.equal(null);
    });
  });

  describe('forms', () => {
    it('leaves the form data to its fields, and a native <fieldset disabled> around it disables them [wcag:1.3.1]', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>${address()}</fieldset></form>`);
      await settle();
      const controls = [...form.querySelectorAll<HTMLElement>('qc-fieldset input, qc-fieldset select')];
      expect(controls).to.have.length(5);
      expect(controls.every((control) => control.matches(':disabled'))).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      expect([...new FormData(form).keys()]).to.deep.equal(['numero', 'rue', 'ville', 'province', 'code']);
    });
  });

  describe('bad input', () => {
    it('shows hostile legend, hint and error text as text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const { group } = await mountForm(
        html`<qc-fieldset legend=${hostile} description=${hostile} invalid invalid-text=${hostile}
          ><qc-textfield label="Rue"><input name="rue" /></qc-textfield
        ></qc-fieldset>`,
      );
      expect(group.querySelector('img')).to.equal(null);
      expect(group.querySelector('[data-qc-part="label"]')!.textContent).to.equal(hostile);
      expect(errorOf(group)!.textContent).to.contain(hostile);
    });

    it('warns once without a legend', async () => {
      const warnings = await captureWarnings(async () => {
        await mountForm(
          html`<qc-fieldset
            ><qc-textfield label="Rue"><input name="rue" /></qc-textfield
          ></qc-fieldset>`,
        );
        await aTimeout(10);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no legend');
    });

    it('copes with no fields, and with huge legend and error text [wcag:3.3.1]', async () => {
      const { group } = await mountForm(
        html`<div style="width: 20rem">
          <qc-fieldset legend=${'Adresse '.repeat(100)} invalid invalid-text=${'Introuvable'.repeat(50)}></qc-fieldset>
        </div>`,
      );
      expect(group.scrollWidth).to.be.at.most(group.clientWidth);
      expect(errorOf(group)).to.not.equal(null);
      await expect(group).to.be.accessible();
    });
  });
});
