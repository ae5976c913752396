import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FormCoordinator } from '../internal/form-coordinator.js';
import { QcDateField } from './date-field.js';
import './qc-date-field.js';
import { NEEDS_AX_TREE, axTree, findAll, type AxNode } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { attemptSubmit, settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';

const part = (field: Element, kind: 'year' | 'month' | 'day') =>
  field.querySelector<HTMLInputElement>(`input[data-qc-part="${kind}"]`)!;
const errorOf = (field: Element) => field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])');
/** The error's text without its visually hidden « Erreur : » prefix. */
const errorText = (field: Element) =>
  (errorOf(field)?.lastElementChild?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
/** Which part an element is (compared as text: a failed assertion on DOM nodes cannot be reported). */
const partName = (element: Element | null | undefined) => element?.getAttribute('data-qc-part') ?? String(element);
const invalidParts = (field: Element) =>
  (['year', 'month', 'day'] as const).filter((kind) => part(field, kind).getAttribute('aria-invalid') === 'true');

/** Types a date the way a citizen does: each part, Tab between them. */
async function typeDate(field: Element, year: string, month: string, day: string): Promise<void> {
  part(field, 'year').focus();
  if (year) await sendKeys({ type: year });
  await sendKeys({ press: 'Tab' });
  if (month) await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  if (day) await sendKeys({ type: day });
}

/** Leaves the field (focus goes to the button after it). */
async function leave(form: HTMLFormElement): Promise<void> {
  form.querySelector<HTMLButtonElement>('button')!.focus();
  await settle();
}

async function mountForm(field: ReturnType<typeof html>, lang = 'fr') {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>${field}<button>Envoyer</button></form>`);
  form.addEventListener('submit', (event) => event.preventDefault());
  const el = form.querySelector('qc-date-field')!;
  await el.updateComplete;
  await settle();
  return { form, field: el };
}

runFormFieldSuite({
  tag: 'qc-date-field',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-date-field
      name=${name}
      label=${label}
      ?required=${required}
      invalid-text=${invalidText ?? serverError ?? ''}
      ?invalid=${!!serverError}
    ></qc-date-field>`,
  async fill(field) {
    await typeDate(field, '2025', '03', '27');
    part(field, 'day').blur();
  },
  filledValue: ['2025-03-27'],
  emptyValue: [''],
  labelledControl: (field) => field,
  role: 'group',
  async rerender(field) {
    // Fresh, equal inputs in place of the parts (what a keyed re-render or a DOM morph does).
    for (const kind of ['year', 'month', 'day'] as const) {
      const old = part(field, kind);
      old.replaceWith(old.cloneNode(true));
    }
  },
});

describe('qc-date-field: accessibility', () => {
  itExcept(
    NEEDS_AX_TREE,
    'is a group named by its label, with three textboxes named Année, Mois, Jour in that order [wcag:1.3.1,2.5.3,3.3.2,4.1.2]',
    async () => {
      await mountForm(html`<qc-date-field name="naissance" label="Date de naissance"></qc-date-field>`);
      const groups = findAll(await axTree(), (n) => n.role === 'group' && n.name === 'Date de naissance');
      expect(groups).to.have.length(1);
      expect(groups[0]!.description).to.contain('Par exemple');
      const boxes = findAll(groups[0], (n: AxNode) => n.role === 'textbox').map((n) => n.name);
      expect(boxes).to.deep.equal(['Année', 'Mois', 'Jour']);
    },
  );

  it('the parts are numeric, sized, unnamed; the hidden input carries the name', async () => {
    const { field } = await mountForm(html`<qc-date-field name="naissance" label="Date"></qc-date-field>`);
    expect(['year', 'month', 'day'].map((k) => part(field, k as 'year').maxLength)).to.deep.equal([4, 2, 2]);
    for (const kind of ['year', 'month', 'day'] as const) {
      expect(part(field, kind).inputMode).to.equal('numeric');
      expect(part(field, kind).hasAttribute('name')).to.equal(false);
    }
    const hidden = field.querySelector<HTMLInputElement>('input[type="hidden"]')!;
    expect(hidden.name).to.equal('naissance');
    expect(part(field, 'year').getBoundingClientRect().width).to.be.greaterThan(
      part(field, 'day').getBoundingClientRect().width,
    );
  });

  it('passes axe: empty, filled, with an error, server error, disabled, required, English', async () => {
    const { form, field } = await mountForm(
      html`<qc-date-field name="d" label="Date de naissance" required></qc-date-field>`,
    );
    await expect(form).to.be.accessible();
    await typeDate(field, '2025', '02', '30');
    await leave(form);
    expect(errorOf(field)).to.not.equal(null);
    await expect(form).to.be.accessible();
    const server = await mountForm(
      html`<qc-date-field
        name="d"
        label="Date"
        value="2025-03-27"
        invalid
        invalid-text="Date refusée."
      ></qc-date-field>`,
    );
    await expect(server.form).to.be.accessible();
    const disabled = await mountForm(html`<qc-date-field name="d" label="Date" disabled></qc-date-field>`);
    await expect(disabled.form).to.be.accessible();
    const english = await mountForm(html`<qc-date-field name="d" label="Date of birth"></qc-date-field>`, 'en');
    await expect(english.form).to.be.accessible();
  });
});

