import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../field-element.js';
import { FormCoordinator } from '../form-coordinator.js';
import { LocalizeController } from '../localize.js';
import { QcLightElement } from '../qc-element.js';
import { attemptSubmit, settle } from '../test/form.js';
import { validationMessage, withValidationStrings, type NativeControl } from '../validation.js';
import { mirrorState } from '../validators/required.js';
import { setOwnValidity, type Validator } from '../validators/validator.js';
import { FieldController } from './controller.js';
import { GroupLegendController } from './legend.js';

/** A rule of the tests' own: an even number of characters (the first control carries it). */
const evenValidator: Validator = {
  check(field) {
    const control = field.controls()[0];
    const odd = !!control && control.value.length % 2 === 1;
    return odd ? { message: `${field.labelText()}: even length`, controls: [control] } : null;
  },
};

/** The smallest field: everything read from the host, one validator of its own. */
class QcTestField extends QcFieldElement {
  static override validators = [...QcFieldElement.validators, evenValidator];
  @property() label = '';
  resets = 0;
  readonly localize = new LocalizeController(this, withValidationStrings({ fr: {}, en: {} }));
  readonly field = new FieldController(this, this.localize as LocalizeController<never>);

  get control(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  formResetCallback(): void {
    this.resets += 1;
  }
}
QcTestField.define('qc-test-field');

/** Two parts, one value, one error: the second part must repeat the first. */
class QcTestComposite extends QcFieldElement {
  static override validators = [
    ...QcFieldElement.validators,
    {
      check: (field) => {
        const [a, b] = field.controls();
        return a && b && b.value && a.value !== b.value ? { message: 'Mismatch', controls: [b] } : null;
      },
    } satisfies Validator,
  ];
  @property() label = '';
  readonly localize = new LocalizeController(this, withValidationStrings({ fr: {}, en: {} }));
  readonly field = new FieldController(this, this.localize as LocalizeController<never>, {
    mode: 'composite',
    controls: () => [...this.querySelectorAll('input')],
  });
}
QcTestComposite.define('qc-test-composite');

class QcTestLegend extends QcLightElement {
  @property() legend = '';
  @property() description = '';
  readonly localize = new LocalizeController(this, withValidationStrings({ fr: {}, en: {} }));
  constructor() {
    super();
    new GroupLegendController(this, this.localize as LocalizeController<never>);
  }
}
QcTestLegend.define('qc-test-legend');

const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('internal: setOwnValidity', () => {
  it('sets and clears its own message, and never touches the author’s', () => {
    const input = document.createElement('input');
    setOwnValidity(input, 'Ours');
    expect(input.validationMessage).to.equal('Ours');
    setOwnValidity(input, '');
    expect(input.validity.valid).to.equal(true);
    input.setCustomValidity('Author');
    setOwnValidity(input, 'Ours');
    expect(input.validationMessage).to.equal('Author');
    setOwnValidity(input, '');
    expect(input.validationMessage).to.equal('Author');
  });
});

describe('internal: mirrorState', () => {
  it('takes back only what it set', () => {
    const mine = document.createElement('input');
    const authors = document.createElement('input');
    authors.required = true;
    for (const control of [mine, authors]) mirrorState(control, 'required', true);
    expect([mine.required, authors.required]).to.deep.equal([true, true]);
    for (const control of [mine, authors]) mirrorState(control, 'required', false);
    expect([mine.required, authors.required]).to.deep.equal([false, true]);
  });
});

describe('internal: FieldController with validators', () => {
  it('reads label, hint, required and disabled from the host [wcag:1.3.1,3.3.2]', async () => {
    const el = await fixture<QcTestField>(
      html`<qc-test-field label="Code" description="Deux chiffres" required><input name="code" /></qc-test-field>`,
    );
    const input = el.control!;
    expect(el.querySelector('label')!.htmlFor).to.equal(input.id);
    expect(input.getAttribute('aria-describedby')).to.equal(el.querySelector('.qc-hint')!.id);
    expect(input.required).to.equal(true);
    el.required = false;
    el.disabled = true;
    await el.updateComplete;
    expect([input.required, input.disabled]).to.deep.equal([false, true]);
  });

  it('a listed validator blocks the submit and shows its message; the coordinator resets the field', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        <qc-test-field label="Code"><input name="code" value="a" /></qc-test-field>
      </form>`,
    );
    const el = form.querySelector<QcTestField>('qc-test-field')!;
    await el.updateComplete;
    expect(el.control!.validationMessage).to.equal('Code: even length');
    expect(el.field.error).to.equal('');
    attemptSubmit(form);
    await settle();
    expect(el.field.error).to.equal('Code: even length');
    expect(
      FormCoordinator.of(form)
        .errors()
        .map((error) => error.message),
    ).to.deep.equal(['Code: even length']);
    type(el.control!, 'ab');
    expect(el.field.error).to.equal('');
    type(el.control!, 'abc');
    form.reset();
    await settle();
    expect(el.control!.value).to.equal('a');
    expect([el.field.error, String(el.resets)]).to.deep.equal(['', '1']);
  });

  it('composite: one error, on the wrong part only, checked when the whole field is left [wcag:3.3.1]', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <qc-test-composite label="Courriel"><input /><input /></qc-test-composite>
        <button>Suite</button>
      </div>`,
    );
    const el = wrapper.querySelector<QcTestComposite>('qc-test-composite')!;
    await el.updateComplete;
    const [a, b] = [...el.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
    a.focus();
    type(a, 'x');
    b.focus();
    type(b, 'y');
    // Moving between the parts is not leaving the field.
    expect(el.field.error).to.equal('');
    wrapper.querySelector('button')!.focus();
    expect(el.field.error).to.equal('Mismatch');
    expect(el.getAttribute('role')).to.equal('group');
    expect([a.getAttribute('aria-invalid'), b.getAttribute('aria-invalid')]).to.deep.equal(['false', 'true']);
    expect(el.field.focusTarget === b).to.equal(true);
  });
});

