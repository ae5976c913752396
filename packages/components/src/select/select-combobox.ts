import { announce } from '../internal/announce.js';
import { uniqueId } from '../internal/ids.js';
import { AnchoredOverlay } from '../internal/controllers/anchored-overlay.js';
import { closeLayer, openLayer, type Layer } from '../internal/controllers/dismiss-stack.js';
import { Listbox, type ListboxItem } from '../internal/controllers/listbox.js';
import { fold } from '../internal/controllers/typeahead.js';
import { PART } from '../internal/part.js';

/** What the combobox asks of its qc-select. Functions are read when needed. */
export interface ComboboxOptions {
  /** The native `<select>`: the source of truth, hidden while the combobox stands in for it. */
  select(): HTMLSelectElement | null;
  /** `enable-search`: an editable combobox that filters the options. Fixed for the combobox's life. */
  search: boolean;
  /** Text when nothing is selected: `placeholder`, else the empty option's label, else the default. */
  placeholder(): string;
  /** The built-in « Faire une sélection ». */
  defaultPlaceholder(): string;
  searchPlaceholder(): string;
  noOptions(): string;
  /**
   * What a multiple list says of its selection: « 3 options sélectionnées : A, B, C ». `labels` are
   * the selected options' labels, in option order.
   */
  selectedSummary(labels: string[]): string;
  resultsAvailable(count: number): string;
  /** The id of the element that labels the listbox (the field's label). */
  labelId(): string | null;
  /** The popup opened or closed (the host reflects it in `expanded`). */
  toggled(open: boolean): void;
}

interface Item extends ListboxItem {
  option: HTMLOptionElement;
  /** The empty-value option of a single select: "no selection". */
  empty: boolean;
}

type Target = 'selected' | 'first' | 'last' | 'none';

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

/**
 * The enhanced UI of qc-select (`enable-search` or `multiple`), in the light DOM next to the hidden
 * native `<select>`, so the field's `<label for>` and `aria-describedby` reach it.
 *
 * The closed text of a multiple list names every selected option and wraps, never cut with an
 * ellipsis: « Montréal, Laval », then from 3 on « 3 options sélectionnées : A, B, C » (the count the
 * incumbent showed, followed by the labels). With a search box the box holds only the query: a
 * multiple list says its selection on its own line under the box (`selection`, which describes
 * the box), so typing in the closed combobox always starts a fresh search. Web Awesome's select
 * likewise keeps its multiple selection out of the text (tags beside it).
 *
 * Patterns (WAI-ARIA APG), per case:
 * - `multiple` without search: a **select-only combobox** — a `<button role="combobox">` (a real
 *   button: labelable by `<label for>`, focusable, disabled by `<fieldset disabled>`), whose text is
 *   the selection — opening an `aria-multiselectable` listbox that follows the APG listbox
 *   multi-select model: arrows move, Enter/Space toggle and keep the list open, Shift+arrows move
 *   and toggle. APG has no multi-select combobox; this keeps one tab stop and a closed state
 *   that names the selection (« 3 options sélectionnées : A, B, C ») instead of an always-open
 *   tall listbox.
 * - `enable-search`: an **editable combobox with list autocomplete and manual selection** — an
 *   `<input role="combobox" aria-autocomplete="list">` that filters the options as the user types;
 *   arrows move into the list, Enter (or Tab, Alt+Up) picks. With `multiple`, Enter toggles.
 * - A single list without search stays the native `<select>` (nothing beats it on mobile); this
 *   class would render it as the APG select-only combobox (Enter, Space, Tab commit and close).
 * Focus stays on the combobox; the active option is `aria-activedescendant`. The listbox is built
 * on first open and rebuilt when the select's options change.
 *
 * Built on the shared controllers: `Listbox` (active option, `aria-selected`, typeahead),
 * `AnchoredOverlay` (the popup placed against the combobox, flipped above when needed) and the dismiss stack
 * (Escape and a press outside close the list before an enclosing dialog).
 */