describe('qc-date-field: typing and form data', () => {
  it('gives the form the ISO date once the three parts are typed', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="naissance" label="Date"></qc-date-field>`);
    await typeDate(field, '1985', '11', '04');
    expect(new FormData(form).get('naissance')).to.equal('1985-11-04');
    expect((field as QcDateField).value).to.equal('1985-11-04');
  });

  it('accepts a one-digit month and day, pads the value and keeps what was typed', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    await typeDate(field, '2025', '3', '7');
    await leave(form);
    expect(new FormData(form).get('d')).to.equal('2025-03-07');
    expect([part(field, 'month').value, part(field, 'day').value]).to.deep.equal(['3', '7']);
    expect(errorOf(field)).to.equal(null);
  });

  it('is empty in the form data while incomplete or impossible', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    await typeDate(field, '2025', '02', '');
    expect(new FormData(form).get('d')).to.equal('');
    await sendKeys({ type: '30' });
    expect(new FormData(form).get('d')).to.equal('');
  });

  it('maxlength keeps each part to its digits', async () => {
    const { field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    await typeDate(field, '202599', '123', '456');
    expect(part(field, 'year').value).to.equal('2025');
    expect(part(field, 'month').value).to.equal('12');
    expect(part(field, 'day').value).to.equal('45');
  });

  it('Enter in a part submits the form [wcag:2.1.1]', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    let submitted: string | null = null;
    form.addEventListener('submit', () => (submitted = new FormData(form).get('d') as string));
    await typeDate(field, '2025', '03', '27');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(submitted).to.equal('2025-03-27');
  });
});

describe('qc-date-field: validation', () => {
  /** Types a date, leaves the field, and reads the error shown and the parts marked. */
  async function errorFor(year: string, month: string, day: string) {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date de naissance"></qc-date-field>`);
    await typeDate(field, year, month, day);
    await leave(form);
    return { form, field, message: errorText(field), wrong: invalidParts(field) };
  }

  it('2025-02-29 does not exist; 2024-02-29 does', async () => {
    const bad = await errorFor('2025', '02', '29');
    expect(bad.message).to.equal('Date de naissance : le 29 février 2025 n’existe pas.');
    expect(bad.wrong).to.deep.equal(['day']);
    expect(new FormData(bad.form).get('d')).to.equal('');
    const good = await errorFor('2024', '02', '29');
    expect(good.message).to.equal('');
    expect(new FormData(good.form).get('d')).to.equal('2024-02-29');
  });

  it('says which parts are missing, and marks only those', async () => {
    const yearOnly = await errorFor('2025', '', '');
    expect(yearOnly.message).to.equal('Date de naissance : entrez le mois et le jour.');
    expect(yearOnly.wrong).to.deep.equal(['month', 'day']);
    const noYear = await errorFor('', '3', '27');
    expect(noYear.message).to.equal('Date de naissance : entrez l’année.');
    expect(noYear.wrong).to.deep.equal(['year']);
  });

  it('rejects parts that are not numbers, a year without 4 digits, a month or day out of range', async () => {
    expect((await errorFor('2025', 'ma', '27')).message).to.equal('Date de naissance : le mois doit être un nombre.');
    expect((await errorFor('2o25', 'ma', '27')).message).to.equal(
      'Date de naissance : l’année et le mois doivent être des nombres.',
    );
    const shortYear = await errorFor('25', '03', '27');
    expect(shortYear.message).to.equal('Date de naissance : l’année doit comporter 4 chiffres.');
    expect(shortYear.wrong).to.deep.equal(['year']);
    expect((await errorFor('0999', '03', '27')).message).to.contain('4 chiffres');
    const month = await errorFor('2025', '13', '27');
    expect(month.message).to.equal('Date de naissance : le mois doit être un nombre de 1 à 12.');
    expect(month.wrong).to.deep.equal(['month']);
    expect((await errorFor('2025', '00', '27')).wrong).to.deep.equal(['month']);
    const day = await errorFor('2025', '03', '32');
    expect(day.message).to.equal('Date de naissance : le jour doit être un nombre de 1 à 31.');
    expect(day.wrong).to.deep.equal(['day']);
  });

  it('min and max: messages with the date in words, all parts marked, submit blocked [wcag:3.3.1,3.3.3]', async () => {
    const { form, field } = await mountForm(
      html`<qc-date-field name="d" label="Date du rendez-vous" min="2026-01-01" max="2026-12-31"></qc-date-field>`,
    );
    let submits = 0;
    form.addEventListener('submit', () => (submits += 1));
    await typeDate(field, '2025', '12', '31');
    await leave(form);
    expect(errorText(field)).to.equal('Entrez une date égale ou postérieure au 1er janvier 2026.');
    expect(invalidParts(field)).to.deep.equal(['year', 'month', 'day']);
    attemptSubmit(form);
    await settle();
    expect(submits).to.equal(0);
    (field as QcDateField).value = '2027-01-01';
    attemptSubmit(form);
    await settle();
    expect(errorText(field)).to.equal('Entrez une date égale ou antérieure au 31 décembre 2026.');
    (field as QcDateField).value = '2026-06-15';
    await settle();
    expect(errorOf(field)).to.equal(null);
    attemptSubmit(form);
    await settle();
    expect(submits).to.equal(1);
  });

  it('required: every part marked, then only the ones still missing [wcag:1.3.1,3.3.2]', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date" required></qc-date-field>`);
    attemptSubmit(form);
    await settle();
    expect(errorText(field)).to.equal('Le champ Date est obligatoire.');
    expect(invalidParts(field)).to.deep.equal(['year', 'month', 'day']);
    expect(partName(document.activeElement)).to.equal('year');
    await sendKeys({ type: '2025' });
    await settle();
    expect(errorText(field)).to.equal('Date : entrez le mois et le jour.');
    expect(invalidParts(field)).to.deep.equal(['month', 'day']);
  });

  it('a submit attempt focuses (and the summary links to) the wrong part', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    await typeDate(field, '2025', '02', '31');
    part(field, 'year').focus();
    attemptSubmit(form);
    await settle();
    expect(partName(FormCoordinator.of(form).errors()[0]?.target)).to.equal('day');
    expect(partName(document.activeElement)).to.equal('day');
  });

  it('shows the error when the user leaves the field, not when moving between its parts [wcag:3.3.1]', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    part(field, 'year').focus();
    await sendKeys({ type: '2025' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await settle();
    expect(errorOf(field), 'moving inside').to.equal(null);
    await sendKeys({ press: 'Shift+Tab' });
    await settle();
    expect(errorOf(field), 'moving back inside').to.equal(null);
    await leave(form);
    expect(errorText(field)).to.equal('Date : entrez le mois et le jour.');
  });

  it('no error on load, even for an impossible initial value; the error goes away as it is fixed [wcag:3.3.1]', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date" required></qc-date-field>`);
    expect(errorOf(field)).to.equal(null);
    await typeDate(field, '2025', '02', '30');
    await leave(form);
    expect(errorOf(field)).to.not.equal(null);
    part(field, 'day').focus();
    part(field, 'day').select();
    await sendKeys({ type: '28' });
    await settle();
    expect(errorOf(field)).to.equal(null);
    expect(invalidParts(field)).to.deep.equal([]);
  });

  it('invalid + invalid-text: the server error shows at load, on every part, and goes when the user types [wcag:3.3.1]', async () => {
    const { form, field } = await mountForm(
      html`<qc-date-field
        name="d"
        label="Date"
        value="2025-03-27"
        invalid
        invalid-text="Cette date est déjà réservée."
      ></qc-date-field>`,
    );
    expect(errorText(field)).to.equal('Cette date est déjà réservée.');
    expect(invalidParts(field)).to.deep.equal(['year', 'month', 'day']);
    expect(partName(FormCoordinator.of(form).errors()[0]?.target)).to.equal('year');
    part(field, 'day').focus();
    part(field, 'day').select();
    await sendKeys({ type: '28' });
    await settle();
    expect(errorOf(field)).to.equal(null);
    expect(field.hasAttribute('invalid')).to.equal(false);
  });
});

