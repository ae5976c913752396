import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { GroupLegendController } from '../internal/field/legend.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { withValidationStrings } from '../internal/validation.js';
import {
  toggleSwitchTextAligns,
  type ToggleSwitchDefaults,
  type ToggleSwitchTextAlign,
} from '../toggle-switch/toggle-switch.js';
import { toggleSwitchGroupStyles } from './toggle-switch-group.styles.js';

/** `max-width` values the group accepts: a non-negative number with px, rem, em or %. */
const lengthPattern = /^(?:\d+(?:\.\d+)?|\.\d+)(?:px|rem|em|%)$/i;
const maxWidthProperty = '--qc-toggle-switch-group-max-width';

/**
 * Groups `qc-toggle-switch` elements under a legend (« Avis à recevoir »). The host is the group
 * (`role="group"`, named by the legend, described by the hint), in the light DOM like the fields:
 * the switches stay the author's children, in the author's order, so frameworks keep managing them.
 *
 * `disabled` disables every switch. `justified` and `text-align` are defaults for the switches; a
 * switch's own attribute wins (`justified="false"` on one switch keeps it compact in a justified
 * group). `max-width` (px, rem, em or %) caps the group's width, so justified switches line up at
 * that width; absent or invalid, the group is as wide as its content.
 *
 * @summary Group of switches with a legend, shared layout and disabled state.
 *
 * @slot - The `qc-toggle-switch` elements (and anything else that belongs in the group).
 *
 * @cssprop --qc-toggle-switch-group-max-width - The group's maximum width (set from `max-width`; `fit-content` when unset).
 *
 * @status stable
 * @since 0.2.0
 */
export class QcToggleSwitchGroup extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, toggleSwitchGroupStyles];

  /** The group's name, shown above the switches (text only, never HTML). */
  @property() legend = '';
  /** Hint shown under the legend and linked to the group (text only). */
  @property() description = '';
  /** Disables every switch of the group. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) disabled = false;
  /** Default for the switches: label at one end, switch at the other. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) justified = false;
  /** Default for the switches: label text `start` (before the switch) or `end` (after it). Invalid → `start`, one warning. */
  @property({ attribute: 'text-align' }) textAlign: string | null = null;
  /** Maximum width: a length in `px`, `rem`, `em` or `%`. Anything else → as wide as the content, one warning. */
  @property({ attribute: 'max-width' }) maxWidth: string | null = null;

  private readonly localize = new LocalizeController(this, withValidationStrings({ fr: {}, en: {} }));
  private legendChecked = false;

  constructor() {
    super();
    // The switches are fields of their own (label, error, form registration): the group only
    // names and describes them, and passes its defaults down (see `switchDefaults`).
    new GroupLegendController(this, this.localize as LocalizeController<never>);
  }

  /** What the switches inside take when they do not say otherwise. */
  get switchDefaults(): ToggleSwitchDefaults {
    return { disabled: this.disabled, justified: this.justified, textAlign: this.appliedTextAlign };
  }

  private get appliedTextAlign(): ToggleSwitchTextAlign {
    return this.validEnum('text-align', this.textAlign, toggleSwitchTextAligns, 'start');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcToggleSwitchGroup);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('textAlign')) this.validEnum('text-align', this.textAlign, toggleSwitchTextAligns, 'start');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('maxWidth')) this.applyMaxWidth();
    if (changed.has('disabled') || changed.has('justified') || changed.has('textAlign')) {
      for (const item of this.querySelectorAll('qc-toggle-switch')) (item as QcLightElement).requestUpdate?.();
    }
    if (!this.legendChecked) {
      this.legendChecked = true;
      // A task later: frameworks may set the legend just after connecting the element.
      setTimeout(() => {
        if (!this.legend?.trim())
          this.warnOnce('no-legend', 'the group has no legend: give it a `legend` attribute that names the group.');
      });
    }
  }

  /** Sets the width cap through CSSOM (allowed under a strict CSP), never a `style` attribute in markup. */
  private applyMaxWidth(): void {
    const value = this.maxWidth?.trim() ?? '';
    if (value && lengthPattern.test(value)) {
      this.style.setProperty(maxWidthProperty, value);
      return;
    }
    if (this.style.getPropertyValue(maxWidthProperty)) this.style.removeProperty(maxWidthProperty);
    if (value && value.toLowerCase() !== 'fit-content')
      this.warnOnce(
        `max-width:${value}`,
        `invalid max-width="${value}"; expected a length in px, rem, em or % (e.g. "30rem"). Using fit-content.`,
      );
  }
}
