import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { QcTextfield } from './qc-textfield.js';
import type { InvalidSubmitDetail } from '../internal/form-coordinator.js';
import '../button/qc-button.js';
import { NEEDS_AX_TREE, axElement, axNodes } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { tokenPx, withStylesheet } from '../internal/test/page.js';

const hostile = '<img src=x onerror=alert(1)>';

const controlOf = (el: QcTextfield) => el.querySelector<HTMLInputElement & HTMLTextAreaElement>('input, textarea')!;
const part = (el: Element, name: string) => el.querySelector<HTMLElement>(`[data-qc-part="${name}"]`);
/** The error message shown now ('' when none); the visually hidden « Erreur : » prefix left out. */
const errorOf = (el: Element) => {
  const error = part(el, 'error');
  return error && !error.hidden ? (error.lastElementChild?.textContent ?? '') : '';
};
/** The text of every element the control's `aria-describedby` names, in order. */
const describedBy = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `#${id} missing`);
const announcer = () => document.querySelector<HTMLElement>('[data-qc-announcer="polite"]');

/** A form whose submit events are recorded and prevented. */
async function formFixture(template: TemplateResult) {
  const form = await fixture<HTMLFormElement>(template);
  const submits: SubmitEvent[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(event as SubmitEvent);
  });
  const fields = [...form.querySelectorAll<QcTextfield>('qc-textfield')];
  await Promise.all(fields.map((field) => field.updateComplete));
  return { form, fields, field: fields[0]!, submits };
}

/** Tries to submit as a user would (the browser validates first); waits for the errors to settle. */
async function attemptSubmit(form: HTMLFormElement): Promise<void> {
  form.requestSubmit();
  await aTimeout(0);
}