describe('qc-date-field: paste', () => {
  function paste(input: HTMLInputElement, text: string): boolean {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // A plain event carrying the data: Firefox empties the data of a synthetic ClipboardEvent (a real
    // paste carries it in every engine).
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: data });
    return input.dispatchEvent(event);
  }

  for (const text of ['2025-03-27', '2025 03 27', ' 2025/3/27 ', '20250327']) {
    it(`pasting « ${text} » into the year fills the three parts`, async () => {
      const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
      let inputs = 0;
      form.addEventListener('input', () => (inputs += 1));
      part(field, 'year').focus();
      expect(paste(part(field, 'year'), text)).to.equal(false);
      expect(new FormData(form).get('d')).to.equal('2025-03-27');
      expect(part(field, 'year').value).to.equal('2025');
      expect(inputs).to.equal(1);
    });
  }

  it('a paste that is not a whole date is left to the browser', async () => {
    const { field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    expect(paste(part(field, 'month'), '03')).to.equal(true);
    expect(paste(part(field, 'year'), '27/03/2025')).to.equal(true);
  });

  it('pasting into the day works too, and the error shows on leaving [wcag:3.3.1]', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    part(field, 'day').focus();
    paste(part(field, 'day'), '2025-02-30');
    await leave(form);
    expect(errorText(field)).to.equal('Date : le 30 février 2025 n’existe pas.');
  });
});

