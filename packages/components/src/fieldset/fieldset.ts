import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field/controller.js';
import { customErrorValidator } from '../internal/validators/custom-error.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { withValidationStrings } from '../internal/validation.js';
import { fieldsetStrings } from './fieldset.strings.js';
import { fieldsetStyles } from './fieldset.styles.js';

const focusable = 'input:not([type="hidden" i]), select, textarea, button';

/**
 * Groups related fields under a legend, as `<fieldset>` does: an address (civic number, street,
 * city, province, postal code), a person's name, contact details. The element itself is the group
 * (`role="group"`, named by the legend, described by the hint and the group's error), in the light
 * DOM: a `<fieldset>` cannot be put around the author's fields without moving them, which would
 * break frameworks that manage those nodes, so the element adds only its legend, hint and error
 * before them and leaves the fields where they are.
 *
 * The group's error is about the group as a whole, usually from the server (`invalid` +
 * `invalid-text` in the HTML: « Cette adresse est introuvable. »): it shows at load, is listed by
 * `qc-error-summary` (its link goes to the group's first field) and goes away when the user changes
 * any field of the group. Each field keeps its own errors.
 *
 * To disable every field at once, put a native `<fieldset disabled>` around the group.
 *
 * @summary Group of fields under a legend, with a hint and a group error.
 *
 * @slot - The fields of the group (`qc-textfield`, `qc-select`…).
 *
 * @status stable
 * @since 0.2.0
 */
export class QcFieldset extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, fieldsetStyles];

  /**
   * Only a server's (or the app's) error: the fields inside validate themselves.
   * @internal
   */
  static validators = [customErrorValidator];

  /** The group's name, shown above its fields (text only, never HTML). */
  @property() legend = '';
  /** Hint shown under the legend and linked to the group (text only). */
  @property() description = '';
  /** Shows `invalid-text` as the group's error now (a server's error); cleared when the user changes a field of the group. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) invalid = false;
  /** The group's error message. */
  @property({ attribute: 'invalid-text' }) invalidText = '';

  private readonly localize = new LocalizeController(this, withValidationStrings(fieldsetStrings));
  private readonly field: FieldController;
  private legendChecked = false;

  constructor() {
    super();
    // The fields inside are fields of their own (controls, labels, errors): the group only names
    // and describes them, and carries the error about them all. Its summary link and focus go to
    // its first enabled field that is shown.
    this.field = new FieldController(this, this.localize as LocalizeController<never>, {
      mode: 'group',
      controls: () => [],
    });
    this.addEventListener('input', this.onEdit);
    this.addEventListener('change', this.onEdit);
  }

  /** The group's error shown now ('' when none). */
  get error(): string {
    return this.field.error;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcFieldset);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    if (this.legendChecked) return;
    this.legendChecked = true;
    // A task later: frameworks may set the legend just after connecting the element.
    setTimeout(() => {
      if (!this.legend?.trim())
        this.warnOnce('no-legend', 'the fieldset has no legend: give it a `legend` attribute that names the group.');
    });
  }

  /** The user changed a field of the group: the server's verdict on the group no longer applies. */
  private readonly onEdit = (event: Event): void => {
    if (this.invalid && event.target instanceof Element && event.target.matches(focusable)) this.invalid = false;
  };
}
