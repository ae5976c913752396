import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../internal/field-element.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController, type FieldOptions } from '../internal/field/controller.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { uniqueId } from '../internal/ids.js';
import { announce } from '../internal/announce.js';
import { withValidationStrings, type NativeControl } from '../internal/validation.js';
import { limitValidator, softLimit } from '../internal/validators/limit.js';
import { textfieldStrings } from './textfield.strings.js';
import { textfieldStyles } from './textfield.styles.js';
import { PART } from '../internal/part.js';

// One object for every instance (the merge is the same for all).
const fieldStrings = withValidationStrings(textfieldStrings);

export const textfieldSizes = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
export type TextfieldSize = (typeof textfieldSizes)[number];

/** Attributes copied to the `<input>` the element creates when the author gave none. */
const mirrored = [
  'name',
  'type',
  'placeholder',
  'autocomplete',
  'inputmode',
  'pattern',
  'minlength',
  'min',
  'max',
  'step',
];

/**
 * A text field: a native `<input>` or `<textarea>` in the light DOM, with its label, hint, error
 * message and character counter as real elements beside it, linked by `for` and `aria-describedby`.
 *
 * Wrap the control you write (`<qc-textfield label="Nom"><input name="nom" autocomplete="family-name"></qc-textfield>`),
 * or let the element create an `<input>` from `name`, `type`, `value`, `placeholder`,
 * `autocomplete` (and `inputmode`, `pattern`, `minlength`, `min`, `max`, `step`). An author-written
 * `<label>` is adopted, never duplicated. The browser does the rest: form data, reset, autofill,
 * back/forward restore, and framework bindings on the control (`v-model`, `formControlName`,
 * React `value`/`onChange`) work as on plain HTML.
 *
 * Validation is the browser's: messages come from the control's `ValidityState` in French or
 * English (`invalid-text` replaces them), appear when the user leaves a field they changed or tries
 * to submit, never on load. `invalid` + `invalid-text` in the HTML show a server's error at load;
 * it goes away when the user edits the field. `max-length` is a soft limit: the counter shows what
 * is left (or over), and a value over the limit cannot be submitted.
 *
 * @summary Text field (input or textarea) with label, hint, validation and character counter.
 *
 * @slot - The native `<input>` or `<textarea>` (and optionally its `<label>`); created when absent.
 *
 * @cssprop --qc-size-max-width-md - Width of the control for `size="md"` (likewise xs, sm, lg, xl).
 *
 * @status stable
 * @since 0.2.0
 */
