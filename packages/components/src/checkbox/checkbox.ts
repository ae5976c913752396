import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../internal/field-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field/controller.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { withValidationStrings, type NativeControl } from '../internal/validation.js';
import { checkboxStyles } from './checkbox.styles.js';
import { authoredChoiceLabel } from './choice.js';
import { PART } from '../internal/part.js';

// One object for every instance (the merge is the same for all).
const fieldStrings = withValidationStrings({ fr: {}, en: {} });

/**
 * A single checkbox: a native `<input type="checkbox">` in the light DOM, inside its `<label>`,
 * with an optional hint and an error message as real elements beside it, linked by
 * `aria-describedby`.
 *
 * Wrap the checkbox you write (`<qc-checkbox required><label><input type="checkbox" name="consentement"
 * value="oui"> <span>J’accepte les conditions</span></label></qc-checkbox>`, the incumbent's markup),
 * or let the element create it from `name`, `value`, `label` and `checked`. The author's label is
 * adopted, never duplicated; its text is the checkbox's accessible name. The browser does the rest:
 * form data (`name=value` when checked), reset, back/forward restore, Space to toggle, and framework
 * bindings on the input (`v-model`, `formControlName`, React `checked`/`onChange`).
 *
 * `checked` sets the created input's default state, like the native `checked` attribute (reset
 * restores it); the `checked` property reads and sets the live state. `required` means the box must
 * be checked (consent): the error « Cochez la case … » appears on a submit attempt, never on load.
 * `invalid` + `invalid-text` show a server's error at load; it goes away as soon as the box is checked.
 *
 * @summary Single checkbox with its label, hint and validation (e.g. consent).
 *
 * @slot - One `<label>` wrapping an `<input type="checkbox">` and its text (or an input with a `<label for>`); created when absent.
 *
 * @cssprop --qc-field-choice-size - Size of the box (24 px; `compact`: `--qc-field-choice-size-compact`, 16 px).
 * @cssprop --qc-field-choice-border-width - Border of the box (2 px; `compact`: 1 px).
 *
 * @event {Event} change - Native `change` of the input, bubbling from it to the page.
 * @event {Event} input - Native `input` of the input.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcCheckbox extends QcFieldElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, checkboxStyles];

  /** Text of the created label (text only, never HTML). Leave empty when you write your own `<label>`. */
  @property() label = '';
  /** `name` of the created input. */
  @property() name: string | null = null;
  /** `value` of the created input (what the form sends when checked; the browser's default is `on`). */
  @property() value: string | null = null;
  /** Attribute `checked`: the created input starts checked (its default state, restored by a form reset). */
  @property({ type: Boolean, attribute: 'checked', converter: booleanConverter }) defaultChecked = false;
  /** Smaller box (16 px); the label keeps a 24 px target. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) compact = false;

  private readonly localize = new LocalizeController(this, fieldStrings);
  private readonly field: FieldController;
  private createdText: HTMLElement | undefined;
  private labelCheckScheduled = false;

  constructor() {
    super();
    this.field = new FieldController(this, this.localize as LocalizeController<never>, {
      create: () => this.createControl(),
      prepare: (controls) => this.markLabel(controls),
    });
  }

  /** The native checkbox (created or the author's). */
  get control(): HTMLInputElement | null {
    return this.querySelector('input[type="checkbox"]');
  }

  /** The live checked state of the checkbox (setting it fires no event, as on a native input). */
  get checked(): boolean {
    return this.control?.checked ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    const control = this.control;
    if (control) control.checked = checked;
    else this.defaultChecked = checked;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcCheckbox);
  }

  protected override updated(): void {
    const control = this.control;
    if (control?.getAttribute(PART) === 'control') this.mirror(control);
    if (this.createdText) this.createdText.textContent = this.label ?? '';
    this.scheduleLabelCheck();
  }

  /** The terse API: `<label><input type="checkbox"><span>label</span></label>`, from the host's attributes. */
  private createControl(): NativeControl {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    this.mirror(input);
    const text = document.createElement('span');
    text.setAttribute(PART, 'text');
    text.textContent = this.label ?? '';
    this.createdText = text;
    label.append(input, text);
    this.append(label);
    return input;
  }

  /** Copies the host's attributes to the input it created (native semantics: `checked` is the default state). */
  private mirror(input: HTMLInputElement): void {
    for (const [name, value] of [
      ['name', this.name],
      ['value', this.value],
    ] as const) {
      if (value === null || value === undefined) input.removeAttribute(name);
      else if (input.getAttribute(name) !== value) input.setAttribute(name, value);
    }
    if (input.defaultChecked !== this.defaultChecked) input.defaultChecked = this.defaultChecked;
  }

  /** Marks the author's label as required (`requiredValidator` puts `required` on the checkbox). */
  private markLabel(controls: NativeControl[]): void {
    const control = controls[0];
    if (!(control instanceof HTMLInputElement)) return;
    const label = authoredChoiceLabel(control, this);
    const mark = this.querySelector<HTMLElement>(`[${PART}="required-mark"]`);
    if (this.required && label) {
      if (mark?.parentElement === label && !mark.nextSibling) return;
      const el = mark ?? document.createElement('span');
      el.className = 'qc-required-mark';
      el.setAttribute(PART, 'required-mark');
      el.setAttribute('aria-hidden', 'true');
      el.textContent = '*';
      label.append(el);
    } else {
      mark?.remove();
    }
  }

  /** One developer warning when the checkbox ends up without a label text (a task later: frameworks add it late). */
  private scheduleLabelCheck(): void {
    if (this.labelCheckScheduled) return;
    this.labelCheckScheduled = true;
    setTimeout(() => {
      const control = this.control;
      if (!control || !this.isConnected) {
        this.labelCheckScheduled = false;
        return;
      }
      const named =
        this.field.labelText() || control.getAttribute('aria-label')?.trim() || control.hasAttribute('aria-labelledby');
      if (!named)
        this.warnOnce(
          'no-label',
          'the checkbox has no label: give it a `label` attribute or a <label> around its input.',
        );
    });
  }
}
