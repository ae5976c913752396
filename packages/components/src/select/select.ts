import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcFieldElement } from '../internal/field-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { FieldController } from '../internal/field/controller.js';
import { fieldStyles } from '../internal/field.styles.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { withValidationStrings } from '../internal/validation.js';
import { FocusReturn } from '../internal/controllers/focus-return.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { SelectCombobox } from './select-combobox.js';
import { removedSelection, restoreSelection, unwatchSelection, watchSelection } from './select-options.js';
import { selectStrings } from './select.strings.js';
import { selectStyles } from './select.styles.js';
import { PART } from '../internal/part.js';

// One object for every instance (the merge is the same for all).
const fieldStrings = withValidationStrings(selectStrings);

export const selectWidths = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
export type SelectWidth = (typeof selectWidths)[number];

/** Attributes copied to the `<select>` the element creates when the author gave none. */
const mirrored = ['name', 'autocomplete'];

/** `value` attribute: one value, or the incumbent's JSON array (`'["a","b"]'`). */
function parseValues(value: string | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map((item) => String(item));
    } catch {
      // Not JSON: a value that starts with « [ ».
    }
  }
  return [value];
}

/**
 * A dropdown list: a native `<select>` in the light DOM, the source of truth for the form, with
 * its label, hint and error as real elements beside it.
 *
 * **Plain** (default): the native select itself, styled (tokens, custom arrow, `appearance: none`):
 * the browser's own popup, keyboard, typeahead, autofill and mobile pickers.
 *
 * **Enhanced** (`enable-search` or `multiple`): the select is hidden (still submitted, reset and
 * validated by the browser) and an accessible combobox stands in for it, in the light DOM so the
 * label and messages reach it: a select-only combobox (`<button role="combobox">`) for a multiple
 * list, an editable combobox that filters as the user types for `enable-search` (WAI-ARIA APG
 * patterns; see `SelectCombobox`), with an `aria-multiselectable` listbox for `multiple`. Typeahead
 * matches the start of labels ignoring case and accents (« mon » → « Montréal », « que » →
 * « Québec »); the search matches anywhere in the labels and announces the number of results.
 * Keyboard (APG): ↓/↑ open and move, Home/End and PageUp/PageDown (10 options) move in the list
 * (in the search box, Home/End edit the text), Enter/Space select (toggle in a multiple list),
 * Alt+↓ opens, Alt+↑ and Tab take the active option of a single list and close, Escape closes and
 * keeps focus on the combobox; a click outside closes. The list opens upward when there is not
 * enough room below, and is at most 336 px tall.
 *
 * A closed multiple list names its selection and wraps to as many lines as it needs (nothing cut
 * with an ellipsis): « Montréal, Laval », then from 3 options on « 3 options sélectionnées : A, B, C ».
 * With `enable-search`, the box is only for searching (typing in it always starts a new search): a
 * multiple list says its selection on its own line under the box, linked to it as a description.
 *
 * Every selection the user makes updates the options' `selected` state and dispatches one `input`
 * and one `change` from the native select (bubbling), so framework bindings on the select work.
 *
 * Write the `<select>` yourself (always with a framework):
 * `<qc-select label="Région"><select name="region">…</select></qc-select>`. Without one, the
 * element creates it from `name`, `multiple`, `required`, `autocomplete`, and moves the
 * `<option>`/`<optgroup>` you wrote as its direct children into it (static HTML only: a framework
 * owns those nodes and must render the `<select>` itself).
 *
 * Placeholder: an option with `value=""` first in the select is the placeholder (its text shows
 * when it is selected, and `required` rejects it: the browser's `valueMissing`). `placeholder`
 * creates one when there is none (single lists; selected unless another option has `selected`).
 *
 * Frameworks re-rendering the options (React `.map()`, Angular `@for`, Vue `v-for`) keep the
 * selection: when options that were selected are replaced by equal ones (same value) and the
 * browser fell back to its default selection, they are selected again, without any event.
 *
 * @summary Dropdown list over a native select, with search and multiple selection.
 *
 * @slot - The native `<select>` (and optionally its `<label>`); or `<option>`/`<optgroup>` elements
 *   moved into a created select.
 *
 * @event {Event} input - From the native select when the user changes the selection (native, or the enhanced list).
 * @event {Event} change - From the native select, once per selection the user makes.
 *
 * @cssprop --qc-size-max-width-md - Width of the list for `width="md"` (likewise xs, sm, lg, xl).
 * @cssprop --qc-select-listbox-max-height - Maximum height of the open list (336 px).
 * @cssprop --qc-select-popup-z-index - Stacking level of the open list.
 *
 * @status stable
 * @since 0.2.0
 */