describe('qc-date-field: value, reset and events', () => {
  it('the value attribute fills the parts; reset goes back to it and clears errors [wcag:3.3.1]', async () => {
    const { form, field } = await mountForm(
      html`<qc-date-field name="d" label="Date" value="2025-03-27"></qc-date-field>`,
    );
    expect([part(field, 'year').value, part(field, 'month').value, part(field, 'day').value]).to.deep.equal([
      '2025',
      '03',
      '27',
    ]);
    expect(new FormData(form).get('d')).to.equal('2025-03-27');
    part(field, 'day').focus();
    part(field, 'day').select();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Backspace' });
    await leave(form);
    expect(errorOf(field)).to.not.equal(null);
    form.reset();
    await settle();
    expect(part(field, 'day').value).to.equal('27');
    expect(new FormData(form).get('d')).to.equal('2025-03-27');
    expect(errorOf(field)).to.equal(null);
    expect(invalidParts(field)).to.deep.equal([]);
  });

  it('the value property reads and writes the ISO date', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    const el = field as QcDateField;
    expect(el.value).to.equal('');
    el.value = '1999-12-31';
    expect(part(field, 'month').value).to.equal('12');
    expect(new FormData(form).get('d')).to.equal('1999-12-31');
    el.value = '';
    expect(part(field, 'year').value).to.equal('');
  });

  it('keeps a value a framework set before the element was defined', async () => {
    const el = document.createElement('qc-date-field-late') as QcDateField;
    el.value = '2025-03-27';
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    el.setAttribute('name', 'd');
    el.setAttribute('label', 'Date');
    form.append(el);
    customElements.define('qc-date-field-late', class extends QcDateField {});
    await el.updateComplete;
    expect(el.value).to.equal('2025-03-27');
    expect(part(el, 'day').value).to.equal('27');
    expect(new FormData(form).get('d')).to.equal('2025-03-27');
  });

  it('writing back the same empty value never wipes a date being typed', async () => {
    const { field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    await typeDate(field, '2025', '03', '');
    (field as QcDateField).value = '';
    expect(part(field, 'month').value).to.equal('03');
  });

  it('fires its own input and change with the ISO value; the parts’ events stay inside', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    const seen: string[] = [];
    let wrongTargets = 0;
    for (const type of ['input', 'change']) {
      form.addEventListener(type, (event) => {
        if (event.target !== field) wrongTargets += 1;
        seen.push(`${type}:${(event.target as QcDateField).value}`);
      });
    }
    await typeDate(field, '2025', '03', '27');
    await leave(form);
    expect(wrongTargets, 'events whose target is not the field').to.equal(0);
    expect(seen.filter((s) => s.startsWith('change'))).to.deep.equal(['change:2025-03-27']);
    expect(seen.filter((s) => s.startsWith('input'))).to.have.length(8);
    expect(seen.at(-2)).to.equal('input:2025-03-27');
    // Moving through without changing anything: no change.
    part(field, 'year').focus();
    await leave(form);
    expect(seen.filter((s) => s.startsWith('change'))).to.have.length(1);
  });

  it('name, disabled and autocomplete', async () => {
    const { form, field } = await mountForm(
      html`<qc-date-field
        name="naissance"
        label="Date de naissance"
        autocomplete="bday"
        value="1985-11-04"
      ></qc-date-field>`,
    );
    // The attribute autofill reads (Firefox's `autocomplete` property returns '' for the `bday-*` tokens).
    expect(['year', 'month', 'day'].map((k) => part(field, k as 'year').getAttribute('autocomplete'))).to.deep.equal([
      'bday-year',
      'bday-month',
      'bday-day',
    ]);
    field.setAttribute('disabled', '');
    await settle();
    expect(['year', 'month', 'day'].every((k) => part(field, k as 'year').disabled)).to.equal(true);
    expect(new FormData(form).has('naissance')).to.equal(false);
    field.setAttribute('disabled', 'false');
    await settle();
    expect(part(field, 'year').disabled).to.equal(false);
    expect(new FormData(form).get('naissance')).to.equal('1985-11-04');
  });

  itExcept(NEEDS_AX_TREE, 'survives a framework removing all its children: put back with what was typed', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date" required></qc-date-field>`);
    await typeDate(field, '2025', '03', '');
    field.replaceChildren();
    await settle();
    expect(part(field, 'month').value).to.equal('03');
    expect(field.querySelectorAll('[data-qc-part="label"]')).to.have.length(1);
    const groups = findAll(await axTree(), (n) => n.role === 'group' && n.name?.startsWith('Date') === true);
    expect(findAll(groups[0], (n) => n.role === 'textbox').map((n) => n.name)).to.deep.equal(['Année', 'Mois', 'Jour']);
    part(field, 'day').focus();
    await sendKeys({ type: '27' });
    expect(new FormData(form).get('d')).to.equal('2025-03-27');
  });
});

