import { Typeahead, type TypeaheadItem } from './typeahead.js';

/** An option of a listbox: its element and what typeahead reads (see `fold`). */
export interface ListboxItem extends TypeaheadItem {
  readonly el: HTMLElement;
}

export interface ListboxOptions<T extends ListboxItem> {
  /**
   * The element that keeps focus (a combobox, or the listbox itself) and carries
   * `aria-activedescendant`. It must be in the same tree as the options (IDREF).
   */
  control: HTMLElement;
  /** The scrolling element that holds the options. */
  listbox: HTMLElement;
  /** Every option, in order; read on each move. Options whose element is `hidden` (filtered out) are skipped. */
  items(): readonly T[];
  /** The option is selected (in a single listbox, the active option is the selected one). */
  selected(item: T): boolean;
  /** Several options can be selected: `aria-selected` then says the selection, not the active option. */
  multiple(): boolean;
  /** Class of the active option (the visual focus, which the page styles). */
  activeClass: string;
}

/** Where a move goes. `page-*` moves by `Listbox.page` options. */
export type ListboxMove = 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up';

/**
 * A listbox whose focus stays on a control (`aria-activedescendant`, WAI-ARIA APG): the active
 * option, moves that skip disabled options, `aria-selected` (the selection of a multiple listbox,
 * the active option of a single one), the active option scrolled into view inside the list only
 * (never the page), and typeahead. It owns no key binding: the component maps keys to `move`/`type`
 * because the combobox, listbox and menu patterns bind them differently.
 * PatternFly Elements splits the same work into its active-descendant and listbox controllers.
 */
export class Listbox<T extends ListboxItem> {
  /** Options moved over by PageUp/PageDown. */
  static page = 10;
  private readonly options: ListboxOptions<T>;
  private readonly typeahead = new Typeahead();
  private current: T | null = null;

  constructor(options: ListboxOptions<T>) {
    this.options = options;
  }

  get active(): T | null {
    return this.current;
  }

  /** True while typed keys still form one string (then Space belongs to it, not to selection). */
  get typing(): boolean {
    return this.typeahead.typing;
  }

  /** Makes `item` the active option (null: none), says so with `aria-activedescendant`, shows it. */
  setActive(item: T | null): void {
    const { control, activeClass } = this.options;
    this.current?.el.classList.remove(activeClass);
    this.current = item;
    if (item) {
      item.el.classList.add(activeClass);
      control.setAttribute('aria-activedescendant', item.el.id);
      this.reveal(item);
    } else control.removeAttribute('aria-activedescendant');
    if (!this.options.multiple()) this.mark();
  }

  /** Moves the active option; disabled options are skipped; stays put at either end. */
  move(to: ListboxMove): T | null {
    const list = this.shown();
    const enabled = (index: number) => !!list[index] && !list[index]?.disabled;
    const forward = (from: number) => {
      for (let i = from; i < list.length; i++) if (enabled(i)) return i;
      return -1;
    };
    const backward = (from: number) => {
      for (let i = from; i >= 0; i--) if (enabled(i)) return i;
      return -1;
    };
    const current = this.current ? list.indexOf(this.current) : -1;
    const page = Listbox.page;
    let index: number;
    if (to === 'first') index = forward(0);
    else if (to === 'last') index = backward(list.length - 1);
    else if (current < 0) index = to === 'next' || to === 'page-down' ? forward(0) : backward(list.length - 1);
    else if (to === 'next') index = forward(current + 1);
    else if (to === 'previous') index = backward(current - 1);
    else if (to === 'page-down') {
      const target = Math.min(current + page, list.length - 1);
      index = backward(target) > current ? backward(target) : forward(target);
    } else {
      const target = Math.max(current - page, 0);
      index = forward(target) < current ? forward(target) : backward(target);
    }
    const item = index >= 0 ? list[index] : undefined;
    if (item) this.setActive(item);
    return this.current;
  }

  /** Typeahead: moves to the option whose label starts with the keys typed (accents ignored). */
  type(key: string): T | null {
    const list = this.shown();
    const index = this.typeahead.next(key, list, this.current ? list.indexOf(this.current) : -1);
    const item = index >= 0 ? list[index] : undefined;
    if (item) this.setActive(item);
    return item ?? null;
  }

  /** Forgets the active option and the typed string (the list closed). */
  reset(): void {
    this.setActive(null);
    this.typeahead.reset();
  }

  /** Writes `aria-selected` on every option: the selection, or the active option. */
  mark(): void {
    const multiple = this.options.multiple();
    for (const item of this.options.items()) {
      item.el.setAttribute('aria-selected', String(multiple ? this.options.selected(item) : item === this.current));
    }
  }

  private shown(): T[] {
    return this.options.items().filter((item) => !item.el.hidden);
  }

  /** Scrolls the listbox (only it, not the page) so `item` is visible. */
  private reveal(item: T): void {
    const list = this.options.listbox;
    // Rectangles, not offsetTop: the options' offset parent need not be the listbox.
    const option = item.el.getBoundingClientRect();
    const top = list.getBoundingClientRect().top + list.clientTop;
    const bottom = top + list.clientHeight;
    if (option.top < top) list.scrollTop -= top - option.top;
    else if (option.bottom > bottom) list.scrollTop += option.bottom - bottom;
  }
}