export class SelectCombobox {
  readonly root: HTMLElement;
  /** The element with role `combobox` the user operates, standing in for the hidden `<select>`. */
  readonly standIn: HTMLButtonElement | HTMLInputElement;
  readonly search: boolean;
  /**
   * With `search`: the line under the box that says the selection of a multiple list (empty and
   * hidden otherwise). The field links it to the box with `aria-describedby`.
   */
  readonly selection: HTMLElement | null;
  private readonly options: ComboboxOptions;
  private readonly text: HTMLElement | null;
  private readonly popup: HTMLElement;
  private readonly listbox: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly list: Listbox<Item>;
  private readonly overlay: AnchoredOverlay;
  /** Escape and a press outside close the list (only while it is the top-most layer). */
  private readonly layer: Layer = { inside: () => [this.root], dismiss: () => this.hide() };
  private items: Item[] = [];
  private visible: Item[] = [];
  private stale = true;
  /** `multiple` when the listbox was built (it decides which options are listed). */
  private builtMultiple = false;
  private query = '';
  private open = false;

  constructor(options: ComboboxOptions) {
    this.options = options;
    this.search = options.search;
    this.root = make('div', 'qc-select-combo');
    this.root.setAttribute(PART, 'combo');
    this.listbox = make('div', 'qc-select-listbox');
    this.listbox.id = uniqueId('qc-listbox');
    this.listbox.setAttribute('role', 'listbox');
    if (this.search) {
      const input = make('input', 'qc-select-search');
      input.type = 'text';
      input.autocomplete = 'off';
      input.spellcheck = false;
      input.setAttribute('autocapitalize', 'off');
      input.setAttribute('aria-autocomplete', 'list');
      input.addEventListener('input', this.onSearchInput);
      input.addEventListener('focus', () => input.select());
      this.standIn = input;
      this.text = null;
      this.selection = make('div', 'qc-select-selection');
      this.selection.id = uniqueId('qc-selection');
      this.selection.hidden = true;
    } else {
      const button = make('button', 'qc-select-trigger');
      button.type = 'button';
      button.setAttribute('aria-haspopup', 'listbox');
      this.text = make('span', 'qc-select-value');
      button.append(this.text);
      this.standIn = button;
      this.selection = null;
    }
    this.standIn.setAttribute('role', 'combobox');
    this.standIn.setAttribute('aria-expanded', 'false');
    this.standIn.setAttribute('aria-controls', this.listbox.id);
    this.standIn.addEventListener('keydown', this.onKeyDown as EventListener);
    this.standIn.addEventListener('click', this.onClick);
    const arrow = make('span', 'qc-select-arrow');
    arrow.setAttribute('aria-hidden', 'true');
    this.popup = make('div', 'qc-select-popup');
    this.empty = make('div', 'qc-select-empty');
    this.popup.append(this.listbox, this.empty);
    this.popup.addEventListener('mousedown', (event) => event.preventDefault());
    this.popup.addEventListener('click', this.onOptionClick);
    // The box positions the arrow against the combobox; the selection line goes under it (the open
    // popup, placed by the overlay, covers it).
    const box = make('div', 'qc-select-box');
    box.append(this.standIn, arrow, this.popup);
    this.root.append(box);
    if (this.selection) this.root.append(this.selection);
    this.list = new Listbox<Item>({
      control: this.standIn,
      listbox: this.listbox,
      items: () => this.items,
      selected: (item) => item.option.selected,
      multiple: () => this.multiple,
      activeClass: 'qc-select-option-active',
    });
    // Not in the top layer: Firefox would expose the popover as an extra unnamed group around the
    // listbox. Measured: the list often opens after the page scrolled, where WebKit's anchor
    // positioning flips it above with room below.
    this.overlay = new AnchoredOverlay({
      anchor: this.standIn,
      popup: this.popup,
      strategy: 'measured',
      topLayer: false,
    });
    this.root.addEventListener('focusout', this.onFocusOut);
    // The search box is chrome, not data: its own input/change events stay inside (the page hears
    // one input and one change from the native select per selection).
    for (const type of ['input', 'change']) {
      this.root.addEventListener(type, (event) => {
        if (event.target === this.standIn) event.stopPropagation();
      });
    }
  }

