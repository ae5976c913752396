// The Angular example app (examples/angular), built in production from the npm pack tarballs: the
// steps every example app passes (examples/test/form-app.ts), then what is Angular's own — the whole
// form with the keyboard alone, Reactive Forms' validators agreeing with what qc-ds shows, error
// messages in the page's language, the model keeping a selection while @for rebuilds the options.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { provinces, texts } from '../../shared/demande.js';
import {
  axeViolations,
  describeFormApp,
  field,
  loadApp,
  received,
  typeInto,
  until,
  type LoadedApp,
} from '../../test/form-app.js';

describeFormApp('angular');

describe('Example app: angular — Angular specifics', () => {
  let app: LoadedApp;

  beforeEach(async () => {
    app = await loadApp('angular');
  });

  afterEach(() => app?.frame.remove());

  async function press(selector: string, key: string): Promise<void> {
    (await field(app, selector)).focus();
    await sendKeys({ press: key });
  }

  const submitWithEnter = () => press('input[name="prenom"]', 'Enter');
  const switchLanguage = async () => {
    app.doc.querySelector<HTMLElement>('qc-button[variant="tertiary"]')!.focus();
    await sendKeys({ press: 'Enter' });
  };

  /** Every field with the keyboard: text, date parts, the select by typeahead, radios by arrows, Space for boxes. */
  async function fillWithKeyboard(provinceKey: string): Promise<void> {
    await typeInto(app, 'input[name="prenom"]', 'Léa');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Tremblay' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'lea@exemple.com' });
    await typeInto(app, 'qc-date-field input[data-qc-part="year"]', '1990');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '04' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '12' });
    await typeInto(app, 'input[name="ville"]', 'Rimouski');
    await typeInto(app, 'select[name="province"]', provinceKey);
    await press('input[type="radio"][value="annuel"]', 'Space');
    await sendKeys({ press: 'ArrowDown' });
    await press('input[type="checkbox"][value="saumon"]', 'Space');
    await press('input[type="checkbox"][value="blanche"]', 'Space');
    await press('input[name="avis-courriel"]', 'Space');
    await press('input[name="attestation"]', 'Space');
  }

  it('the whole form with the keyboard alone, sent with Enter: ngSubmit receives every value, the form starts over [wcag:2.1.1]', async () => {
    await fillWithKeyboard('Q');
    await submitWithEnter();
    const values = await until(() => received(app), 'the confirmation');
    expect(values).to.deep.equal({
      prenom: 'Léa',
      nom: 'Tremblay',
      courriel: 'lea@exemple.com',
      naissance: '1990-04-12',
      ville: 'Rimouski',
      province: 'QC',
      'type-permis': 'sept-jours',
      options: 'saumon, blanche',
      'piece-identite': '',
      'avis-courriel': 'oui',
      attestation: 'oui',
    });
    await until(
      () => app.doc.activeElement === app.doc.querySelector('[data-confirmation]'),
      'focus on the confirmation',
    );
    await until(() => app.form.querySelector<HTMLInputElement>('input[name="prenom"]')!.value === '', 'the form reset');
    expect(app.form.querySelector<HTMLSelectElement>('select[name="province"]')!.value).to.equal('');
  });

  it('Reactive Forms’ validators agree with the errors qc-ds shows [wcag:3.3.1,4.1.2]', async () => {
    const prenom = await field(app, 'input[name="prenom"]');
    expect(prenom.classList.contains('ng-invalid'), 'Angular: required and empty').to.equal(true);
    expect(prenom.getAttribute('aria-invalid'), 'qc-ds: no error before an attempt').to.not.equal('true');
    await submitWithEnter();
    await until(() => prenom.getAttribute('aria-invalid') === 'true', 'qc-ds marks the field invalid');
    await typeInto(app, 'input[name="prenom"]', 'Léa');
    await until(() => prenom.classList.contains('ng-valid'), 'Angular: valid once typed');
    await until(() => prenom.getAttribute('aria-invalid') !== 'true', 'qc-ds: fixed');
    expect(received(app), 'ngSubmit did not fire').to.equal(null);
  });

  it('after the switch to English, the errors qc-ds writes are in English [wcag:3.1.2,3.3.1]', async () => {
    await switchLanguage();
    await until(() => app.doc.documentElement.lang === 'en', '<html lang="en">');
    await until(() => app.doc.title === texts.en.title, 'the document title in English');
    await submitWithEnter();
    const error = await until(
      () => app.form.querySelector<HTMLElement>('qc-textfield [data-qc-part="error"]:not([hidden])'),
      'the first error',
    );
    expect(error.textContent).to.contain(texts.en.given);
    expect(error.textContent).to.not.contain('obligatoire');
    expect(await axeViolations(app)).to.deep.equal([]);
  });

  it('options rebuilt by @for on a language switch: Angular’s model keeps the province, the select keeps its label', async () => {
    await fillWithKeyboard('T'); // Terre-Neuve-et-Labrador
    const select = await field(app, 'select[name="province"]');
    expect(select.value).to.equal('NL');
    const before = [...select.options].map((option) => option.value);
    await switchLanguage();
    await until(() => select.selectedOptions[0]?.textContent === 'Newfoundland and Labrador', 'the options in English');
    const after = [...select.options].map((option) => option.value);
    expect(after, 'reordered for English').to.not.deep.equal(before);
    expect(after.slice(1)).to.deep.equal(provinces.en.map(([code]) => code));
    expect(select.value).to.equal('NL');
    expect(select.labels).to.have.length(1);
    expect(select.labels![0]!.textContent).to.contain(texts.en.province);
    await submitWithEnter();
    expect((await until(() => received(app), 'the confirmation')).province, 'Angular’s model kept it').to.equal('NL');
  });
});
