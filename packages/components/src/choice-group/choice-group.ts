import type { PropertyValues } from 'lit';
import { QcFieldElement } from '../internal/field-element.js';
import { booleanConverter, booleanProperty } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { withValidationStrings } from '../internal/validation.js';
import { checkboxStyles } from '../checkbox/checkbox.styles.js';
import { mirrorRequired } from '../checkbox/choice.js';
import { choiceGroupStyles } from './choice-group.styles.js';

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
 * @event change - Native `change` of the input the user checked, bubbling from it to the page.
 * @event input - Native `input` of the input the user checked.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcChoiceGroup extends QcFieldElement {
  static override properties = {
    name: { type: String },
    legend: { type: String },
    required: booleanProperty,
    compact: booleanProperty,
    inline: booleanProperty,
    selectionButton: { type: Boolean, reflect: true, converter: booleanConverter, attribute: 'selection-button' },
    columnCount: { type: Number, attribute: 'column-count' },
  };

  /** `name` given to every item that has none (they share it, so the form sends them under one name). */
  declare name: string | null;
  /** The group's name, shown above the items (text only, never HTML). */
  declare legend: string;
  /** An answer is required: one radio, or at least one checkbox. Adds a mark to the legend. */
  declare required: boolean;
  /** Smaller boxes (16 px); each label keeps a 24 px target. */
  declare compact: boolean;
  /** Items on one wrapping row instead of a column. */
  declare inline: boolean;
  /** Items as bordered tiles (« boutons de sélection »). */
  declare selectionButton: boolean;
  /** Number of grid columns (a whole number, 1 by default); one column on narrow screens. */
  declare columnCount: number | null;

  private readonly localize = new LocalizeController(this, withValidationStrings({ fr: {}, en: {} }));
  private readonly field: FieldController;
  private readonly requiredByUs = new WeakSet<Element>();
  private readonly namedByUs = new WeakSet<Element>();
  /** The « at least one » message this element set on a checkbox (only ever clear our own). */
  private readonly ownValidity = new WeakMap<HTMLInputElement, string>();
  private watchedForm: HTMLFormElement | null = null;

  constructor() {
    super();
    this.name = null;
    this.legend = '';
    this.compact = false;
    this.inline = false;
    this.selectionButton = false;
    this.columnCount = null;
    this.field = new FieldController(this, this.localize as LocalizeController<never>, {
      mode: 'group',
      controls: () => this.items,
      label: () => this.legend ?? '',
      description: () => this.description ?? '',
      ...this.fieldOptions(),
      disabled: () => this.disabled,
      groupRole: () => (this.items.length > 0 && this.items.every((i) => i.type === 'radio') ? 'radiogroup' : 'group'),
      prepare: (controls) => this.prepare(controls as HTMLInputElement[]),
      // Legend, hint and error go before the first item (its label included), not after it.
      anchor: () => this.firstItemNode(),
    });
    // Registered before the field controller's own listeners: the « at least one » validity is
    // up to date when the controller checks the group after this event.
    this.addEventListener('input', this.onUserChange);
    this.addEventListener('change', this.onUserChange);
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
    this.updateChoiceValidity();
    // The field controller re-checks a shown error after an update.
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, fieldStyles);
    adoptLightStyles(this, checkboxStyles);
    adoptLightStyles(this, choiceGroupStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watchForm(null);
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

  /** The host's child that holds the first item (null when there is none: appended). */
  private firstItemNode(): Node | null {
    let node: Node | null = this.items[0] ?? null;
    while (node && node.parentNode !== this) node = node.parentNode;
    return node;
  }

  /** At every sync (first render, attribute changes, items replaced by a framework). */
  private prepare(items: HTMLInputElement[]): void {
    const name = this.name?.trim() ?? '';
    for (const item of items) {
      if (name && (!item.getAttribute('name') || this.namedByUs.has(item))) {
        if (item.name !== name) item.name = name;
        this.namedByUs.add(item);
      }
      if (item.type === 'radio') mirrorRequired(item, this.required, this.requiredByUs);
    }
    if (!name && items.some((item) => item.type === 'radio' && !item.name)) {
      this.warnOnce('no-name', 'radios without a `name` do not form a group: give the element or each radio a name.');
    }
    this.updateChoiceValidity(items);
    this.watchForm(items[0]?.form ?? this.closest('form'));
  }

  /**
   * A required group of checkboxes needs at least one checked: the browser has no such constraint,
   * so the first enabled checkbox carries a custom validity while none is checked (and the message,
   * in the element's language). Only ever our own message is set or cleared.
   */
  private updateChoiceValidity(items: HTMLInputElement[] = this.items): void {
    const boxes = items.filter((item) => item.type === 'checkbox');
    const missing = this.required && boxes.length > 0 && !boxes.some((box) => box.checked);
    const target = missing ? boxes.find((box) => !box.disabled) : undefined;
    const message = target ? this.localize.term('valueMissingChoice', this.field.labelText()) : '';
    for (const box of boxes) {
      const ours = this.ownValidity.get(box);
      // The author's own custom validity (set after ours, or before): leave it alone.
      const authors = box.validity.customError && box.validationMessage !== ours && box.willValidate;
      if (box === target) {
        if (authors) continue;
        if (box.validationMessage !== message || !box.validity.customError) box.setCustomValidity(message);
        this.ownValidity.set(box, message);
      } else if (ours !== undefined) {
        if (!authors) box.setCustomValidity('');
        this.ownValidity.delete(box);
      }
    }
  }

  private readonly onUserChange = (event: Event): void => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') this.updateChoiceValidity();
  };

  /**
   * Frameworks may check boxes by setting `checked` (no event): bring the validity up to date on the
   * way to a submit attempt (a click on a submit button, Enter in a field) and when focus moves.
   */
  private watchForm(form: HTMLFormElement | null): void {
    if (form === this.watchedForm) return;
    for (const type of ['click', 'keydown', 'focusin'] as const) {
      this.watchedForm?.removeEventListener(type, this.refresh, true);
      form?.addEventListener(type, this.refresh, true);
    }
    this.watchedForm?.removeEventListener('reset', this.onReset);
    form?.addEventListener('reset', this.onReset);
    this.watchedForm = form;
  }

  private readonly refresh = (): void => {
    if (this.required) this.updateChoiceValidity();
  };

  /** A reset restores the default checked states without any event: check again once it is done. */
  private readonly onReset = (): void => {
    setTimeout(this.refresh);
  };
}
