import type { ComplexAttributeConverter, PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { booleanConverter } from '../internal/converters.js';
import { restoreFormState, trackFormState, untrackFormState } from '../internal/form-state.js';
import { uniqueId } from '../internal/ids.js';
import { PART } from '../internal/part.js';
import { mirrorState } from '../internal/validators/required.js';
import { loadSearchDependency } from '../internal/search-dependencies.js';
import { searchInputStrings } from './search-input.strings.js';
import { searchInputStyles } from './search-input.styles.js';

/** The values `size` accepts (the incumbent's field widths). */
export const searchInputSizes = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
export type SearchInputSize = (typeof searchInputSizes)[number];

/** Host attributes copied to the `<input>` the element creates (an author's input is left as written). */
const forwarded = [
  'name',
  'placeholder',
  'autocomplete',
  'maxlength',
  'minlength',
  'pattern',
  'required',
  'readonly',
  'form',
  'list',
  'inputmode',
  'enterkeyhint',
  'spellcheck',
  'dirname',
];

/** `value` is reflected, and an empty value is no attribute at all. */
const valueConverter: ComplexAttributeConverter<string> = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: string) => (value === '' ? null : value),
};

/**
 * A search field: a native `<input type="search">` in the light DOM, with a button that empties it
 * and, optionally, a visible label (a real `<label for>`) and a search icon.
 *
 * Write your own input (`<qc-search-input label="Rechercher un article"><input type="search" name="q"></qc-search-input>`,
 * kept where it is, never moved), or let the element create one from its attributes: `name`,
 * `placeholder`, `value`, `disabled`, `autocomplete` (default `off`, as in the incumbent toolkit),
 * `maxlength`, `minlength`, `pattern`, `required`, `readonly`, `form`, `list`, `inputmode`,
 * `enterkeyhint`, `spellcheck`, `dirname`. The element's `id` stays on the element (scripts and
 * styles that use it keep working); a created input gets the id `<id>-input`.
 *
 * The field is named by `label` (visible), else `aria-label`, else its placeholder, else
 * « Rechercher » / "Search" (with a developer warning: give it a name that says what is searched).
 *
 * The clear button (named by `clear-aria-label`) shows while the field holds text; it empties the
 * field, fires `input` and `qc-change`, and puts the focus back in the field. Escape in the field
 * does what the browser does. The browser does the rest: the value is submitted with the form,
 * `form.reset()` restores it, and what the citizen typed is never replaced by the `value` attribute.
 *
 * @summary Search field (native input type="search") with a clear button, label and search icon.
 *
 * @slot - An optional native `<input type="search">` (and its `<label>`); created when absent.
 *
 * @event {CustomEvent<string>} qc-change - The value changed: after `debounce` ms without typing (at once when `debounce` is 0), and when the field is cleared. `detail` is the value.
 *
 * @cssprop --qc-search-input-max-width - Width of the field when `size` is not set (548 px).
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcSearchInput extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [searchInputStyles];

  /** Visible label text (a real `<label>`; text only, never HTML). Replaces `aria-label` when set. */
  @property() label = '';
  /**
   * Accessible name of the field when there is no visible label (« Rechercher » / "Search" when
   * neither this nor a placeholder is given).
   */
  @property({ attribute: 'aria-label' }) accessibleName: string | null = null;
  /** Accessible name of the clear button (« Effacer le texte » / "Clear text"). */
  @property({ attribute: 'clear-aria-label' }) clearAriaLabel: string | null = null;
  /** `placeholder` of the created input: a hint, never a label (it disappears as the citizen types). */
  @property() placeholder: string | null = null;
  /** Width of the field: `xs`, `sm`, `md`, `lg`, `xl`; default 548 px, never wider than its column. */
  @property({ reflect: true }) size: SearchInputSize | null = null;
  /** Shows a decorative search icon at the start of the field. */
  @property({ attribute: 'left-icon', type: Boolean, converter: booleanConverter }) leftIcon = false;
  /** Disables the field (a disabled field is not submitted). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) disabled = false;
  /**
   * The field's value. The attribute gives the initial value (what `form.reset()` restores); the
   * property follows what the citizen types and is reflected to the attribute.
   */
  @property({ reflect: true, converter: valueConverter }) value = '';
  /** Milliseconds without typing before `qc-change` fires; `0` fires it at every keystroke. */
  @property({ type: Number }) debounce = 0;

  private readonly localize = new LocalizeController(this, searchInputStrings);
  private labelEl: HTMLLabelElement | undefined;
  private iconEl: HTMLElement | undefined;
  private clearEl: HTMLButtonElement | undefined;
  private wired: HTMLInputElement | undefined;
  private form: HTMLFormElement | null = null;
  /** The `aria-label` this element wrote on the input (an author's own is never touched). */
  private ownName: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nameChecked = false;
  /** Set while clear() dispatches its `input` event (it fires its own qc-change at once). */
  private clearing = false;
  /** The input is named by the author or by `label`/`aria-label` (otherwise: a dev warning). */
  private named = false;

  constructor() {
    super();
    // Frameworks may replace the input or remove our parts: wire again.
    new LightDomController(this, {
      config: { childList: true },
      callback: () => {
        if (this.control !== this.wired || this.parts().some((part) => !part.isConnected)) this.requestUpdate();
      },
    });
    this.addEventListener('input', this.onInput);
    this.addEventListener('click', this.onClick);
  }

  /** The native input (the author's or the created one). */
  get control(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  /** Empties the field as the clear button does (fires `input` and `qc-change`), without moving focus. */
  clear(): void {
    const control = this.control;
    if (!control || control.value === '') return;
    control.value = '';
    this.clearing = true;
    try {
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    } finally {
      this.clearing = false;
    }
    this.value = '';
    clearTimeout(this.timer);
    this.emitChange();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcSearchInput);
    trackFormState(this.restorable);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    untrackFormState(this.restorable);
    clearTimeout(this.timer);
    this.listenToForm(null);
  }

  // The light DOM is brought up to date before the update, so what it changes here (the value
  // read from the input) is part of this update rather than a second one.
  protected override willUpdate(changed: PropertyValues<this>): void {
    const size = this.size?.trim().toLowerCase();
    if (changed.has('size') && size && !searchInputSizes.includes(size as SearchInputSize)) {
      this.warnOnce(
        `size:${String(this.size)}`,
        `invalid size="${String(this.size)}"; expected one of ${searchInputSizes.join(', ')}. Using the default width.`,
      );
    }
    if (changed.has('debounce') && !this.validDebounce()) {
      const raw = this.getAttribute('debounce') ?? String(this.debounce);
      this.warnOnce(
        `debounce:${raw}`,
        `invalid debounce="${raw}"; expected a number of milliseconds (0 or more). Using 0.`,
      );
    }
    let control = this.control;
    const first = control !== this.wired;
    if (!control) {
      control = this.createControl();
      this.append(control);
    }
    if (control.getAttribute(PART) === 'control') this.mirror(control);
    if (first) this.adopt(control);
    else if (changed.has('value') && control.value !== this.value) control.value = this.value;
    mirrorState(control, 'disabled', this.disabled);
    this.renderLabel(control);
    this.renderIcon(control);
    this.renderClear(control);
    this.applyName(control);
    this.listenToForm(control.form);
  }

  private validDebounce(): boolean {
    return Number.isFinite(this.debounce) && this.debounce >= 0;
  }

  private createControl(): HTMLInputElement {
    const input = document.createElement('input');
    input.type = 'search';
    input.setAttribute(PART, 'control');
    if (this.id) input.id = `${this.id}-input`;
    // The initial value, as `defaultValue`: what form.reset() restores.
    if (this.value) input.setAttribute('value', this.value);
    return input;
  }

  /** The created input follows the host's attributes (`value` excepted: it is the citizen's). */
  private mirror(input: HTMLInputElement): void {
    for (const name of forwarded) {
      const value = this.getAttribute(name) ?? (name === 'autocomplete' ? 'off' : null);
      if (value === null) input.removeAttribute(name);
      else if (input.getAttribute(name) !== value) input.setAttribute(name, value);
    }
  }

  /** A new input (created, the author's, or a framework's replacement): take its value as it is. */
  private adopt(control: HTMLInputElement): void {
    this.wired = control;
    if (!control.id) control.id = uniqueId('qc-search');
    this.ownName = null;
    // What the citizen typed (or the browser restored) before the upgrade wins over the attribute.
    const untouched = control.value === control.defaultValue;
    if (untouched && this.hasAttribute('value') && control.value !== this.value) control.value = this.value;
    else this.value = control.value;
    // qc-ds keeps what was typed across Back and reload where the browser does not (created inputs).
    if (restoreFormState(this.restorable)) this.value = control.value;
  }

  /** What internal/form-state saves and restores: this field's one control. */
  private readonly restorable = {
    host: this as HTMLElement,
    controls: () => (this.wired?.isConnected ? [this.wired] : []),
    restored: () => {
      if (this.wired) this.value = this.wired.value;
    },
  };

  private parts(): HTMLElement[] {
    return [this.labelEl, this.iconEl, this.clearEl].filter((part): part is HTMLElement => !!part);
  }

  private renderLabel(control: HTMLInputElement): void {
    const text = this.label.trim();
    const authored = [...this.children].some((child) => child instanceof HTMLLabelElement && !child.hasAttribute(PART));
    if (!text || authored) {
      this.labelEl?.remove();
      this.labelEl = undefined;
      return;
    }
    if (!this.labelEl) {
      this.labelEl = document.createElement('label');
      this.labelEl.className = 'qc-search-input-label';
      this.labelEl.setAttribute(PART, 'label');
    }
    this.labelEl.htmlFor = control.id;
    if (this.labelEl.textContent !== text) this.labelEl.textContent = text;
    if (!this.labelEl.isConnected || this.firstElementChild !== this.labelEl) this.prepend(this.labelEl);
  }

  private renderIcon(control: HTMLInputElement): void {
    if (!this.leftIcon) {
      this.iconEl?.remove();
      this.iconEl = undefined;
      return;
    }
    if (!this.iconEl) {
      this.iconEl = document.createElement('qc-icon');
      this.iconEl.setAttribute('icon', 'search-thin');
      this.iconEl.setAttribute('size', 'md');
      // Decorative: hidden before qc-icon upgrades too.
      this.iconEl.setAttribute('aria-hidden', 'true');
      this.iconEl.className = 'qc-search-input-icon';
      this.iconEl.setAttribute(PART, 'icon');
      loadSearchDependency('qc-icon');
    }
    if (this.iconEl.nextElementSibling !== control) control.before(this.iconEl);
  }

  private renderClear(control: HTMLInputElement): void {
    if (!this.clearEl) {
      this.clearEl = document.createElement('button');
      this.clearEl.type = 'button';
      this.clearEl.className = 'qc-search-input-clear';
      this.clearEl.setAttribute(PART, 'clear-button');
      const icon = document.createElement('qc-icon');
      icon.setAttribute('icon', 'xclose');
      icon.setAttribute('size', 'md');
      icon.setAttribute('aria-hidden', 'true');
      this.clearEl.append(icon);
      loadSearchDependency('qc-icon');
    }
    const name = this.clearAriaLabel?.trim() || this.localize.term('searchInputClear');
    if (this.clearEl.getAttribute('aria-label') !== name) this.clearEl.setAttribute('aria-label', name);
    this.clearEl.hidden = control.value === '' || control.disabled || control.readOnly;
    if (this.clearEl.previousElementSibling !== control) control.after(this.clearEl);
  }

  /** Names the input: `label` > `aria-label` > placeholder > built-in; an author's naming is kept. */
  private applyName(control: HTMLInputElement): void {
    const current = control.getAttribute('aria-label');
    const authoredName =
      (current !== null && current !== this.ownName) ||
      control.hasAttribute('aria-labelledby') ||
      [...(control.labels ?? [])].some((label) => label !== this.labelEl);
    const given = this.accessibleName?.trim();
    this.named = authoredName || !!this.labelEl || !!given;
    if (authoredName) {
      this.ownName = null;
      return;
    }
    let name: string | null = null;
    if (!this.labelEl) name = given || (control.placeholder.trim() ? null : this.localize.term('searchInputLabel'));
    if (name === null) control.removeAttribute('aria-label');
    else if (current !== name) control.setAttribute('aria-label', name);
    this.ownName = name;
    if (this.named || this.nameChecked) return;
    this.nameChecked = true;
    // A task later: frameworks may add the label or aria-label just after connecting the element.
    setTimeout(() => {
      if (this.named || !this.isConnected) return;
      this.warnOnce(
        'no-label',
        'the search field has no label: give it `label` (visible) or `aria-label` saying what is searched; a placeholder is not a label.',
      );
    });
  }

  private listenToForm(form: HTMLFormElement | null): void {
    if (form === this.form) return;
    this.form?.removeEventListener('reset', this.onReset);
    this.form = form;
    form?.addEventListener('reset', this.onReset);
  }

  private emitChange(): void {
    this.dispatchEvent(new CustomEvent<string>('qc-change', { detail: this.value, bubbles: true, composed: true }));
  }

  private readonly onInput = (event: Event): void => {
    const control = this.control;
    if (!control || event.target !== control) return;
    this.value = control.value;
    if (this.clearEl) this.clearEl.hidden = control.value === '' || control.disabled || control.readOnly;
    if (this.clearing) return;
    clearTimeout(this.timer);
    const delay = this.validDebounce() ? this.debounce : 0;
    if (delay === 0) this.emitChange();
    else this.timer = setTimeout(() => this.emitChange(), delay);
  };

  private readonly onClick = (event: Event): void => {
    if (!this.clearEl || !(event.target instanceof Node) || !this.clearEl.contains(event.target)) return;
    this.clear();
    this.control?.focus();
  };

  // The browser puts the values back after the reset event: read them a task later.
  private readonly onReset = (): void => {
    setTimeout(() => {
      const control = this.control;
      if (control) this.value = control.value;
      this.requestUpdate();
    });
  };
}