export class QcTextfield extends QcFieldElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, textfieldStyles];

  /**
   * The base rules and the soft `max-length` limit.
   * @internal
   */
  static override validators = [...QcFieldElement.validators, limitValidator];

  /** Label text (text only, never HTML). Leave empty when you write your own `<label>`. */
  @property() label = '';
  /** Width of the control: `xs`, `sm`, `md` (inputs), `lg` (textareas), `xl`. */
  @property({ reflect: true }) size: TextfieldSize | null = null;
  /** Soft character limit: a counter shows what is left; a longer value cannot be submitted. */
  @property({ type: Number, attribute: 'max-length' }) maxLength: number | null = null;
  /** Initial value of the created `<input>` (attribute `value`, like `input.defaultValue`). */
  @property({ attribute: 'value' }) defaultValue: string | null = null;
  /** `name` of the created `<input>`. */
  @property() name: string | null = null;
  /** `type` of the created `<input>` (`text`, `email`, `tel`, `url`, `number`, `password`, `search`). */
  @property() type: string | null = null;
  /** `placeholder` of the created `<input>` (prefer `description`: a placeholder disappears). */
  @property() placeholder: string | null = null;
  /** `autocomplete` of the created `<input>` (`given-name`, `email`, `postal-code`…). */
  @property() autocomplete: string | null = null;

  /**
   * One object for every text field: its functions read the host they are given.
   * @internal
   */
  private static readonly fieldOptions: FieldOptions = {
    create: (host) => (host as QcTextfield).createControl(),
    describedBy: (host) => {
      const { counter } = host as QcTextfield;
      return counter ? [counter] : [];
    },
  };

  private readonly localize = new LocalizeController(this, fieldStrings);
  private readonly field: FieldController;
  private counter: HTMLElement | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.field = new FieldController(this, this.localize as LocalizeController<never>, QcTextfield.fieldOptions);
    this.addEventListener('input', this.onInput);
  }

  /** The native control (created or the author's). */
  get control(): HTMLInputElement | HTMLTextAreaElement | null {
    return this.querySelector('input, textarea');
  }

  /** The control's current value. */
  get value(): string {
    return this.control?.value ?? this.defaultValue ?? '';
  }
  set value(value: string) {
    const control = this.control;
    if (control) control.value = value;
    else this.defaultValue = value;
    this.updateCounter();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcTextfield);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A field removed while the user paused typing announces nothing.
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size'))
      this.validEnum('size', this.size, textfieldSizes, this.control instanceof HTMLTextAreaElement ? 'lg' : 'md');
    if (changed.has('maxLength') && this.maxLength !== null && !(this.maxLength > 0)) {
      this.warnOnce(
        `max-length:${String(this.maxLength)}`,
        `invalid max-length="${String(this.maxLength)}"; expected a positive number. No limit applied.`,
      );
    }
  }

  protected override updated(): void {
    const control = this.control;
    const created = control?.getAttribute(PART) === 'control';
    if (created) this.mirror(control);
    // The field's sync has just brought the validity up to date (controllers update first), unless
    // the created control's value has just followed `value`.
    this.updateCounter(created);
  }

  private createControl(): NativeControl {
    const input = document.createElement('input');
    this.mirror(input);
    return input;
  }

  /** Copies the host's attributes to the control it created (native semantics, e.g. `value` vs dirty). */
  private mirror(input: HTMLInputElement | HTMLTextAreaElement): void {
    for (const name of mirrored) {
      const value = this.getAttribute(name);
      if (value === null) input.removeAttribute(name);
      else if (input.getAttribute(name) !== value) input.setAttribute(name, value);
    }
    const value = this.defaultValue;
    if (value === null) input.removeAttribute('value');
    else if (input.getAttribute('value') !== value) input.setAttribute('value', value);
  }

  private readonly onInput = (event: Event): void => {
    if (event.target !== this.control) return;
    this.updateCounter();
    if (softLimit(this) === null || !this.counter) return;
    // Announce the count once the user pauses typing (GOV.UK's character count does the same).
    clearTimeout(this.announceTimer);
    const text = this.counter.textContent ?? '';
    this.announceTimer = setTimeout(() => announce(text), 1000);
  };

  /** Shows the counter (what is left, or over). */
  private updateCounter(refresh = true): void {
    const control = this.control;
    const limit = softLimit(this);
    // The soft limit is `limitValidator`'s: it follows the value here too (set without an event).
    if (refresh) this.field.refreshValidity();
    if (limit === null || !control) {
      const had = !!this.counter;
      this.counter?.remove();
      this.counter = undefined;
      if (had) this.field.sync();
      return;
    }
    let created = false;
    if (!this.counter) {
      created = true;
      this.counter = document.createElement('div');
      this.counter.className = 'qc-counter';
      this.counter.id = uniqueId('qc-counter');
      this.counter.setAttribute(PART, 'counter');
    }
    if (this.counter.previousElementSibling !== control && control.parentElement === this) control.after(this.counter);
    else if (!this.counter.isConnected) this.append(this.counter);
    const length = control.value.length;
    const over = length > limit;
    const count = Math.abs(limit - length);
    const n = new Intl.NumberFormat(this.localize.lang).format(count);
    this.counter.textContent = over
      ? this.localize.term('charactersOver', n, count)
      : this.localize.term('charactersRemaining', n, count);
    this.counter.classList.toggle('qc-counter-over', over);
    // Link the new counter to the control.
    if (created) this.field.sync();
  }
}