  get isOpen(): boolean {
    return this.open;
  }

  private get multiple(): boolean {
    return !!this.options.select()?.multiple;
  }

  /** Shows the select's state: closed text, disabled, required, marks. Cheap; call freely. */
  sync(): void {
    const select = this.options.select();
    const disabled = !select || select.disabled;
    if (this.standIn.disabled !== disabled) this.standIn.disabled = disabled;
    if (select?.required) this.standIn.setAttribute('aria-required', 'true');
    else this.standIn.removeAttribute('aria-required');
    if (this.multiple) this.listbox.setAttribute('aria-multiselectable', 'true');
    else this.listbox.removeAttribute('aria-multiselectable');
    if (this.open && (disabled || this.standIn.matches(':disabled'))) this.hide();
    if (!this.stale && this.multiple !== this.builtMultiple) this.optionsChanged();
    this.showSummary();
    this.empty.textContent = this.options.noOptions();
    if (this.standIn instanceof HTMLInputElement) this.standIn.placeholder = this.options.searchPlaceholder();
    if (!this.stale) this.mark();
  }

  /** The select's options changed: rebuild the listbox now if open, else at the next opening. */
  optionsChanged(): void {
    this.stale = true;
    if (this.open) {
      const option = this.list.active?.option;
      this.build();
      this.filter();
      const again = option ? this.items.find((item) => item.option === option) : undefined;
      this.list.setActive(again && this.visible.includes(again) ? again : null);
      this.overlay.position();
    }
    this.sync();
  }

  /** Opens the listbox with `target` as the active option. */
  show(target: Target = 'selected'): void {
    if (this.standIn.disabled || this.standIn.matches(':disabled')) return;
    if (this.stale) this.build();
    if (!this.open) {
      this.open = true;
      this.overlay.show();
      this.standIn.setAttribute('aria-expanded', 'true');
      const label = this.options.labelId();
      if (label) this.listbox.setAttribute('aria-labelledby', label);
      openLayer(this.layer);
      this.options.toggled(true);
    }
    this.filter();
    this.overlay.position();
    if (target === 'first' || target === 'last') this.list.move(target);
    else if (target === 'selected') {
      const selected = this.visible.find((item) => item.option.selected);
      if (selected) this.list.setActive(selected);
      else this.list.move('first');
    } else this.list.setActive(null);
  }

