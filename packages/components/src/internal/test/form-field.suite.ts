/**
 * The shared form-field test suite: every field component runs it (from its own `*.test.ts`) with a
 * config saying how to render, fill and re-render it. It checks what a citizen and a ministry rely
 * on for every field alike: form data, reset, required, custom message, `<fieldset disabled>`,
 * the label through the accessibility tree, the error shown, linked and listed, server-rendered
 * errors, framework-style child replacement, English messages, and axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { FormCoordinator } from '../form-coordinator.js';
import {
  axElement,
  axTree,
  computedRoleFor,
  findAll,
  hasAxTree,
  INVALID_STATE,
  NEEDS_AX_TREE,
  type AxNode,
} from './ax.js';
import { itExcept, notAssertedIn, type EngineLimits } from './engine.js';
import { attemptSubmit, formValues, settle } from './form.js';

export interface FormFieldSuiteConfig {
  /** The element's tag, e.g. `qc-select`; also the suite's name. */
  tag: string;
  /** Suite name suffix when a component runs the suite more than once (e.g. `textarea`). */
  variant?: string;
  /**
   * A field named `name` labelled `label`, in its empty/default state. `required`, `invalidText`
   * (custom message) and `serverError` (rendered with `invalid` + `invalid-text`) apply.
   */
  render(options: {
    name: string;
    label: string;
    required?: boolean;
    invalidText?: string;
    serverError?: string;
  }): TemplateResult;
  /** Gives the field a valid value as a user would (keyboard/clicks, or element APIs + native events). */
  fill(field: HTMLElement): Promise<void>;
  /** `new FormData(form).getAll(name)` after `fill`, and in the default state (a file as its name). */
  filledValue: string[];
  emptyValue: string[];
  /** The element that carries the accessible name and the error description. */
  labelledControl(field: HTMLElement): HTMLElement;
  /** Its role in the accessibility tree (`textbox`, `combobox`, `checkbox`, `group`, `radiogroup`…). */
  role: string;
  /** Simulates a framework re-rendering the field's children with fresh, equal nodes. */
  rerender(field: HTMLElement): Promise<void>;
  /** How many `change` events one `fill` makes a user fire (1 by default; a date typed in three parts: 3). */
  changesPerFill?: number;
}

/** WebKit (2.50): a <select> keeps its last `change` option across form.reset(), so choosing it again fires none. */
const SELECT_CHANGE_AFTER_RESET: EngineLimits = {
  webkit: 'WebKit fires no change for a <select> returned to its last-changed option after form.reset()',
};

