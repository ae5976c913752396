import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../internal/field-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field/controller.js';
import { groupRequiredValidator } from '../internal/validators/group-required.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { withValidationStrings } from '../internal/validation.js';
import { checkboxStyles } from '../checkbox/checkbox.styles.js';
import { choiceGroupStyles } from './choice-group.styles.js';

// One object for every instance (the merge is the same for all).
const fieldStrings = withValidationStrings({ fr: {}, en: {} });

const choiceSelector = 'input[type="radio"], input[type="checkbox"]';

/**
 * A group of radios or checkboxes under a legend: native `<input>`s in the light DOM, each in its
 * `<label>` (`<label><input type="radio" value="1"> <span>Option 1</span></label>`, the incumbent's
 * markup), or an `<input id>` with a `<label for>` beside it.
 *
 * The element is the group: `role="radiogroup"` for radios (`group` for checkboxes), named by its
 * `legend`, described by the hint and the error message it adds before the items. It sets `name`
 * on the items that lack it. Everything else is the browser's: form data (`getAll(name)` for
 * several checkboxes), reset, arrow keys between radios, Space to check, framework bindings on the
 * inputs; `input` and `change` reach the page from the inputs themselves.
 *
 * `required`: radios use the native `required` (one must be chosen); for checkboxes at least one
 * must be checked. The error « Sélectionnez une réponse pour … » appears on a submit attempt or when
 * the user leaves the group after unchecking everything, never on load. `invalid` + `invalid-text`
 * show a server's error at load; it goes away as soon as an item is checked (as in the incumbent).
 *
 * Layout: one column by default; `column-count` columns (one on screens narrower than 768 px);
 * `inline` on one wrapping row; `selection-button` turns each label into a bordered tile whose
 * content can use the incumbent's classes `.qc-tile`, `.qc-tile-text` and `.qc-tile-description`.
 *
 * @summary Group of radios or checkboxes with a legend, hint, validation and tile layouts.
 *
 * @slot - The items: `<label>` elements wrapping an `<input type="radio">` or `<input type="checkbox">` and its text.
 *
 * @cssprop --qc-field-choice-size - Size of each box (24 px; `compact`: `--qc-field-choice-size-compact`, 16 px).
 *
 * @event {Event} change - Native `change` of the input the user checked, bubbling from it to the page.
 * @event {Event} input - Native `input` of the input the user checked.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcChoiceGroup extends QcFieldElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, checkboxStyles, choiceGroupStyles];

  /**
   * The base rules and at least one checked box when `required`.
   * @internal
   */
  static override validators = [...QcFieldElement.validators, groupRequiredValidator];

  /** `name` given to every item that has none (they share it, so the form sends them under one name). */
  @property() name: string | null = null;
  /** The group's name, shown above the items (text only, never HTML). */
  @property() legend = '';
  /** An answer is required: one radio, or at least one checkbox. Adds a mark to the legend. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) override required = false;
  /** Smaller boxes (16 px); each label keeps a 24 px target. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) compact = false;
  /** Items on one wrapping row instead of a column. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) inline = false;
  /** Items as bordered tiles (« boutons de sélection »). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter, attribute: 'selection-button' })
  selectionButton = false;
  /** Number of grid columns (a whole number, 1 by default); one column on narrow screens. */
  @property({ type: Number, attribute: 'column-count' }) columnCount: number | null = null;

  private readonly localize = new LocalizeController(this, fieldStrings);
  private readonly field: FieldController;
  private readonly namedByUs = new WeakSet<Element>();

  constructor() {
    super();
    this.field = new FieldController(this, this.localize as LocalizeController<never>, {
      mode: 'group',
      controls: () => this.items,
      prepare: (controls) => this.nameItems(controls as HTMLInputElement[]),
    });
  }

  /** The radios and checkboxes of the group, in document order. */
  get items(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(choiceSelector)];
  }

  /**
   * The values of the checked items (one at most for radios). Setting it checks the items whose
   * value is given (a string or a list) and unchecks the others, without events, like setting
   * `checked` on the inputs.
   */
  get value(): string[] {
    return this.items.filter((item) => item.checked).map((item) => item.value);
  }
  set value(value: string | readonly string[] | null | undefined) {
    const wanted = value === null || value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
    for (const item of this.items) item.checked = wanted.includes(item.value);
    this.field.refreshValidity();
    // The field controller re-checks a shown error after an update.
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcChoiceGroup);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columnCount')) {
      const raw = this.getAttribute('column-count');
      if (this.columnCount !== null && this.columns === 1 && this.columnCount !== 1 && raw?.trim() !== '') {
        this.warnOnce(
          `column-count:${String(raw ?? this.columnCount)}`,
          `invalid column-count="${String(raw ?? this.columnCount)}"; expected a whole number of 1 or more. Using 1.`,
        );
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('columnCount')) {
      // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      if (this.columns > 1) this.style.setProperty('--qc-choice-group-column-count', String(this.columns));
      else this.style.removeProperty('--qc-choice-group-column-count');
    }
  }

  /** The number of columns to draw: `column-count` when it is a whole number ≥ 1, else 1. */
  private get columns(): number {
    const count = this.columnCount;
    return typeof count === 'number' && Number.isInteger(count) && count >= 1 ? count : 1;
  }

  /** At every sync (first render, attribute changes, items replaced by a framework). */
  private nameItems(items: HTMLInputElement[]): void {
    const name = this.name?.trim() ?? '';
    for (const item of items) {
      if (name && (!item.getAttribute('name') || this.namedByUs.has(item))) {
        if (item.name !== name) item.name = name;
        this.namedByUs.add(item);
      }
    }
    if (!name && items.some((item) => item.type === 'radio' && !item.name)) {
      this.warnOnce('no-name', 'radios without a `name` do not form a group: give the element or each radio a name.');
    }
  }
}