describe('qc-date-field: languages', () => {
  itExcept(
    NEEDS_AX_TREE,
    'speaks English with lang="en": labels, hint and messages [wcag:1.3.1,3.1.2,3.3.2]',
    async () => {
      const { form, field } = await mountForm(
        html`<qc-date-field name="d" label="Date of birth"></qc-date-field>`,
        'en',
      );
      const boxes = findAll(await axTree(), (n) => n.role === 'textbox').map((n) => n.name);
      expect(boxes).to.deep.equal(['Year', 'Month', 'Day']);
      expect(field.querySelector('[data-qc-part="hint"]')!.textContent).to.equal('For example: 2025 03 27');
      await typeDate(field, '2025', '02', '31');
      await leave(form);
      expect(errorText(field)).to.equal('Date of birth: February 31, 2025 does not exist.');
      expect(errorOf(field)!.textContent).to.contain('Error:');
    },
  );

  it('English messages for missing parts and numbers [wcag:3.1.2,3.3.1,3.3.3]', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Start date"></qc-date-field>`, 'en');
    await typeDate(field, '', '', '12');
    await leave(form);
    expect(errorText(field)).to.equal('Start date: enter the year and month.');
    part(field, 'year').focus();
    await sendKeys({ type: 'ab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await settle();
    expect(errorText(field)).to.equal('Start date: the year must be a number.');
  });

  it('fr-CA is French; a language change re-labels the parts and re-says the error [wcag:3.1.2,3.3.1]', async () => {
    const { form, field } = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`, 'fr-CA');
    expect(part(field, 'year').labels![0]!.textContent).to.equal('Année');
    await typeDate(field, '2025', '', '');
    await leave(form);
    expect(errorText(field)).to.equal('Date : entrez le mois et le jour.');
    form.lang = 'en';
    await settle();
    expect(part(field, 'year').labels![0]!.textContent).to.equal('Year');
    expect(errorText(field)).to.equal('Date: enter the month and day.');
  });

  it('without a label, messages stand alone', async () => {
    let mounted: Awaited<ReturnType<typeof mountForm>> | undefined;
    // The missing label's developer warning is tested under « bad input ».
    await captureWarnings(async () => {
      mounted = await mountForm(html`<qc-date-field name="d"></qc-date-field>`);
      await settle();
    });
    const { form, field } = mounted!;
    await typeDate(field, '2025', '', '');
    await leave(form);
    expect(errorText(field)).to.equal('Entrez le mois et le jour.');
  });
});

describe('qc-date-field: hint', () => {
  it('shows a built-in example, the author’s description, or none with description=""', async () => {
    const hint = (field: Element) => field.querySelector('[data-qc-part="hint"]')?.textContent ?? null;
    const built = await mountForm(html`<qc-date-field name="d" label="Date"></qc-date-field>`);
    expect(hint(built.field)?.replace(/\u00a0/g, ' ')).to.equal('Par exemple : 2025 03 27');
    const own = await mountForm(
      html`<qc-date-field name="d" label="Date" description="Par exemple : 1985 03 27"></qc-date-field>`,
    );
    expect(hint(own.field)).to.equal('Par exemple : 1985 03 27');
    const none = await mountForm(html`<qc-date-field name="d" label="Date" description=""></qc-date-field>`);
    expect(hint(none.field)).to.equal(null);
    expect(none.field.getAttribute('aria-describedby')).to.equal(null);
  });
});

describe('qc-date-field: bad input', () => {
  it('invalid min/max: ignored, one warning each', async () => {
    let field: Element | undefined;
    let form: HTMLFormElement | undefined;
    const warnings = await captureWarnings(async () => {
      ({ form, field } = await mountForm(
        html`<qc-date-field name="d" label="Date" min="2025-02-30" max="demain"></qc-date-field>`,
      ));
      (field as QcDateField).requestUpdate();
      await settle();
    });
    expect(warnings.filter((w) => w.includes('min="2025-02-30"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('max="demain"'))).to.have.length(1);
    expect(warnings).to.have.length(2);
    await typeDate(field!, '1900', '01', '01');
    await leave(form!);
    expect(errorOf(field!)).to.equal(null);
  });

  it('an invalid value attribute: one warning; an impossible date is shown to be corrected, garbage is not', async () => {
    let impossible: Element | undefined;
    const warnings = await captureWarnings(async () => {
      ({ field: impossible } = await mountForm(
        html`<qc-date-field name="d" label="Date" value="2025-02-31"></qc-date-field>`,
      ));
      const hostile = '<img src=x onerror=alert(1)>';
      await mountForm(html`<qc-date-field name="e" label="Date" value=${hostile}></qc-date-field>`);
    });
    expect(warnings).to.have.length(2);
    expect(part(impossible!, 'day').value).to.equal('31');
    expect(errorOf(impossible!), 'no error on load').to.equal(null);
    expect(document.querySelector('img[src="x"]')).to.equal(null);
  });

  it('an unknown autocomplete: one warning, not passed to the parts', async () => {
    let field: Element | undefined;
    const warnings = await captureWarnings(async () => {
      ({ field } = await mountForm(html`<qc-date-field name="d" label="Date" autocomplete="email"></qc-date-field>`));
    });
    expect(warnings).to.have.length(1);
    expect(part(field!, 'year').hasAttribute('autocomplete')).to.equal(false);
  });

  it('hostile and huge labels are shown as text', async () => {
    const hostile = '<img src=x onerror=alert(1)> Date';
    const { form, field } = await mountForm(html`<qc-date-field name="d" label=${hostile}></qc-date-field>`);
    expect(field.querySelector('img')).to.equal(null);
    expect(field.querySelector('[data-qc-part="label"]')!.textContent).to.equal(hostile);
    const huge = 'Date '.repeat(2000).trim();
    const big = await mountForm(html`<qc-date-field name="d" label=${huge}></qc-date-field>`);
    expect(big.field.querySelector('[data-qc-part="label"]')!.textContent).to.equal(huge);
    expect(big.field.scrollWidth).to.be.at.most(big.field.clientWidth + 1);
    await expect(form).to.be.accessible();
  });

  it('a missing label: one developer warning', async () => {
    const warnings = await captureWarnings(async () => {
      await mountForm(html`<qc-date-field name="d"></qc-date-field>`);
      await settle();
    });
    expect(warnings.filter((w) => w.includes('no label'))).to.have.length(1);
  });
});