export function runFormFieldSuite(config: FormFieldSuiteConfig): void {
  const name = 'champ';
  const label = 'Champ de test';

  async function mount(
    options: { required?: boolean; invalidText?: string; serverError?: string; lang?: string } = {},
  ): Promise<{ form: HTMLFormElement; field: HTMLElement; submits: () => number }> {
    const form = await fixture<HTMLFormElement>(
      html`<form lang=${options.lang ?? 'fr'}>
        ${config.render({ name, label, ...options })}
        <button type="submit">Envoyer</button>
      </form>`,
    );
    let count = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      count += 1;
    });
    const field = form.querySelector(config.tag) as HTMLElement;
    await (field as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    await settle();
    return { form, field, submits: () => count };
  }

  const errorOf = (field: HTMLElement) => field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])');
  /** The controls a user operates, and the native ones behind an enhanced widget (not the hidden value input). */
  const operated = (field: HTMLElement) => [
    ...field.querySelectorAll<HTMLElement>('input:not([type="hidden" i]), select, textarea, [role="combobox"]'),
  ];
  /** Role and name of the nodes the accessibility tree reports invalid. */
  const invalidNodes = async () =>
    findAll(await axTree(), (node) => node.invalid === true).map((node) => `${node.role} « ${node.name ?? ''} »`);

  /**
   * The accessibility-tree node of the labelled control. Where the engine has no tree to read
   * (WebKit), the labelled control's own computed role and name, which must be the same.
   */
  async function axControl(field: HTMLElement): Promise<AxNode | undefined> {
    if (!hasAxTree) {
      const control = config.labelledControl(field);
      const node = await axElement(control);
      expect(node.role, `the labelled control's computed role`).to.equal(computedRoleFor(control, config.role));
      return node;
    }
    const nodes = findAll(await axTree(), (node) => node.role === config.role && node.name?.includes(label) === true);
    expect(nodes.length, `one ${config.role} named « ${label} » in the accessibility tree`).to.be.greaterThan(0);
    void field;
    return nodes[0];
  }

  describe(`form field suite: <${config.tag}>${config.variant ? ` (${config.variant})` : ''}`, () => {
    it('is named by its label in the accessibility tree, and passes axe', async () => {
      const { form, field } = await mount();
      const node = await axControl(field);
      expect(node?.name).to.contain(label);
      await expect(form).to.be.accessible();
    });

    it('puts its value in the form data, and reset restores the default', async () => {
      const { form, field } = await mount();
      expect(formValues(form, name)).to.deep.equal(config.emptyValue);
      await config.fill(field);
      await settle();
      expect(formValues(form, name)).to.deep.equal(config.filledValue);
      form.reset();
      await settle();
      expect(formValues(form, name)).to.deep.equal(config.emptyValue);
    });

    it('shows no error on load, and every control it operates says aria-invalid="false" [wcag:3.3.1,4.1.2]', async () => {
      const { field } = await mount({ required: true });
      expect(errorOf(field)).to.equal(null);
      const controls = operated(field);
      expect(controls.length).to.be.greaterThan(0);
      for (const control of controls) expect(control.getAttribute('aria-invalid'), control.outerHTML).to.equal('false');
    });

    itExcept(INVALID_STATE, 'no control is invalid for assistive technologies on load', async () => {
      await mount({ required: true });
      // Said explicitly: a required checkbox, radio, select or file input left alone is otherwise
      // reported invalid by the browser's accessibility tree from its native constraints.
      expect(await invalidNodes(), 'invalid in the accessibility tree').to.deep.equal([]);
    });

    it('says aria-invalid="true" exactly while its error shows, on its own controls only [wcag:3.3.1,4.1.2]', async () => {
      const { form, field } = await mount({ required: true });
      attemptSubmit(form);
      await settle();
      expect(errorOf(field), 'error shown').to.not.equal(null);
      const marked = [...form.querySelectorAll('[aria-invalid="true"]')];
      expect(marked.length, 'a control marked invalid').to.be.greaterThan(0);
      for (const control of marked) expect(field.contains(control), control.outerHTML).to.equal(true);
      await config.fill(field);
      await settle();
      expect(errorOf(field), 'error gone').to.equal(null);
      for (const control of operated(field))
        expect(control.getAttribute('aria-invalid'), control.outerHTML).to.equal('false');
    });

    itExcept(
      INVALID_STATE,
      'is invalid for assistive technologies exactly while its error shows [wcag:3.3.1]',
      async () => {
        const { form, field } = await mount({ required: true });
        attemptSubmit(form);
        await settle();
        const invalid = await invalidNodes();
        expect(invalid.length, 'an invalid control in the accessibility tree').to.be.greaterThan(0);
        await config.fill(field);
        await settle();
        expect(await invalidNodes(), 'invalid in the accessibility tree once fixed').to.deep.equal([]);
      },
    );

    it('required: blocks submit, shows the error linked to the field, focuses it, no native bubble [wcag:1.3.1,3.3.1,3.3.2]', async () => {
      const { form, field, submits } = await mount({ required: true });
      let nativeBubbleAllowed = false;
      form.addEventListener('invalid', (event) => (nativeBubbleAllowed ||= !event.defaultPrevented), true);
      // Listen after the coordinator (which cancels in the capture phase on the form): on the target.
      for (const control of field.querySelectorAll('input, select, textarea')) {
        control.addEventListener('invalid', (event) => (nativeBubbleAllowed ||= !event.defaultPrevented));
      }
      attemptSubmit(form);
      await settle();
      expect(submits()).to.equal(0);
      expect(nativeBubbleAllowed, 'every invalid event is cancelled (no native bubble)').to.equal(false);
      const error = errorOf(field);
      expect(error, 'error shown').to.not.equal(null);
      expect(error!.textContent!.trim().length).to.be.greaterThan(0);
      const described = config.labelledControl(field).getAttribute('aria-describedby') ?? '';
      expect(described.split(/\s+/)).to.include(error!.id);
      expect(field.contains(document.activeElement), 'focus moved into the field').to.equal(true);
      await expect(form).to.be.accessible();
    });

    itExcept(
      NEEDS_AX_TREE,
      'required: the error is the accessible description of the control [wcag:1.3.1,3.3.1,3.3.2]',
      async () => {
        const { form, field } = await mount({ required: true });
        attemptSubmit(form);
        await settle();
        const error = errorOf(field);
        expect(error, 'error shown').to.not.equal(null);
        const node = await axControl(field);
        expect(node?.description ?? '').to.contain(error!.textContent!.replace(/^\s*Erreur\s*:\s*/, '').trim());
      },
    );

    it('required: submits once filled, and the error goes away [wcag:1.3.1,3.3.1,3.3.2]', async () => {
      const { form, field, submits } = await mount({ required: true });
      attemptSubmit(form);
      await settle();
      await config.fill(field);
      await settle();
      expect(errorOf(field)).to.equal(null);
      attemptSubmit(form);
      await settle();
      expect(submits()).to.equal(1);
    });

    if (config.role === 'group' || config.role === 'radiogroup') {
      // A group has no native `required` to say it: its legend, which names it, says it in words.
      for (const [lang, words] of [
        ['fr', '(obligatoire)'],
        ['en', '(required)'],
      ] as const) {
        it(`required: the group says so to assistive technologies (${lang}) [wcag:1.3.1,3.1.2,3.3.2]`, async () => {
          const { field } = await mount({ required: true, lang });
          const node = await axControl(field);
          expect(node?.name).to.equal(`${label} ${words}`);
          expect(field.querySelector('.qc-required-mark')?.getAttribute('aria-hidden')).to.equal('true');
        });
      }

      itExcept(
        NEEDS_AX_TREE,
        'required: the state says so too where ARIA has one for the role (radiogroup, not group) [wcag:1.3.1,3.3.2,4.1.2]',
        async () => {
          const { field } = await mount({ required: true });
          const node = await axControl(field);
          expect(node?.required).to.equal(config.role === 'radiogroup' ? true : undefined);
        },
      );

      it('not required: the group name says nothing of it [wcag:1.3.1,3.3.2]', async () => {
        const { field } = await mount();
        const node = await axControl(field);
        expect(node?.name).to.equal(label);
      });

      itExcept(NEEDS_AX_TREE, 'not required: no required state either [wcag:1.3.1,3.3.2]', async () => {
        const { field } = await mount();
        const node = await axControl(field);
        expect(node?.required).to.equal(undefined);
      });
    }

    it('invalid-text replaces the built-in message', async () => {
      const { form, field } = await mount({ required: true, invalidText: 'Message personnalisé <b>x</b>' });
      attemptSubmit(form);
      await settle();
      expect(errorOf(field)!.textContent).to.contain('Message personnalisé <b>x</b>');
      expect(field.querySelector('b')).to.equal(null);
    });

    it('lists its error with the form coordinator (error summary) in a submit attempt [wcag:3.3.1]', async () => {
      const { form } = await mount({ required: true });
      let listed: string[] = [];
      form.addEventListener('qc-invalid-submit', (event) => (listed = event.detail.errors.map((e) => e.message)));
      attemptSubmit(form);
      await settle();
      expect(listed).to.have.length(1);
      expect(FormCoordinator.of(form).errors()[0]?.target).to.not.equal(null);
    });

    it('shows a server-rendered error at load, linked and listed [wcag:3.3.1]', async () => {
      const { form, field } = await mount({ serverError: 'Erreur du serveur : valeur refusée.' });
      const error = errorOf(field);
      expect(error?.textContent).to.contain('Erreur du serveur : valeur refusée.');
      const described = config.labelledControl(field).getAttribute('aria-describedby') ?? '';
      expect(described.split(/\s+/)).to.include(error!.id);
      expect(
        FormCoordinator.of(form)
          .errors()
          .map((e) => e.message),
      ).to.deep.equal(['Erreur du serveur : valeur refusée.']);
      await expect(form).to.be.accessible();
    });

    it('<fieldset disabled> disables it: not focusable, not in the form data [wcag:1.3.1]', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled>${config.render({ name, label })}</fieldset></form>`,
      );
      const field = form.querySelector(config.tag) as HTMLElement;
      await settle();
      await config.fill(field).catch(() => undefined);
      const controls = [...field.querySelectorAll<HTMLElement>('input, select, textarea, button')];
      expect(controls.length).to.be.greaterThan(0);
      for (const control of controls) expect(control.matches(':disabled'), control.outerHTML).to.equal(true);
      expect(formValues(form, name)).to.deep.equal([]);
    });

    it('survives a framework re-rendering its children: wiring and value kept', async () => {
      const { form, field } = await mount({ required: true });
      await config.rerender(field);
      await settle();
      const node = await axControl(field);
      expect(node?.name).to.contain(label);
      await config.fill(field);
      await settle();
      expect(formValues(form, name)).to.deep.equal(config.filledValue);
      form.reset();
      await settle();
      let changes = 0;
      form.addEventListener('change', () => (changes += 1));
      await config.fill(field);
      await settle();
      // WebKit fires no `change` when the keyboard brings a native <select> back, after form.reset(),
      // to the option it last changed to (.engine-findings.md): not counted there for a native select.
      const nativeSelect = operated(field).some((c) => c instanceof HTMLSelectElement && c.offsetParent !== null);
      if (!(nativeSelect && notAssertedIn(SELECT_CHANGE_AFTER_RESET, 'one change per user action after a reset')))
        expect(changes, 'one change per user action, no duplicates').to.equal(config.changesPerFill ?? 1);
      expect(field.querySelectorAll('[data-qc-part="label"]').length).to.be.at.most(1);
      expect(field.querySelectorAll('[data-qc-part="error"]').length).to.be.at.most(1);
    });

    it('speaks English with lang="en" [wcag:3.1.2]', async () => {
      const { form, field } = await mount({ required: true, lang: 'en' });
      attemptSubmit(form);
      await settle();
      const text = errorOf(field)!.textContent!;
      expect(text).to.match(/Error:/);
      expect(text).to.not.match(/Erreur|obligatoire|Sélectionnez|Cochez|Entrez/);
    });
  });
}