  /** Closes the listbox (nothing is committed). */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    this.overlay.hide();
    this.standIn.setAttribute('aria-expanded', 'false');
    this.list.reset();
    this.query = '';
    closeLayer(this.layer);
    this.showSummary();
    this.options.toggled(false);
  }

  destroy(): void {
    this.hide();
    this.overlay.destroy();
    this.root.remove();
  }

  // --- State -----------------------------------------------------------------------------------

  /**
   * The closed text: the selected labels, and from 3 on the count before them; or the placeholder.
   * `labels` are the selected options' labels.
   */
  summary(): { text: string; empty: boolean; labels: string[] } {
    const select = this.options.select();
    const selected = select ? [...select.selectedOptions] : [];
    const labels = selected.filter((option) => option.value !== '').map((option) => option.label.trim());
    if (labels.length === 0) {
      const emptyOption = !this.multiple ? selected[0] : undefined;
      return {
        text: this.options.placeholder() || emptyOption?.label.trim() || this.options.defaultPlaceholder(),
        empty: true,
        labels,
      };
    }
    if (labels.length >= 3) return { text: this.options.selectedSummary(labels), empty: false, labels };
    return { text: labels.join(', '), empty: false, labels };
  }

  private showSummary(): void {
    const { text, empty, labels } = this.summary();
    if (this.text) {
      if (this.text.textContent !== text) this.text.textContent = text;
      this.text.classList.toggle('qc-select-placeholder', empty);
      return;
    }
    const multiple = this.multiple;
    if (this.selection) {
      // A line of its own always names the count: « 1 option sélectionnée : Laval ».
      const line = multiple && labels.length > 0 ? this.options.selectedSummary(labels) : '';
      if (this.selection.textContent !== line) this.selection.textContent = line;
      this.selection.hidden = !line;
    }
    if (!this.open) {
      // A single list shows its choice in the box (the APG editable combobox); a multiple list
      // leaves the box to the query, so what the user types next is a fresh search.
      const input = this.standIn as HTMLInputElement;
      const value = empty || multiple ? '' : text;
      if (input.value !== value) {
        input.value = value;
        // Still in the box (an option chosen with Enter): the next keystroke replaces the label and
        // starts a fresh search. Writing `value` puts the caret at the end (WebKit keeps no selection).
        if ((input.getRootNode() as Document | ShadowRoot).activeElement === input) input.select();
      }
    }
  }

  private build(): void {
    this.stale = false;
    this.listbox.replaceChildren();
    this.items = [];
    this.list.setActive(null);
    const select = this.options.select();
    if (!select) return;
    const multiple = select.multiple;
    this.builtMultiple = multiple;
    const add = (option: HTMLOptionElement, parent: HTMLElement, groupDisabled: boolean) => {
      const empty = option.value === '';
      if (option.hidden || (empty && multiple)) return;
      const el = make('div', 'qc-select-option');
      el.id = uniqueId('qc-option');
      el.setAttribute('role', 'option');
      el.textContent = option.label.trim();
      const disabled = option.disabled || groupDisabled;
      if (disabled) el.setAttribute('aria-disabled', 'true');
      if (empty) el.classList.add('qc-select-option-empty');
      parent.append(el);
      this.items.push({ option, el, folded: fold(option.label.trim()), disabled, empty });
    };
    for (const child of select.children) {
      if (child instanceof HTMLOptionElement) add(child, this.listbox, false);
      else if (child instanceof HTMLOptGroupElement && !child.hidden) {
        const group = make('div', 'qc-select-group');
        group.setAttribute('role', 'group');
        const label = make('div', 'qc-select-group-label');
        label.id = uniqueId('qc-group');
        label.setAttribute('role', 'presentation');
        label.textContent = child.label;
        group.setAttribute('aria-labelledby', label.id);
        group.append(label);
        this.listbox.append(group);
        for (const option of child.children) {
          if (option instanceof HTMLOptionElement) add(option, group, child.disabled);
        }
      }
    }
    this.visible = [...this.items];
    this.mark();
  }

  /** `aria-selected` (see `Listbox.mark`), and the check mark of selected options. */
  private mark(): void {
    for (const item of this.items) {
      item.el.classList.toggle('qc-select-option-selected', item.option.selected && !item.empty);
    }
    this.list.mark();
  }

  /** Shows the options that match the search (all without one). */
  private filter(): void {
    const query = fold(this.query).trim();
    this.visible = [];
    for (const item of this.items) {
      const show = !query || (!item.empty && item.folded.includes(query));
      item.el.hidden = !show;
      if (show) this.visible.push(item);
    }
    for (const group of this.listbox.querySelectorAll<HTMLElement>('.qc-select-group')) {
      group.hidden = !group.querySelector('[role="option"]:not([hidden])');
    }
    this.listbox.hidden = this.visible.length === 0;
    this.empty.hidden = this.visible.length > 0;
    if (this.list.active && !this.visible.includes(this.list.active)) this.list.setActive(null);
  }

  /** Selects `item` (single) or toggles it (multiple); one input and one change when it changed. */
  private choose(item: Item, close: boolean): void {
    const select = this.options.select();
    if (!select || item.disabled) return;
    const before = [...select.selectedOptions];
    if (select.multiple) item.option.selected = !item.option.selected;
    else item.option.selected = true;
    const after = [...select.selectedOptions];
    const changed = before.length !== after.length || before.some((option, i) => option !== after[i]);
    this.mark();
    if (close) this.hide();
    else this.showSummary();
    if (changed) {
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  /** The one enabled option a search leaves, which Enter picks without arrowing to it. */
  private onlyMatch(): Item | null {
    if (!this.query.trim()) return null;
    const enabled = this.visible.filter((item) => !item.disabled);
    return enabled.length === 1 ? (enabled[0] ?? null) : null;
  }

  // --- Events ----------------------------------------------------------------------------------

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
    const search = this.search;
    const multiple = this.multiple;
    const open = this.open;
    let handled = true;
    switch (key) {
      case 'ArrowDown':
        if (!open) this.show(altKey && search ? 'none' : 'selected');
        else if (!altKey) {
          this.list.move('next');
          if (shiftKey && multiple && this.list.active) this.choose(this.list.active, false);
        }
        break;
      case 'ArrowUp':
        if (altKey) {
          if (open && !multiple && this.list.active) this.choose(this.list.active, true);
          else this.hide();
        } else if (!open) this.show(search ? 'last' : 'first');
        else {
          this.list.move('previous');
          if (shiftKey && multiple && this.list.active) this.choose(this.list.active, false);
        }
        break;
      case 'Home':
      case 'End':
        if (search) {
          // Editing keys of the text box: the cursor moves, visual focus leaves the list.
          if (open) this.list.setActive(null);
          handled = false;
        } else if (!open) this.show(key === 'Home' ? 'first' : 'last');
        else this.list.move(key === 'Home' ? 'first' : 'last');
        break;
      case 'PageDown':
      case 'PageUp':
        if (open) this.list.move(key === 'PageDown' ? 'page-down' : 'page-up');
        else handled = false;
        break;
      case 'Enter': {
        // Never submits the form from here (a native select does not either).
        if (!open) {
          if (!search) this.show('selected');
          break;
        }
        const item = this.list.active ?? this.onlyMatch();
        if (item) this.choose(item, !multiple);
        else if (!search) this.hide();
        break;
      }
      case ' ':
        if (search) handled = false;
        else if (this.list.typing) this.type(' ');
        else if (!open) this.show('selected');
        else if (this.list.active) this.choose(this.list.active, !multiple);
        break;
      case 'Tab':
        // APG: Tab commits the active option of a single select, closes, and focus moves on.
        if (open) {
          if (!multiple && this.list.active) this.choose(this.list.active, true);
          else this.hide();
        }
        handled = false;
        break;
      default:
        if (!search && key.length === 1 && !ctrlKey && !metaKey && !altKey) this.type(key);
        else handled = false;
    }
    if (handled) event.preventDefault();
  };

  /** Typeahead (select-only): opens the list and moves to the option whose label starts with what was typed. */
  private type(key: string): void {
    if (!this.open) this.show('selected');
    this.list.type(key);
  }

  private readonly onSearchInput = (): void => {
    this.query = (this.standIn as HTMLInputElement).value;
    if (!this.open) this.show('none');
    this.filter();
    this.list.setActive(null);
    this.overlay.position();
    const count = this.visible.filter((item) => !item.disabled).length;
    if (this.query.trim()) announce(count > 0 ? this.options.resultsAvailable(count) : this.options.noOptions());
  };

  private readonly onClick = (): void => {
    if (this.search) {
      if (!this.open) this.show('selected');
    } else if (this.open) this.hide();
    else this.show('selected');
  };

  private readonly onOptionClick = (event: MouseEvent): void => {
    const el = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    const item = this.items.find((candidate) => candidate.el === el);
    if (!item || item.disabled) return;
    this.list.setActive(item);
    this.choose(item, !this.multiple);
    this.standIn.focus();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && this.root.contains(next)) return;
    this.hide();
  };
}
