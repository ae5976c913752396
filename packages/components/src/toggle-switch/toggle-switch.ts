import type { ComplexAttributeConverter, PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../internal/field-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field/controller.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { withValidationStrings, type NativeControl } from '../internal/validation.js';
import { toggleSwitchStrings } from './toggle-switch.strings.js';
import { toggleSwitchStyles } from './toggle-switch.styles.js';
import { PART } from '../internal/part.js';

// One object for every instance (the merge is the same for all).
const fieldStrings = withValidationStrings(toggleSwitchStrings);

export const toggleSwitchTextAligns = ['start', 'end'] as const;
export type ToggleSwitchTextAlign = (typeof toggleSwitchTextAligns)[number];

/** What a switch takes from the `qc-toggle-switch-group` around it when it does not say otherwise. */
export interface ToggleSwitchDefaults {
  disabled: boolean;
  justified: boolean;
  textAlign: ToggleSwitchTextAlign;
}

/**
 * A boolean attribute that remembers whether it was given at all: absent → `null` (take the
 * group's default), present → `true`, `"false"` → `false` (even in a justified group).
 */
export const optionalBooleanConverter: ComplexAttributeConverter<boolean | null> = {
  fromAttribute: (value: string | null) => (value === null ? null : booleanConverter.fromAttribute!(value, Boolean)),
  toAttribute: (value: boolean | null) => (value === null || value === undefined ? null : value ? '' : 'false'),
};

/** Reads a group's defaults from its attributes, for a group not upgraded yet (no warnings here: the group warns). */
export function defaultsFromAttributes(group: Element | null): ToggleSwitchDefaults {
  const align = group?.getAttribute('text-align')?.trim().toLowerCase();
  return {
    disabled: booleanConverter.fromAttribute!(group?.getAttribute('disabled') ?? null, Boolean),
    justified: booleanConverter.fromAttribute!(group?.getAttribute('justified') ?? null, Boolean),
    textAlign: align === 'end' ? 'end' : 'start',
  };
}

/**
 * A switch: a native `<input type="checkbox" role="switch">` in the light DOM, drawn as a track and
 * a thumb, for a setting that takes effect on its own (« Recevoir les avis par courriel »). The
 * accessibility tree says "switch", its name and on/off; Space toggles it (natively); Enter does
 * not submit the form (browsers submit on Enter in a checkbox; a switch prevents it). The form
 * receives `name=value` only when the switch is on, and `form.reset()` restores it, as for any
 * checkbox. `change` and `input` are the input's own events, bubbling to the page.
 *
 * Write your own control (`<qc-toggle-switch><label><input type="checkbox" role="switch" name="avis"> Avis</label></qc-toggle-switch>`,
 * adopted as is, `role="switch"` added if missing) or let the element create it from `name`,
 * `value`, `label`, `checked`. In a `qc-toggle-switch-group`, `disabled`, `justified` and
 * `text-align` default to the group's; the switch's own attribute wins (`justified="false"`
 * included).
 *
 * @summary On/off switch over a native checkbox, with label, hint and error.
 *
 * @slot - The native `<input type="checkbox">` (with its `<label>`); created when absent.
 *
 * @cssprop --qc-field-switch-width - Track width (56 px).
 * @cssprop --qc-field-switch-height - Track height (32 px); the thumb is 4 px smaller.
 *
 * @event {Event} change - The native `change` of the checkbox (bubbles from the input), when the user toggles it.
 * @event {Event} input - The native `input` of the checkbox.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcToggleSwitch extends QcFieldElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, toggleSwitchStyles];

  /** Label text (text only, never HTML). Leave empty when you write your own `<label>`. */
  @property() label = '';
  /** `name` of the created checkbox. */
  @property() name: string | null = null;
  /** `value` of the created checkbox, sent as `name=value` when on (`on` when absent, as natively). */
  @property() value: string | null = null;
  /** Initial state of the created checkbox (attribute `checked`, like `input.defaultChecked`); reset restores it. */
  @property({ attribute: 'checked', converter: booleanConverter }) defaultChecked = false;
  /** Disables the switch (also when its group is disabled). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) override disabled = false;
  /** Label at one end, switch at the other. Absent: the group's value; `justified="false"` overrides a justified group. */
  @property({ converter: optionalBooleanConverter }) justified: boolean | null = null;
  /** Side of the label text: `start` (before the switch, default) or `end` (after it). Absent: the group's value. */
  @property({ attribute: 'text-align' }) textAlign: string | null = null;

  private readonly localize = new LocalizeController(this, fieldStrings);
  private pendingChecked: boolean | undefined;

  constructor() {
    super();
    new FieldController(this, this.localize as LocalizeController<never>, {
      create: () => this.createControl(),
      prepare: (controls) => {
        // The author's (or a framework's fresh) checkbox becomes a switch for assistive technology.
        for (const control of controls)
          if (control.getAttribute('role') !== 'switch') control.setAttribute('role', 'switch');
      },
      disabled: () => this.effectiveDisabled,
    });
    this.addEventListener('keydown', this.onKeydown);
  }

  /** The native checkbox (created or the author's). */
  get control(): HTMLInputElement | null {
    return this.querySelector('input[type="checkbox" i]');
  }

  /** Whether the switch is on now (the checkbox's live `checked`). Setting it fires no event, as natively. */
  get checked(): boolean {
    return this.control?.checked ?? this.pendingChecked ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    const control = this.control;
    if (control) control.checked = checked;
    else this.pendingChecked = checked;
  }

  /** The defaults of the `qc-toggle-switch-group` around this switch (none: not disabled, not justified, `start`). */
  private get groupDefaults(): ToggleSwitchDefaults {
    const group = this.closest('qc-toggle-switch-group') as
      (Element & { switchDefaults?: ToggleSwitchDefaults }) | null;
    return group?.switchDefaults ?? defaultsFromAttributes(group);
  }

  /** Disabled by its own attribute or its group's. */
  get effectiveDisabled(): boolean {
    return this.disabled || this.groupDefaults.disabled;
  }

  /** `justified` as applied: its own attribute, else the group's. */
  get effectiveJustified(): boolean {
    return this.justified ?? this.groupDefaults.justified;
  }

  /** `text-align` as applied: its own attribute (invalid → `start`, one warning), else the group's. */
  get effectiveTextAlign(): ToggleSwitchTextAlign {
    const own = this.textAlign?.trim();
    return own ? this.validEnum('text-align', own, toggleSwitchTextAligns, 'start') : this.groupDefaults.textAlign;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcToggleSwitch);
    // Moved into or out of a group: take the new defaults.
    this.requestUpdate();
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const control = this.control;
    if (control?.getAttribute(PART) === 'control') this.mirror(control);
    if (control && this.pendingChecked !== undefined) {
      control.checked = this.pendingChecked;
      this.pendingChecked = undefined;
    }
    // Layout hooks for the light-DOM styles, from the applied (own or group) values.
    this.toggleAttribute('data-qc-justified', this.effectiveJustified);
    if (this.effectiveTextAlign === 'end') this.setAttribute('data-qc-text-align', 'end');
    else this.removeAttribute('data-qc-text-align');
  }

  private createControl(): NativeControl {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.setAttribute('role', 'switch');
    this.mirror(input);
    return input;
  }

  /** Copies the host's attributes to the checkbox it created (`checked` as the default state, as natively). */
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

  private readonly onKeydown = (event: KeyboardEvent): void => {
    // Browsers submit the form on Enter in a checkbox (implicit submission); a switch is not a
    // place to send a form from. Space still toggles, natively.
    if (event.key === 'Enter' && event.target === this.control) event.preventDefault();
  };
}
