/**
 * Which page numbers a pagination shows. Two windows, merged into one list so CSS can switch
 * between them by the width of the element (no script on resize):
 * - wide: the first and last pages, the current page and its neighbours;
 * - narrow: the first and last pages and the current page.
 * A gap of one page shows that page (an ellipsis would take the same room and hide it); a longer
 * gap shows an ellipsis. Small counts show every page.
 */
export type PageItem =
  { kind: 'page'; page: number; wideOnly: boolean } | { kind: 'gap'; wideOnly: boolean; narrowOnly: boolean };

/** Every page shown in wide layout up to this count; narrow layout shows all up to `NARROW_ALL`. */
const WIDE_ALL = 7;
const NARROW_ALL = 5;

function pagesOf(current: number, total: number, all: number, around: number): number[] {
  if (total <= all) return Array.from({ length: total }, (_, i) => i + 1);
  const set = new Set([1, total]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= total) set.add(page);
  }
  const sorted = [...set].sort((a, b) => a - b);
  const filled: number[] = [];
  for (const page of sorted) {
    const last = filled[filled.length - 1];
    if (last !== undefined && page - last === 2) filled.push(last + 1);
    filled.push(page);
  }
  return filled;
}

/** The items to render for `current` (1-based) of `total` pages. */
export function pageItems(current: number, total: number): PageItem[] {
  const wide = pagesOf(current, total, WIDE_ALL, 1);
  const narrowPages = pagesOf(current, total, NARROW_ALL, 0);
  const narrow = new Set(narrowPages);
  const items: PageItem[] = [];
  let previousWide = 0;
  let previousNarrow = 0;
  // Whether the ellipsis of the narrow gap being walked through is already in the list.
  let narrowGapShown = false;
  for (const page of wide) {
    const inNarrow = narrow.has(page);
    // Narrow pages are a subset of wide pages: the next narrow page closes the narrow gap, and
    // the wide-only pages inside it are not displayed in narrow layout, so its ellipsis can stand
    // anywhere before that page. Where a wide gap falls inside it, one ellipsis serves both.
    const nextNarrow = narrowPages.find((p) => p >= page) ?? total;
    const narrowGap = !narrowGapShown && nextNarrow - previousNarrow > 1;
    if (page - previousWide > 1) {
      items.push({ kind: 'gap', wideOnly: !narrowGap, narrowOnly: false });
      if (narrowGap) narrowGapShown = true;
    } else if (inNarrow && narrowGap) {
      items.push({ kind: 'gap', wideOnly: false, narrowOnly: true });
    }
    items.push({ kind: 'page', page, wideOnly: !inNarrow });
    previousWide = page;
    if (inNarrow) {
      previousNarrow = page;
      narrowGapShown = false;
    }
  }
  return items;
}
