/**
 * Accent-folding typeahead for listboxes, menus and trees (WAI-ARIA APG « typeahead »).
 */

/**
 * Folds text for matching: lower case, accents and other combining marks removed (« Québec » →
 * "quebec", « Côte-Nord » → "cote-nord"), ligatures spelled out (œ → oe), typographic apostrophes
 * made plain, runs of white space collapsed. Both sides of a comparison are folded.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘ʼ]/g, "'")
    .replace(/\s+/g, ' ');
}

/** What typeahead needs to know of an item. */
export interface TypeaheadItem {
  /** The folded label (see `fold`), computed once per item rather than per key. */
  readonly folded: string;
  readonly disabled: boolean;
}

/**
 * Keys typed in quick succession form a string matched against the start of the item labels,
 * case and accent insensitive (« e » finds « Éducation »); typing the same character again cycles
 * through the items that start with it. The string is forgotten `delay` ms after the last key.
 *
 * @example
 * const typeahead = new Typeahead();
 * const index = typeahead.next(event.key, items, activeIndex);
 */
export class Typeahead {
  private buffer = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delay: number;

  constructor(delay = 500) {
    this.delay = delay;
  }

  /** True while keys typed a moment ago still form the string (a space then belongs to it). */
  get typing(): boolean {
    return this.buffer.length > 0;
  }

  reset(): void {
    clearTimeout(this.timer);
    this.buffer = '';
  }

  /**
   * Adds `key` to the string and returns the index of the item to move to (-1 for none).
   * `current` is the index of the active item (-1 for none).
   */
  next(key: string, items: readonly TypeaheadItem[], current: number): number {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.buffer = ''), this.delay);
    this.buffer += key;
    const query = fold(this.buffer).trimStart();
    if (!query) return -1;
    const count = items.length;
    const matches = (index: number, text: string) => {
      const item = items[index];
      return !!item && !item.disabled && item.folded.trimStart().startsWith(text);
    };
    const search = (text: string, start: number) => {
      for (let offset = 0; offset < count; offset++) {
        const index = (((start + offset) % count) + count) % count;
        if (matches(index, text)) return index;
      }
      return -1;
    };
    // One character: the next item after the active one. More: the first match from the active
    // one on, so that « m », « mo », « mon » stay on « Montérégie » until « Montréal » differs.
    if (query.length === 1) return search(query, current + 1);
    const found = search(query, Math.max(current, 0));
    if (found >= 0) return found;
    // « mmm »: cycle through the items starting with « m ».
    const first = query[0] ?? '';
    return [...query].every((character) => character === first) ? search(first, current + 1) : -1;
  }
}