export class QcSelect extends QcFieldElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [fieldStyles, selectStyles];

  /** Label text (text only, never HTML). Leave empty when you write your own `<label>`. */
  @property() label = '';
  /** Width of the list: `xs`, `sm`, `md` (default), `lg`, `xl`. */
  @property({ reflect: true }) width: SelectWidth | null = null;
  /** Text shown when nothing is selected; creates an empty-value first option in a single list that has none. */
  @property() placeholder: string | null = null;
  /** Enhanced list with a search box that filters the options. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter, attribute: 'enable-search' }) enableSearch =
    false;
  /** Several options can be selected (sets `multiple` on the select; enhanced list). */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) multiple = false;
  /** Placeholder of the search box (default « Rechercher… » / "Search…"). */
  @property({ attribute: 'search-placeholder' }) searchPlaceholder: string | null = null;
  /** Shown when the search matches no option (default « Aucun élément » / "No item"). */
  @property({ attribute: 'no-options-message' }) noOptionsMessage: string | null = null;
  /** The enhanced list is open (reflected). Set it to open or close the list. */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) expanded = false;
  /** Initial selection (attribute `value`): one value, or a JSON array for a multiple list. Sets `selected` on the matching options. */
  @property({ attribute: 'value' }) defaultValue: string | null = null;
  /** `name` of the created `<select>`. */
  @property() name: string | null = null;
  /** `autocomplete` of the created `<select>` (`address-level1`, `country`…). */
  @property() autocomplete: string | null = null;

  private readonly localize = new LocalizeController(this, fieldStrings);
  private readonly field: FieldController;
  private combobox: SelectCombobox | undefined;
  private readonly focusReturn = new FocusReturn(() => this.field.focusTarget);
  private known: HTMLSelectElement | null = null;
  private pendingValues: string[] | null = null;
  private refreshQueued = false;

  constructor() {
    super();
    this.field = new FieldController(this, this.localize as LocalizeController<never>, {
      standIn: () => this.combobox?.standIn ?? null,
      // The selection line of a multiple list with search describes the search box.
      describedBy: () => (this.combobox?.selection ? [this.combobox.selection] : []),
    });
    // Options, groups and the select itself, as a page or a framework changes them.
    new LightDomController(this, {
      config: {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['selected', 'disabled', 'label', 'value', 'hidden', 'multiple'],
      },
      callback: (records) => this.onMutations(records),
    });
    this.addEventListener('click', this.onLabelClick);
  }

  /** The native `<select>` (the author's or created). */
  get control(): HTMLSelectElement | null {
    return this.querySelector('select');
  }

  /** The selected value (the first one in a multiple list, as `select.value`); setting it selects that option. */
  get value(): string {
    return this.control?.value ?? this.pendingValues?.[0] ?? '';
  }
  set value(value: string) {
    this.values = [String(value ?? '')];
  }

  /** Every selected value, in option order. Setting it selects exactly those options. */
  get values(): string[] {
    const select = this.control;
    return select ? [...select.selectedOptions].map((option) => option.value) : [...(this.pendingValues ?? [])];
  }
  set values(values: readonly string[]) {
    const list = [...(values ?? [])].map(String);
    const select = this.control;
    if (!select) {
      this.pendingValues = list;
      this.requestUpdate();
      return;
    }
    if (select.multiple) for (const option of select.options) option.selected = list.includes(option.value);
    else select.value = list[0] ?? '';
    this.combobox?.sync();
  }

  /** Focuses the list (the enhanced combobox, or the native select). */
  override focus(options?: FocusOptions): void {
    this.field.focusTarget?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.combobox?.hide();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('width')) this.validEnum('width', this.width, selectWidths, 'md');
    const select = this.ensureSelect();
    this.ensurePlaceholder(select);
    if (changed.has('defaultValue')) this.applyDefault(select);
    if (this.pendingValues) {
      const values = this.pendingValues;
      this.pendingValues = null;
      this.values = values;
    }
    this.setUpMode(select);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const combobox = this.combobox;
    combobox?.sync();
    if (changed.has('expanded')) {
      if (!combobox) this.expanded = false;
      else if (this.expanded && !combobox.isOpen) combobox.show();
      else if (!this.expanded && combobox.isOpen) combobox.hide();
    }
  }

  // --- The native select -------------------------------------------------------------------------

  private ensureSelect(): HTMLSelectElement {
    let select = this.control;
    if (!select) {
      // Terse API: the element makes the select (options written as its children move in).
      select = document.createElement('select');
      select.setAttribute(PART, 'control');
      this.append(select);
    }
    // `multiple` before the options move in (a single select would keep only the last `selected`).
    this.mirror(select);
    this.adoptOptions(select);
    return select;
  }

  /** Moves `<option>`/`<optgroup>` children of the element into the select it created. */
  private adoptOptions(select: HTMLSelectElement): boolean {
    if (select.getAttribute(PART) !== 'control') return false;
    const stray = [...this.children].filter(
      (child) => child instanceof HTMLOptionElement || child instanceof HTMLOptGroupElement,
    );
    if (stray.length === 0) return false;
    select.append(...stray);
    this.applyDefault(select);
    return true;
  }

  private mirror(select: HTMLSelectElement): void {
    if (select.getAttribute(PART) === 'control') {
      for (const name of mirrored) {
        const value = this.getAttribute(name);
        if (value === null) select.removeAttribute(name);
        else if (select.getAttribute(name) !== value) select.setAttribute(name, value);
      }
    }
    // `multiple` on the element makes the select multiple; taken back only if it set it.
    if (this.multiple && !select.multiple) {
      select.multiple = true;
      select.setAttribute(`${PART}-multiple`, '');
      // As if written multiple: only the options marked `selected` (a single select had picked one).
      for (const option of select.options) option.selected = option.defaultSelected;
    } else if (!this.multiple && select.hasAttribute(`${PART}-multiple`)) {
      select.multiple = false;
      select.removeAttribute(`${PART}-multiple`);
    }
  }

  /** `placeholder` → an empty-value first option, unless the author wrote one (or the list is multiple). */
  private ensurePlaceholder(select: HTMLSelectElement): void {
    const ours = [...select.children].find(
      (child): child is HTMLOptionElement =>
        child instanceof HTMLOptionElement && child.getAttribute(PART) === 'placeholder',
    );
    const text = (this.placeholder ?? '').trim();
    const authored = [...select.children].some(
      (child) => child instanceof HTMLOptionElement && child.value === '' && child !== ours,
    );
    if (select.multiple || !text || authored) {
      ours?.remove();
      return;
    }
    if (ours) {
      if (ours.textContent !== text) ours.textContent = text;
      return;
    }
    const options = [...select.options];
    const explicit = options.some((option) => option.defaultSelected);
    const fallback = options.find((option) => !option.disabled);
    const untouched = select.selectedOptions.length === 0 || select.selectedOptions[0] === fallback;
    const option = document.createElement('option');
    option.value = '';
    option.textContent = text;
    option.setAttribute(PART, 'placeholder');
    // Selected at load and after a reset, unless the page chose another option.
    if (!explicit) option.defaultSelected = true;
    select.prepend(option);
    if (!explicit && untouched) option.selected = true;
  }

  private applyDefault(select: HTMLSelectElement): void {
    const values = parseValues(this.defaultValue);
    if (!values) return;
    for (const option of select.options) option.defaultSelected = values.includes(option.value);
  }

  // --- Enhanced mode -----------------------------------------------------------------------------

  private setUpMode(select: HTMLSelectElement): void {
    const enhanced = this.enableSearch || select.multiple;
    const old = this.combobox;
    if (old && (!enhanced || old.search !== this.enableSearch)) {
      // Focus on the widget going away goes to what replaces it (the select or the new combobox).
      if (old.root.contains(document.activeElement)) {
        this.focusReturn.remember();
        void this.updateComplete.then(() => this.focusReturn.restore(old.root));
      }
      old.destroy();
      this.combobox = undefined;
    }
    const replaced = this.known !== select;
    if (this.known && replaced) unwatchSelection(this.known);
    this.known = select;
    if (!enhanced) {
      unwatchSelection(select);
      if (select.hasAttribute(`${PART}-enhanced`)) {
        select.hidden = false;
        select.removeAttribute(`${PART}-enhanced`);
      }
      return;
    }
    const created = !this.combobox;
    this.combobox ??= this.createCombobox();
    const combo = this.combobox.root;
    // Right after the select's top-level node in the element.
    let anchor: Node = select;
    while (anchor.parentNode && anchor.parentNode !== this) anchor = anchor.parentNode;
    if (combo.previousSibling !== anchor) {
      if (anchor.parentNode === this) this.insertBefore(combo, anchor.nextSibling);
      else this.append(combo);
    }
    if (!select.hidden) select.hidden = true;
    select.setAttribute(`${PART}-enhanced`, '');
    watchSelection(select, this.queueRefresh);
    if (created || replaced) this.combobox.optionsChanged();
  }

  private createCombobox(): SelectCombobox {
    const term = this.localize;
    return new SelectCombobox({
      select: () => this.control,
      search: this.enableSearch,
      placeholder: () => (this.placeholder ?? '').trim(),
      defaultPlaceholder: () => term.term('selectPlaceholder'),
      searchPlaceholder: () =>
        this.searchPlaceholder?.trim() || this.placeholder?.trim() || term.term('searchPlaceholder'),
      noOptions: () => this.noOptionsMessage?.trim() || term.term('noOptions'),
      selectedSummary: (labels) =>
        term.term(
          'selectedSummary',
          term.term('selectedCount', new Intl.NumberFormat(term.lang).format(labels.length), labels.length),
          labels.join(', '),
        ),
      resultsAvailable: (count) => term.term('resultsAvailable', new Intl.NumberFormat(term.lang).format(count), count),
      labelId: () =>
        this.querySelector(`label[${PART}="label"]`)?.id ||
        this.combobox?.standIn.getAttribute('aria-labelledby') ||
        null,
      toggled: (open) => {
        if (this.expanded !== open) this.expanded = open;
      },
    });
  }

  /** A script set the selection (React, Vue, Angular, `value`): show it, once per task. */
  private readonly queueRefresh = (): void => {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      this.combobox?.sync();
    });
  };

  // --- Observing the children ------------------------------------------------------------------

  private readonly onMutations = (records: MutationRecord[]): void => {
    if (!this.isConnected) return;
    const select = this.control;
    const combo = this.combobox?.root;
    const ours = (node: Node) => !!combo && combo.contains(node);
    const relevant = records.filter(
      (record) => !ours(record.target) && !(record.target === select && record.attributeName === 'hidden'),
    );
    if (relevant.length === 0) return;
    if (!select || select !== this.known) {
      // The select was replaced (or removed): set up the new one, keeping the selection.
      if (select) restoreSelection(select, removedSelection(select, relevant));
      this.requestUpdate();
      return;
    }
    const moved = this.adoptOptions(select);
    const inSelect = relevant.some((record) => select.contains(record.target));
    if (inSelect || moved) {
      restoreSelection(select, removedSelection(select, relevant));
      this.ensurePlaceholder(select);
      if (this.combobox) {
        watchSelection(select, this.queueRefresh);
        this.combobox.optionsChanged();
      }
    }
    // Only on a real change (FieldController sets `disabled` again at every update: no loop).
    const modeChanged = !!this.combobox !== (this.enableSearch || select.multiple);
    if (modeChanged || (combo && !combo.isConnected)) this.requestUpdate();
    else if (relevant.some((record) => record.target === select)) this.combobox?.sync();
  };

  /**
   * The form was reset and the browser has restored the options (told by the form's coordinator).
   * @internal
   */
  formResetCallback(): void {
    this.combobox?.hide();
    this.combobox?.sync();
  }

  /** A click on the label focuses the enhanced combobox (the label of a hidden select, or of the button, would not). */
  private readonly onLabelClick = (event: MouseEvent): void => {
    const combobox = this.combobox;
    const label = event.target instanceof Element ? event.target.closest('label') : null;
    if (!combobox || !label || !this.contains(label)) return;
    const control = label.control;
    if (control !== this.control && control !== combobox.standIn) return;
    if (control === combobox.standIn && combobox.search) return;
    event.preventDefault();
    combobox.standIn.focus();
  };
}