describe('internal: FormCoordinator and plain controls', () => {
  it('leaves plain controls to the browser until a summary asks for them', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input name="a" required /><qc-test-field label="B"><input name="b" /></qc-test-field>
      </form>`,
    );
    const input = form.querySelector('input')!;
    const { localize } = form.querySelector<QcTestField>('qc-test-field')!.field;
    const coordinator = FormCoordinator.of(form);
    let cancelled: boolean | undefined;
    input.addEventListener('invalid', (event) => setTimeout(() => (cancelled = event.defaultPrevented)));
    input.checkValidity();
    await settle();
    expect([cancelled, coordinator.errors().length]).to.deep.equal([false, 0]);
    coordinator.followPlainControls({
      message: (control: NativeControl) => validationMessage(control, localize, 'A'),
      label: () => 'A',
    });
    input.checkValidity();
    await settle();
    expect(cancelled).to.equal(true);
    expect(coordinator.errors().map((error) => error.message)).to.deep.equal(['Le champ A est obligatoire.']);
    type(input, 'ok');
    expect(coordinator.errors()).to.have.length(0);
  });
});

describe('internal: GroupLegendController', () => {
  it('names and describes the group, before the author’s content', async () => {
    const el = await fixture<QcTestLegend>(
      html`<qc-test-legend legend="Avis" description="Choisissez"><p>Contenu</p></qc-test-legend>`,
    );
    const [legend, hint] = [...el.children] as HTMLElement[];
    expect([legend!.textContent, hint!.textContent]).to.deep.equal(['Avis', 'Choisissez']);
    expect(el.getAttribute('role')).to.equal('group');
    expect(el.getAttribute('aria-labelledby')).to.equal(legend!.id);
    expect(el.getAttribute('aria-describedby')).to.equal(hint!.id);
    legend!.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.firstElementChild!.textContent).to.equal('Avis');
  });
});