/** Types `text` at the end of the field's control as a user would. */
async function typeIn(el: QcTextfield, text: string): Promise<void> {
  const control = controlOf(el);
  control.focus();
  // Email and number inputs have no selection API: End puts the caret at the end (WebKit selects
  // their whole value on focus, so typing would replace it).
  if (control.selectionStart !== null) control.setSelectionRange(control.value.length, control.value.length);
  else await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

/** Leaves the field (Tab to the next focusable element, or blur). */
async function leave(el: QcTextfield): Promise<void> {
  controlOf(el).blur();
  await aTimeout(0);
}

/** Renders one field in a form, validates it on a submit attempt, and returns the message shown. */
async function messageFor(
  field: TemplateResult,
  options: { lang?: string; typed?: string } = {},
): Promise<{ message: string; el: QcTextfield }> {
  const { form, field: el } = await formFixture(html`<form lang=${ifDefined(options.lang)}>${field}</form>`);
  if (options.typed !== undefined) await typeIn(el, options.typed);
  await attemptSubmit(form);
  return { message: errorOf(el), el };
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

/** Types a valid value in the field's control and leaves it, as a user would. */
async function fillWithKeyboard(field: HTMLElement): Promise<void> {
  const control = field.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  control.focus();
  await sendKeys({ type: 'Bonjour' });
  control.blur();
}

/** A framework re-render: the control is replaced by a fresh, equal node. */
async function replaceControl(field: HTMLElement): Promise<void> {
  const old = field.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  const fresh = document.createElement(old.localName) as HTMLInputElement | HTMLTextAreaElement;
  fresh.name = old.name;
  old.replaceWith(fresh);
}

runFormFieldSuite({
  tag: 'qc-textfield',
  variant: 'author-written input',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-textfield
      label=${label}
      ?required=${required}
      ?invalid=${!!serverError}
      invalid-text=${ifDefined(serverError ?? invalidText)}
      ><input name=${name} autocomplete="off"
    /></qc-textfield>`,
  fill: fillWithKeyboard,
  filledValue: ['Bonjour'],
  emptyValue: [''],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'textbox',
  rerender: replaceControl,
});

runFormFieldSuite({
  tag: 'qc-textfield',
  variant: 'input created from attributes',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-textfield
      label=${label}
      name=${name}
      ?required=${required}
      ?invalid=${!!serverError}
      invalid-text=${ifDefined(serverError ?? invalidText)}
    ></qc-textfield>`,
  fill: fillWithKeyboard,
  filledValue: ['Bonjour'],
  emptyValue: [''],
  labelledControl: (field) => field.querySelector('input')!,
  role: 'textbox',
  // A framework that owns the host but not the created control re-renders the host's attributes.
  async rerender(field) {
    field.setAttribute('label', field.getAttribute('label')!);
    field.setAttribute('name', field.getAttribute('name')!);
    field.setAttribute('placeholder', '');
    field.removeAttribute('placeholder');
  },
});

runFormFieldSuite({
  tag: 'qc-textfield',
  variant: 'textarea with a counter',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-textfield
      label=${label}
      max-length="500"
      ?required=${required}
      ?invalid=${!!serverError}
      invalid-text=${ifDefined(serverError ?? invalidText)}
    >
      <textarea name=${name}></textarea>
    </qc-textfield>`,
  fill: fillWithKeyboard,
  filledValue: ['Bonjour'],
  emptyValue: [''],
  labelledControl: (field) => field.querySelector('textarea')!,
  role: 'textbox',
  rerender: replaceControl,
});

describe('qc-textfield', () => {
  describe('accessibility', () => {
    it('passes axe: default, with hint, required, disabled, textarea with counter', async () => {
      const form = await fixture(
        html`<form>
          <qc-textfield label="Nom" name="nom"></qc-textfield>
          <qc-textfield label="Courriel" description="Exemple : nom@exemple.com" name="courriel" type="email" required>
          </qc-textfield>
          <qc-textfield label="Numéro de dossier" name="dossier" disabled value="A-123"></qc-textfield>
          <qc-textfield label="Commentaires" max-length="2000"><textarea name="commentaires"></textarea></qc-textfield>
          <qc-textfield size="xs" label="Âge" name="age" type="number"></qc-textfield>
        </form>`,
      );
      await aTimeout(0);
      await expect(form).to.be.accessible();
    });

    it('passes axe with errors shown after a submit attempt, over the limit and from the server', async () => {
      const { form } = await formFixture(
        html`<form>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
          <qc-textfield label="Courriel" name="courriel" type="email" value="pas-un-courriel"></qc-textfield>
          <qc-textfield label="Résumé" max-length="5" value="beaucoup trop long" name="resume"></qc-textfield>
          <qc-textfield label="NAS" invalid invalid-text="Ce numéro est déjà associé à un dossier.">
            <input name="nas" value="123 456 789" />
          </qc-textfield>
        </form>`,
      );
      await attemptSubmit(form);
      expect(form.querySelectorAll('[aria-invalid="true"]')).to.have.length(4);
      await expect(form).to.be.accessible();
    });

    itExcept(
      NEEDS_AX_TREE,
      'is a textbox named by its label, described by its hint, counter and error [wcag:1.3.1,2.5.3,3.3.1,3.3.2,4.1.2]',
      async () => {
        const { form } = await formFixture(
          html`<form>
            <qc-textfield label="Courriel" description="Celle que vous consultez" max-length="40" required>
              <input name="courriel" type="email" value="a" />
            </qc-textfield>
          </form>`,
        );
        await attemptSubmit(form);
        const [textbox] = await axNodes('textbox');
        // The « * » is decorative (aria-hidden): the control is required for assistive technologies.
        expect(textbox!.name).to.equal('Courriel');
        expect(controlOf(document.querySelector('qc-textfield')!).required).to.equal(true);
        expect(textbox!.description).to.equal(
          'Celle que vous consultez Erreur : Entrez une adresse courriel valide, par exemple nom@exemple.com. 39 caractères restants',
        );
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'gives a textarea the role textbox too, named by an author-written label [wcag:4.1.2]',
      async () => {
        await fixture(
          html`<qc-textfield>
            <label for="precisions">Précisions</label>
            <textarea id="precisions" name="precisions"></textarea>
          </qc-textfield>`,
        );
        const textboxes = await axNodes('textbox');
        expect(textboxes.map((t) => t.name)).to.deep.equal(['Précisions']);
      },
    );

    itExcept(NEEDS_AX_TREE, 'is a disabled textbox when disabled', async () => {
      await fixture(html`<qc-textfield label="Nom" name="nom" disabled></qc-textfield>`);
      const [textbox] = await axNodes('textbox');
      expect(textbox!.disabled).to.equal(true);
    });
  });

  describe('terse API: the element creates its <input>', () => {
    it('creates one input with the attributes mirrored and a label for it [wcag:1.3.1,3.3.2]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield
          label="Code postal"
          name="code-postal"
          type="text"
          value="G1R 4S9"
          placeholder="A1A 1A1"
          autocomplete="postal-code"
          inputmode="text"
          pattern="[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"
          minlength="6"
        ></qc-textfield>`,
      );
      const inputs = el.querySelectorAll('input');
      expect(inputs).to.have.length(1);
      const input = inputs[0]!;
      expect(input.name).to.equal('code-postal');
      expect(input.type).to.equal('text');
      expect(input.value).to.equal('G1R 4S9');
      expect(input.defaultValue).to.equal('G1R 4S9');
      expect(input.placeholder).to.equal('A1A 1A1');
      expect(input.getAttribute('autocomplete')).to.equal('postal-code');
      expect(input.getAttribute('inputmode')).to.equal('text');
      expect(input.pattern).to.equal('[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d');
      expect(input.minLength).to.equal(6);
      expect(input.labels).to.have.length(1);
      expect(input.labels![0]!.textContent).to.equal('Code postal');
      expect(el.value).to.equal('G1R 4S9');
    });

    it('mirrors later attribute changes, and removes what the host no longer has', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Téléphone" name="tel" type="tel" autocomplete="tel"></qc-textfield>`,
      );
      el.setAttribute('type', 'email');
      el.setAttribute('autocomplete', 'email');
      el.setAttribute('inputmode', 'email');
      el.removeAttribute('name');
      await el.updateComplete;
      const input = controlOf(el);
      expect(input.type).to.equal('email');
      expect(input.getAttribute('autocomplete')).to.equal('email');
      expect(input.getAttribute('inputmode')).to.equal('email');
      expect(input.hasAttribute('name')).to.equal(false);
      expect(el.querySelectorAll('input')).to.have.length(1);
    });

    it('treats value as the default value: a user edit is not overwritten by a later value attribute', async () => {
      const { form, field: el } = await formFixture(
        html`<form><qc-textfield label="Ville" name="ville" value="Québec"></qc-textfield></form>`,
      );
      const input = controlOf(el);
      // Not edited yet: the value follows the default, as on a native input.
      el.setAttribute('value', 'Lévis');
      await el.updateComplete;
      expect(input.value).to.equal('Lévis');
      await typeIn(el, ' Est');
      expect(input.value).to.equal('Lévis Est');
      el.setAttribute('value', 'Gatineau');
      await el.updateComplete;
      expect(input.value, 'the user’s text is kept').to.equal('Lévis Est');
      expect(input.defaultValue).to.equal('Gatineau');
      form.reset();
      expect(input.value, 'reset restores the latest default').to.equal('Gatineau');
    });

    it('value property reads and writes the control’s value', async () => {
      const el = await fixture<QcTextfield>(html`<qc-textfield label="Ville" name="ville"></qc-textfield>`);
      el.value = 'Rimouski';
      expect(controlOf(el).value).to.equal('Rimouski');
      controlOf(el).value = 'Sherbrooke';
      expect(el.value).to.equal('Sherbrooke');
    });

    it('passes autocomplete and inputmode of an author-written input through untouched [wcag:1.3.5]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Courriel">
          <input name="courriel" type="email" autocomplete="email" inputmode="email" />
        </qc-textfield>`,
      );
      const input = controlOf(el);
      expect(input.getAttribute('autocomplete')).to.equal('email');
      expect(input.getAttribute('inputmode')).to.equal('email');
      expect(input.type).to.equal('email');
      expect(input.hasAttribute('data-qc-part')).to.equal(false);
    });
  });

  describe('labels and descriptions', () => {
    it('adopts an author <label for>, without adding a second label [wcag:1.3.1,3.3.2]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield description="Tel qu’il apparaît sur votre permis">
          <label for="nom-famille">Nom de famille</label>
          <input id="nom-famille" name="nom" />
        </qc-textfield>`,
      );
      expect(el.querySelectorAll('label')).to.have.length(1);
      expect(part(el, 'label')).to.equal(null);
      const input = controlOf(el);
      expect(input.id).to.equal('nom-famille');
      expect(input.labels![0]!.textContent).to.equal('Nom de famille');
      expect(describedBy(input)).to.deep.equal(['Tel qu’il apparaît sur votre permis']);
    });

    itExcept(NEEDS_AX_TREE, 'adopts an author label that wraps the input', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield required>
          <label>Prénom <input name="prenom" /></label>
        </qc-textfield>`,
      );
      expect(el.querySelectorAll('label')).to.have.length(1);
      const [textbox] = await axNodes('textbox');
      expect(textbox!.name).to.equal('Prénom');
      const form = document.createElement('form');
      el.before(form);
      form.append(el);
      await attemptSubmit(form);
      expect(errorOf(el), 'messages use the author’s label text').to.equal('Le champ Prénom est obligatoire.');
      form.remove();
    });

    describe('a <label> written beside the input without for (the incumbent linked them)', () => {
      it('is adopted: pointed at the input, which it names, with no second label and no warning', async () => {
        let el: QcTextfield | undefined;
        const warnings = await captureWarnings(async () => {
          el = await fixture<QcTextfield>(
            html`<qc-textfield required description="Prénom et nom">
              <label>Nom complet</label>
              <input type="text" name="nom" />
            </qc-textfield>`,
          );
          await aTimeout(10);
        });
        expect(warnings).to.deep.equal([]);
        const input = controlOf(el!);
        const label = el!.querySelector('label')!;
        expect(input.id).to.not.equal('');
        expect(label.htmlFor).to.equal(input.id);
        expect(input.labels?.length).to.equal(1);
        expect(el!.querySelectorAll('label')).to.have.length(1);
        expect(part(el!, 'label')).to.equal(null);
        expect((await axElement(input)).name).to.equal('Nom complet');
        expect(describedBy(input)).to.deep.equal(['Prénom et nom']);
        await expect(el).to.be.accessible();
        const form = document.createElement('form');
        el!.before(form);
        form.append(el!);
        await attemptSubmit(form);
        expect(errorOf(el!), 'messages use the adopted label’s text').to.equal('Le champ Nom complet est obligatoire.');
        form.remove();
      });

      it('wins over the label attribute: no second label is created', async () => {
        const el = await fixture<QcTextfield>(
          html`<qc-textfield label="Nom"><label>Nom complet</label><input name="nom" /></qc-textfield>`,
        );
        el.label = 'Nom de famille';
        await el.updateComplete;
        expect(el.querySelectorAll('label')).to.have.length(1);
        expect(part(el, 'label')).to.equal(null);
        expect((await axElement(controlOf(el))).name).to.equal('Nom complet');
      });

      it('names the input with its new text when the text changes, or a framework replaces the label [wcag:4.1.2]', async () => {
        const el = await fixture<QcTextfield>(
          html`<qc-textfield><label>Nom</label><input name="nom" /></qc-textfield>`,
        );
        const input = controlOf(el);
        el.querySelector('label')!.textContent = 'Nom de famille';
        await aTimeout(0);
        expect((await axElement(input)).name).to.equal('Nom de famille');
        const fresh = document.createElement('label');
        fresh.textContent = 'Nom à la naissance';
        el.querySelector('label')!.replaceWith(fresh);
        await aTimeout(0);
        expect(fresh.htmlFor).to.equal(input.id);
        expect(el.querySelectorAll('label')).to.have.length(1);
        expect((await axElement(input)).name).to.equal('Nom à la naissance');
      });

      it('is adopted when a framework adds it after the field, replacing the label the field made', async () => {
        const el = await fixture<QcTextfield>(html`<qc-textfield label="Nom"><input name="nom" /></qc-textfield>`);
        expect(part(el, 'label')).to.not.equal(null);
        const label = document.createElement('label');
        label.textContent = 'Nom complet';
        el.prepend(label);
        await aTimeout(0);
        expect(el.querySelectorAll('label')).to.have.length(1);
        expect(label.htmlFor).to.equal(controlOf(el).id);
        expect((await axElement(controlOf(el))).name).to.equal('Nom complet');
      });

      it('does not take a label that is another control’s, nor choose between two', async () => {
        let fields: QcTextfield[] = [];
        const warnings = await captureWarnings(async () => {
          const page = await fixture<HTMLElement>(
            html`<div>
              <input id="ailleurs" name="ailleurs" />
              <qc-textfield id="pour-autre"><label for="ailleurs">Ailleurs</label><input name="a" /></qc-textfield>
              <qc-textfield id="deux"><label>Un</label><label>Deux</label><input name="b" /></qc-textfield>
              <qc-textfield id="a-cote"><input name="c" /></qc-textfield>
              <label>Hors du champ</label>
              <qc-textfield id="voisin"><label>Voisin</label><input name="d" /></qc-textfield>
            </div>`,
          );
          fields = [...page.querySelectorAll<QcTextfield>('qc-textfield')];
          await Promise.all(fields.map((field) => field.updateComplete));
          await aTimeout(10);
        });
        const [forOther, two, beside, neighbour] = fields;
        expect(forOther!.querySelector('label')!.htmlFor).to.equal('ailleurs');
        expect(controlOf(forOther!).labels?.length).to.equal(0);
        expect([...two!.querySelectorAll('label')].map((label) => label.htmlFor)).to.deep.equal(['', '']);
        expect(controlOf(beside!).labels?.length).to.equal(0);
        expect(controlOf(neighbour!).labels?.[0]?.textContent).to.equal('Voisin');
        expect(document.querySelector<HTMLLabelElement>('div > label')!.htmlFor).to.equal('');
        expect(warnings.filter((warning) => warning.includes('no label'))).to.have.length(3);
      });
    });

    it('keeps ids the author already put in aria-describedby [wcag:4.1.2]', async () => {
      const el = await fixture<QcTextfield>(
        html`<div>
          <p id="aide-nas">Votre numéro d’assurance sociale figure sur votre carte.</p>
          <qc-textfield label="NAS" description="9 chiffres">
            <input name="nas" aria-describedby="aide-nas" />
          </qc-textfield>
        </div>`,
      );
      const input = el.querySelector('input')!;
      expect(describedBy(input)).to.deep.equal([
        'Votre numéro d’assurance sociale figure sur votre carte.',
        '9 chiffres',
      ]);
    });

    it('updates and removes the hint when description changes [wcag:1.3.1,3.3.2]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Nom" name="nom" description="Premier texte"></qc-textfield>`,
      );
      el.description = 'Second texte';
      await el.updateComplete;
      expect(describedBy(controlOf(el))).to.deep.equal(['Second texte']);
      el.description = '';
      await el.updateComplete;
      expect(part(el, 'hint')).to.equal(null);
      expect(controlOf(el).hasAttribute('aria-describedby')).to.equal(false);
    });

    it('orders label, hint, error, then the control [wcag:1.3.1,3.3.1,3.3.2]', async () => {
      const { form, field: el } = await formFixture(
        html`<form><qc-textfield label="Nom" description="Aide" name="nom" required></qc-textfield></form>`,
      );
      await attemptSubmit(form);
      const order = [...el.children].map((child) => child.getAttribute('data-qc-part'));
      expect(order).to.deep.equal(['label', 'hint', 'error', 'control']);
    });
  });

  describe('validation timing', () => {
    it('shows no error on load, even for an empty required field [wcag:1.3.1,3.3.1,3.3.2]', async () => {
      const el = await fixture<QcTextfield>(html`<qc-textfield label="Nom" name="nom" required></qc-textfield>`);
      await aTimeout(10);
      expect(errorOf(el)).to.equal('');
      expect(controlOf(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('shows the error when the user leaves a field they changed, not one they only visited [wcag:3.3.1]', async () => {
      const { fields } = await formFixture(
        html`<form>
          <qc-textfield label="Courriel" name="courriel" type="email"></qc-textfield>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
        </form>`,
      );
      const [email, name] = fields as [QcTextfield, QcTextfield];
      controlOf(name).focus();
      await leave(name);
      expect(errorOf(name), 'visited only').to.equal('');
      await typeIn(email, 'nom@');
      expect(errorOf(email), 'not while typing').to.equal('');
      await sendKeys({ press: 'Tab' });
      await aTimeout(0);
      expect(errorOf(email)).to.equal('Entrez une adresse courriel valide, par exemple nom@exemple.com.');
      expect(controlOf(email).getAttribute('aria-invalid')).to.equal('true');
      // Fixing it clears the error as the user types.
      await typeIn(email, 'exemple.com');
      expect(errorOf(email)).to.equal('');
      expect(controlOf(email).getAttribute('aria-invalid')).to.equal('false');
    });

    it('blocks submit, shows every error, and moves focus to the first invalid field [wcag:2.4.3,3.3.1]', async () => {
      const { form, fields, submits } = await formFixture(
        html`<form>
          <qc-textfield label="Prénom" name="prenom" value="Léa"></qc-textfield>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
          <qc-textfield label="Courriel" name="courriel" type="email" required></qc-textfield>
        </form>`,
      );
      const invalidSubmit = oneEvent(form, 'qc-invalid-submit');
      await attemptSubmit(form);
      const event = (await invalidSubmit) as CustomEvent<InvalidSubmitDetail>;
      expect(submits).to.have.length(0);
      expect(event.detail.errors.map((e) => e.message)).to.deep.equal([
        'Le champ Nom est obligatoire.',
        'Le champ Courriel est obligatoire.',
      ]);
      expect(document.activeElement).to.equal(controlOf(fields[1]!));
      expect(errorOf(fields[0]!)).to.equal('');
    });

    it('never lets the native validation bubble appear (invalid is cancelled)', async () => {
      const { form, field: el } = await formFixture(
        html`<form><qc-textfield label="Nom" name="nom" required></qc-textfield></form>`,
      );
      const invalid = oneEvent(controlOf(el), 'invalid');
      form.requestSubmit();
      const event = await invalid;
      expect(event.defaultPrevented).to.equal(true);
    });

    it('shows a server error at load, linked and announced as invalid, cleared by typing [wcag:3.3.1,4.1.3]', async () => {
      const {
        form,
        field: el,
        submits,
      } = await formFixture(
        html`<form>
          <qc-textfield label="Courriel" invalid invalid-text="Cette adresse est déjà utilisée.">
            <input name="courriel" type="email" value="lea@exemple.com" />
          </qc-textfield>
        </form>`,
      );
      const input = controlOf(el);
      expect(errorOf(el)).to.equal('Cette adresse est déjà utilisée.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(input)).to.deep.equal(['Erreur : Cette adresse est déjà utilisée.']);
      await typeIn(el, 'x');
      expect(errorOf(el)).to.equal('');
      expect(el.invalid).to.equal(false);
      expect(el.hasAttribute('invalid')).to.equal(false);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      await attemptSubmit(form);
      expect(submits, 'the value is valid: the form submits').to.have.length(1);
    });

    it('drops an error fixed without an event (a framework set the value) on the next submit attempt [wcag:3.3.1]', async () => {
      const { form, fields, submits } = await formFixture(
        html`<form>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
          <qc-textfield label="Ville" name="ville" required></qc-textfield>
        </form>`,
      );
      await attemptSubmit(form);
      controlOf(fields[0]!).value = 'Tremblay';
      await attemptSubmit(form);
      expect(errorOf(fields[0]!), 'still invalid elsewhere: this one is fixed').to.equal('');
      expect(errorOf(fields[1]!)).to.equal('Le champ Ville est obligatoire.');
      controlOf(fields[1]!).value = 'Québec';
      await attemptSubmit(form);
      expect(submits).to.have.length(1);
      expect(errorOf(fields[1]!), 'the form was valid: no error left').to.equal('');
    });

    it('leaves a novalidate form to the author: no message on leaving or submitting, app errors still show [wcag:3.3.1]', async () => {
      const {
        form,
        field: el,
        submits,
      } = await formFixture(
        html`<form novalidate>
          <qc-textfield label="Courriel" name="courriel" type="email" required></qc-textfield>
        </form>`,
      );
      await typeIn(el, 'lea@');
      await leave(el);
      expect(errorOf(el)).to.equal('');
      await attemptSubmit(form);
      expect(submits, 'the browser does not validate either').to.have.length(1);
      expect(errorOf(el)).to.equal('');
      el.invalidText = 'Adresse refusée par le service.';
      el.invalid = true;
      await el.updateComplete;
      expect(errorOf(el)).to.equal('Adresse refusée par le service.');
    });

    it('restores values and clears errors on form.reset() [wcag:3.3.1]', async () => {
      const { form, fields } = await formFixture(
        html`<form>
          <qc-textfield label="Nom" name="nom" required></qc-textfield>
          <qc-textfield label="Ville" name="ville" value="Québec"></qc-textfield>
        </form>`,
      );
      await typeIn(fields[1]!, ' Ouest');
      await attemptSubmit(form);
      expect(errorOf(fields[0]!)).to.not.equal('');
      form.reset();
      await aTimeout(10);
      expect(errorOf(fields[0]!)).to.equal('');
      expect(controlOf(fields[0]!).getAttribute('aria-invalid')).to.equal('false');
      expect(controlOf(fields[1]!).value).to.equal('Québec');
    });
  });

  describe('constraint messages', () => {
    const cases: Array<{ name: string; field: TemplateResult; typed?: string; fr: string; en: string }> = [
      {
        name: 'required',
        field: html`<qc-textfield label="Nom" name="nom" required></qc-textfield>`,
        fr: 'Le champ Nom est obligatoire.',
        en: 'The Nom field is required.',
      },
      {
        name: 'email',
        field: html`<qc-textfield label="Courriel" name="c" type="email" value="lea@"></qc-textfield>`,
        fr: 'Entrez une adresse courriel valide, par exemple nom@exemple.com.',
        en: 'Enter a valid email address, like name@example.com.',
      },
      {
        name: 'url',
        field: html`<qc-textfield label="Site Web" name="site" type="url" value="exemple"></qc-textfield>`,
        fr: 'Entrez une adresse Web valide, qui commence par https://.',
        en: 'Enter a valid web address, starting with https://.',
      },
      {
        name: 'pattern with title',
        field: html`<qc-textfield label="Code postal">
          <input name="cp" pattern="[A-Z]\\d[A-Z] \\d[A-Z]\\d" title="A1A 1A1" value="12345" />
        </qc-textfield>`,
        fr: 'Le champ Code postal n’est pas dans le format attendu : A1A 1A1.',
        en: 'The Code postal field is not in the expected format: A1A 1A1.',
      },
      {
        name: 'minlength (after the user typed)',
        field: html`<qc-textfield label="Mot de passe" name="mdp" minlength="8"></qc-textfield>`,
        typed: 'abc',
        fr: 'Entrez au moins 8 caractères (vous en avez 3).',
        en: 'Enter at least 8 characters (you have 3).',
      },
      {
        name: 'min',
        field: html`<qc-textfield label="Âge" name="age" type="number" min="18" value="12"></qc-textfield>`,
        fr: 'Entrez une valeur égale ou supérieure à 18.',
        en: 'Enter a value of 18 or more.',
      },
      {
        name: 'max',
        field: html`<qc-textfield label="Enfants" name="n" type="number" max="20" value="1500"></qc-textfield>`,
        fr: 'Entrez une valeur égale ou inférieure à 20.',
        en: 'Enter a value of 20 or less.',
      },
      {
        name: 'step',
        // Chromium checks the step of a value the user typed, not of the initial value.
        field: html`<qc-textfield label="Heures" name="h" type="number" step="0.5"></qc-textfield>`,
        typed: '1.2',
        fr: 'Entrez une valeur qui est un multiple de 0,5.',
        en: 'Enter a value that is a multiple of 0.5.',
      },
      {
        name: 'whole number',
        field: html`<qc-textfield label="Enfants" name="n" type="number"></qc-textfield>`,
        typed: '1.5',
        fr: 'Entrez un nombre entier.',
        en: 'Enter a whole number.',
      },
      {
        name: 'number badInput (the user typed something that is not a number)',
        field: html`<qc-textfield label="Revenu" name="revenu" type="number"></qc-textfield>`,
        typed: '12e',
        fr: 'Entrez un nombre.',
        en: 'Enter a number.',
      },
    ];

    for (const { name, field, typed, fr, en } of cases) {
      it(`${name}: French by default, English with lang="en" [wcag:3.1.2]`, async () => {
        const french = await messageFor(field, { typed });
        expect(french.message).to.equal(fr);
        const english = await messageFor(field, { typed, lang: 'en' });
        expect(english.message).to.equal(en);
      });
    }

    it('uses French for fr-CA and English for en-CA; a shown error follows a language change [wcag:3.1.2,3.3.1]', async () => {
      const field = html`<qc-textfield label="Nom" name="nom" required></qc-textfield>`;
      expect((await messageFor(field, { lang: 'fr-CA' })).message).to.equal('Le champ Nom est obligatoire.');
      const { el, message } = await messageFor(field, { lang: 'en-CA' });
      expect(message).to.equal('The Nom field is required.');
      expect(part(el, 'error')!.textContent).to.equal('Error: The Nom field is required.');
      el.closest('form')!.setAttribute('lang', 'fr');
      await aTimeout(0);
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.equal('Erreur : Le champ Nom est obligatoire.');
    });

    it('invalid-text replaces every built-in message', async () => {
      const { message } = await messageFor(
        html`<qc-textfield
          label="Courriel"
          name="c"
          type="email"
          value="lea@"
          invalid-text="Entrez votre courriel au travail."
        ></qc-textfield>`,
      );
      expect(message).to.equal('Entrez votre courriel au travail.');
    });
  });

  describe('character counter (max-length)', () => {
    it('shows what is left, singular and plural, in French and English [wcag:3.1.2]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Titre" name="titre" max-length="10"></qc-textfield>`,
      );
      const counter = () => part(el, 'counter')!.textContent;
      expect(counter()).to.equal('10 caractères restants');
      await typeIn(el, 'abcde');
      expect(counter()).to.equal('5 caractères restants');
      await sendKeys({ type: 'abcd' });
      expect(counter()).to.equal('1 caractère restant');
      await sendKeys({ type: 'a' });
      expect(counter()).to.equal('0 caractère restant');
      await sendKeys({ type: 'b' });
      expect(counter()).to.equal('1 caractère en trop');
      await sendKeys({ type: 'c' });
      expect(counter()).to.equal('2 caractères en trop');
      el.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(counter()).to.equal('2 characters over the limit');
      await sendKeys({ press: 'Backspace' });
      expect(counter()).to.equal('1 character over the limit');
      await sendKeys({ press: 'Backspace' });
      expect(counter()).to.equal('0 characters remaining');
      await sendKeys({ press: 'Backspace' });
      expect(counter()).to.equal('1 character remaining');
    });

    it('follows a form reset', async () => {
      const { form, field: el } = await formFixture(
        html`<form>
          <qc-textfield label="Titre" name="titre" max-length="10" value="abc"></qc-textfield>
        </form>`,
      );
      await typeIn(el, 'defghijk');
      expect(part(el, 'counter')!.textContent).to.equal('1 caractère en trop');
      form.reset();
      await aTimeout(10);
      await el.updateComplete;
      expect(part(el, 'counter')!.textContent).to.equal('7 caractères restants');
    });

    it('formats large counts for the language (2 000 / 2,000) [wcag:3.1.2]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Commentaires" max-length="2000"><textarea name="c"></textarea></qc-textfield>`,
      );
      expect(part(el, 'counter')!.textContent).to.equal(
        `${new Intl.NumberFormat('fr').format(2000)} caractères restants`,
      );
      el.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(part(el, 'counter')!.textContent).to.equal('2,000 characters remaining');
    });

    it('links the counter in aria-describedby, after the hint [wcag:1.3.1,3.3.2,4.1.2]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Titre" description="Court" name="titre" max-length="10"></qc-textfield>`,
      );
      expect(describedBy(controlOf(el))).to.deep.equal(['Court', '10 caractères restants']);
      expect(part(el, 'counter')!.previousElementSibling).to.equal(controlOf(el));
    });

    it('announces the count through the shared live region once the user pauses [wcag:4.1.3]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Titre" name="titre" max-length="10"></qc-textfield>`,
      );
      await typeIn(el, 'abc');
      await aTimeout(300);
      expect(announcer()?.textContent ?? '', 'not while typing').to.not.equal('7 caractères restants');
      await aTimeout(1100);
      expect(announcer()!.getAttribute('role')).to.equal('status');
      expect(announcer()!.textContent).to.equal('7 caractères restants');
    });

    it('announces nothing for a field removed before the pause ends [wcag:4.1.3]', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Titre" name="titre" max-length="20"></qc-textfield>`,
      );
      await typeIn(el, 'abcd');
      el.remove();
      await aTimeout(1400);
      expect(announcer()?.textContent ?? '').to.not.equal('16 caractères restants');
    });

    it('blocks submit over the limit with the limit message, and lets it through once fixed [wcag:3.3.1,3.3.3]', async () => {
      const {
        form,
        field: el,
        submits,
      } = await formFixture(
        html`<form>
          <qc-textfield label="Titre" name="titre" max-length="5" value="abcdef"></qc-textfield>
        </form>`,
      );
      await attemptSubmit(form);
      expect(submits).to.have.length(0);
      expect(errorOf(el)).to.equal('La limite de caractères du champ Titre est dépassée.');
      expect(describedBy(controlOf(el))).to.deep.equal([
        'Erreur : La limite de caractères du champ Titre est dépassée.',
        '1 caractère en trop',
      ]);
      controlOf(el).focus();
      controlOf(el).setSelectionRange(6, 6);
      await sendKeys({ press: 'Backspace' });
      expect(errorOf(el)).to.equal('');
      await attemptSubmit(form);
      expect(submits).to.have.length(1);
    });

    it('says the limit message in English [wcag:3.1.2]', async () => {
      const { message } = await messageFor(
        html`<qc-textfield label="Title" name="t" max-length="2" value="abc"></qc-textfield>`,
        { lang: 'en' },
      );
      expect(message).to.equal('The character limit for the Title field has been exceeded.');
    });

    it('keeps the author’s own custom validity', async () => {
      const { form, field: el } = await formFixture(
        html`<form>
          <qc-textfield label="Titre" max-length="5"><input name="titre" value="abc" /></qc-textfield>
        </form>`,
      );
      controlOf(el).setCustomValidity('Ce titre existe déjà.');
      await typeIn(el, 'defg');
      await attemptSubmit(form);
      expect(errorOf(el)).to.equal('Ce titre existe déjà.');
    });

    it('removing max-length removes the counter, its link and the limit', async () => {
      const {
        form,
        field: el,
        submits,
      } = await formFixture(
        html`<form>
          <qc-textfield label="Titre" name="titre" max-length="2" value="abc"></qc-textfield>
        </form>`,
      );
      el.removeAttribute('max-length');
      await el.updateComplete;
      expect(part(el, 'counter')).to.equal(null);
      expect(controlOf(el).hasAttribute('aria-describedby')).to.equal(false);
      await attemptSubmit(form);
      expect(submits).to.have.length(1);
    });

    it('does not set the native maxlength (a soft limit: the user may paste then shorten)', async () => {
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label="Titre" name="titre" max-length="3"></qc-textfield>`,
      );
      await typeIn(el, 'abcdef');
      expect(controlOf(el).value).to.equal('abcdef');
      expect(controlOf(el).hasAttribute('maxlength')).to.equal(false);
    });
  });

  describe('sizes', () => {
    /** The control's rendered width, in px. */
    const widthOf = (el: QcTextfield) => controlOf(el).getBoundingClientRect().width;

    beforeEach(async () => {
      await setViewport({ width: 1200, height: 800 });
    });

    for (const size of ['xs', 'sm', 'md', 'lg', 'xl'] as const) {
      it(`size="${size}" makes the control --qc-size-max-width-${size} wide`, async () => {
        const el = await fixture<QcTextfield>(html`<qc-textfield label="Nom" name="nom" size=${size}></qc-textfield>`);
        expect(widthOf(el)).to.be.closeTo(tokenPx(`--qc-size-max-width-${size}`), 0.5);
      });
    }

    it('defaults to md for an input and lg for a textarea', async () => {
      const input = await fixture<QcTextfield>(html`<qc-textfield label="Nom" name="nom"></qc-textfield>`);
      expect(widthOf(input)).to.be.closeTo(tokenPx('--qc-size-max-width-md'), 0.5);
      const area = await fixture<QcTextfield>(
        html`<qc-textfield label="Note"><textarea name="n"></textarea></qc-textfield>`,
      );
      expect(widthOf(area)).to.be.closeTo(tokenPx('--qc-size-max-width-lg'), 0.5);
    });

    it('accepts the size in any case', async () => {
      const el = await fixture<QcTextfield>(html`<qc-textfield label="Nom" name="nom" size="XL"></qc-textfield>`);
      expect(widthOf(el)).to.be.closeTo(tokenPx('--qc-size-max-width-xl'), 0.5);
    });

    it('is never wider than its column', async () => {
      const el = await fixture<QcTextfield>(
        html`<div style="width: 200px"><qc-textfield label="Nom" name="nom" size="xl"></qc-textfield></div>`,
      );
      expect(widthOf(el.querySelector('qc-textfield')!)).to.be.closeTo(200, 0.5);
    });

    it('keeps its size in a page that uses the @qc-ds/styles base styles (.qc-ds)', async () => {
      await withStylesheet('/packages/styles/dist/base.css', async () => {
        const wrapper = await fixture(
          html`<div class="qc-ds">
            <qc-textfield label="Code postal" name="cp" size="sm"></qc-textfield>
            <qc-textfield label="Nom" name="nom"></qc-textfield>
          </div>`,
        );
        const [sm, md] = [...wrapper.querySelectorAll<QcTextfield>('qc-textfield')] as [QcTextfield, QcTextfield];
        expect(getComputedStyle(controlOf(sm)).maxWidth, 'base.css applies').to.equal('100%');
        expect(widthOf(sm)).to.be.closeTo(tokenPx('--qc-size-max-width-sm'), 0.5);
        expect(widthOf(md)).to.be.closeTo(tokenPx('--qc-size-max-width-md'), 0.5);
      });
    });

    it('falls back to the default with one warning for an invalid size', async () => {
      let el: QcTextfield | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcTextfield>(html`<qc-textfield label="Nom" name="nom" size="huge"></qc-textfield>`);
        el.label = 'Nom complet';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('size="huge"');
      expect(widthOf(el!)).to.be.closeTo(tokenPx('--qc-size-max-width-md'), 0.5);
    });

    it('names lg as the fallback of a textarea', async () => {
      const warnings = await captureWarnings(() =>
        fixture(html`<qc-textfield label="Note" size="énorme"><textarea name="n"></textarea></qc-textfield>`),
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('Using "lg"');
    });
  });

  describe('keyboard and forms', () => {
    it('Enter in a text field submits a form with two text fields and a submit button [wcag:2.1.1]', async () => {
      const { fields, submits } = await formFixture(
        html`<form>
          <qc-textfield label="Prénom" name="prenom"></qc-textfield>
          <qc-textfield label="Nom" name="nom"></qc-textfield>
          <qc-button type="submit">Envoyer</qc-button>
        </form>`,
      );
      await typeIn(fields[0]!, 'Léa');
      await sendKeys({ press: 'Enter' });
      await aTimeout(10);
      expect(submits).to.have.length(1);
      const data = new FormData(fields[0]!.closest('form')!);
      expect(data.get('prenom')).to.equal('Léa');
      expect(data.get('nom')).to.equal('');
    });

    it('Enter in a textarea adds a line instead of submitting [wcag:2.1.1]', async () => {
      const { field: el, submits } = await formFixture(
        html`<form>
          <qc-textfield label="Commentaires"><textarea name="c"></textarea></qc-textfield>
          <button>Envoyer</button>
        </form>`,
      );
      await typeIn(el, 'a');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'b' });
      expect(controlOf(el).value).to.equal('a\nb');
      expect(submits).to.have.length(0);
    });

    it('is disabled by <fieldset disabled> and by its own disabled attribute [wcag:1.3.1]', async () => {
      const { form, fields } = await formFixture(
        html`<form>
          <fieldset disabled><qc-textfield label="Nom" name="nom" value="Tremblay"></qc-textfield></fieldset>
          <qc-textfield label="Dossier" name="dossier" value="123" disabled></qc-textfield>
        </form>`,
      );
      expect(controlOf(fields[0]!).matches(':disabled')).to.equal(true);
      expect(controlOf(fields[1]!).disabled).to.equal(true);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      fields[1]!.disabled = false;
      await fields[1]!.updateComplete;
      expect(controlOf(fields[1]!).disabled).to.equal(false);
      expect(new FormData(form).get('dossier')).to.equal('123');
    });

    it('input and change reach the page from the native control, once each', async () => {
      const el = await fixture<QcTextfield>(html`<qc-textfield label="Nom" name="nom"></qc-textfield>`);
      const inputs: Event[] = [];
      const changes: Event[] = [];
      const onInput = (event: Event) => inputs.push(event);
      const onChange = (event: Event) => changes.push(event);
      document.addEventListener('input', onInput);
      document.addEventListener('change', onChange);
      try {
        await typeIn(el, 'abc');
        await leave(el);
      } finally {
        document.removeEventListener('input', onInput);
        document.removeEventListener('change', onChange);
      }
      expect(inputs.map((e) => e.target)).to.deep.equal([controlOf(el), controlOf(el), controlOf(el)]);
      expect(changes.map((e) => e.target)).to.deep.equal([controlOf(el)]);
    });
  });

  describe('bad input', () => {
    it('shows hostile label, description and invalid-text as text', async () => {
      const { form, field: el } = await formFixture(
        html`<form>
          <qc-textfield
            label=${hostile}
            description=${hostile}
            invalid-text=${hostile}
            name="x"
            required
          ></qc-textfield>
        </form>`,
      );
      await attemptSubmit(form);
      expect(el.querySelector('img')).to.equal(null);
      expect(part(el, 'label')!.textContent).to.equal(`${hostile} *`);
      expect(part(el, 'hint')!.textContent).to.equal(hostile);
      expect(errorOf(el)).to.equal(hostile);
    });

    it('warns once when the field has no label, and not when the author wrote one', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcTextfield>(html`<qc-textfield name="anonyme"></qc-textfield>`);
        el.description = 'Aide';
        await el.updateComplete;
        await aTimeout(10);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no label');
      const none = await captureWarnings(async () => {
        await fixture(
          html`<qc-textfield
            ><label>Nom <input name="nom" /></label
          ></qc-textfield>`,
        );
        await aTimeout(10);
      });
      expect(none).to.deep.equal([]);
    });

    it('warns once for an invalid max-length and applies no limit', async () => {
      let el: QcTextfield | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcTextfield>(
          html`<qc-textfield label="Nom" name="nom" max-length="beaucoup"></qc-textfield>`,
        );
        el.label = 'Nom complet';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('max-length');
      expect(part(el!, 'counter')).to.equal(null);
    });

    it('wraps a huge label and hint within a 320 px viewport (no horizontal overflow) [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = `${'Renseignements '.repeat(20)}${'x'.repeat(120)}`;
      const el = await fixture<QcTextfield>(
        html`<qc-textfield label=${long} description=${long} name="long" size="xl"></qc-textfield>`,
      );
      const label = part(el, 'label')!;
      expect(label.getBoundingClientRect().height).to.be.greaterThan(100);
      for (const node of [label, part(el, 'hint')!, controlOf(el)]) {
        expect(node.getBoundingClientRect().right).to.be.at.most(320);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('takes huge values and empty attributes without breaking', async () => {
      const huge = 'é'.repeat(100_000);
      let el: QcTextfield | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcTextfield>(
          html`<qc-textfield label="" description="" size="" max-length="100" name="n" value=${huge}></qc-textfield>`,
        );
        await aTimeout(10);
      });
      expect(warnings, 'only the missing label').to.have.length(1);
      expect(warnings[0]).to.contain('no label');
      expect(controlOf(el!).value).to.have.length(100_000);
      expect(part(el!, 'counter')!.textContent).to.equal(
        `${new Intl.NumberFormat('fr').format(99_900)} caractères en trop`,
      );
    });
  });

  describe('frameworks replacing children', () => {
    it('re-wires a replaced input: label, hint and error follow the new control [wcag:1.3.1,3.3.1,3.3.2]', async () => {
      const { form, field: el } = await formFixture(
        html`<form>
          <qc-textfield label="Nom" description="Aide" required><input name="nom" /></qc-textfield>
        </form>`,
      );
      await attemptSubmit(form);
      const fresh = document.createElement('input');
      fresh.name = 'nom';
      controlOf(el).replaceWith(fresh);
      await aTimeout(0);
      expect(fresh.labels?.[0]?.textContent).to.equal('Nom *');
      expect(describedBy(fresh)[0]).to.equal('Aide');
      expect(el.querySelectorAll('label')).to.have.length(1);
      await attemptSubmit(form);
      expect(errorOf(el)).to.equal('Le champ Nom est obligatoire.');
    });

    it('points an adopted label (written without for) at the input that replaced the first one', async () => {
      const el = await fixture<QcTextfield>(html`<qc-textfield><label>Nom</label><input name="nom" /></qc-textfield>`);
      const fresh = document.createElement('input');
      fresh.name = 'nom';
      controlOf(el).replaceWith(fresh);
      await aTimeout(0);
      expect(fresh.id).to.not.equal('');
      expect(fresh.labels?.[0]?.textContent).to.equal('Nom');
      expect(el.querySelectorAll('label')).to.have.length(1);
    });
  });
});
