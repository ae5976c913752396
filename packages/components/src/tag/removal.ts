import { focusSkipTarget } from '../internal/skip-to.js';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The `<li>` a tag sits alone in (nothing else but spaces), else null. */
function loneItem(tag: HTMLElement): HTMLElement | null {
  const item = tag.parentElement;
  if (item?.localName !== 'li') return null;
  for (const node of item.childNodes) {
    if (node !== tag && (node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim())) return null;
  }
  return item;
}

/** What goes when a tag removes itself: the tag, or the list item it was the only content of. */
export function itemToRemove(tag: HTMLElement): HTMLElement {
  return loneItem(tag) ?? tag;
}

/**
 * The tags of `tag`'s group, in order, and the element that holds the group: the `<li>` items of
 * one `ul`/`ol` when the tag is in a list item, else the tags of its parent.
 */
function group(tag: HTMLElement): { tags: HTMLElement[]; container: Element | null } {
  const name = tag.localName;
  const parent = tag.parentElement;
  const list = parent?.localName === 'li' ? parent.parentElement : null;
  if (list && (list.localName === 'ul' || list.localName === 'ol')) {
    return { tags: [...list.querySelectorAll<HTMLElement>(`:scope > li > ${name}`)], container: list };
  }
  return { tags: parent ? [...parent.querySelectorAll<HTMLElement>(`:scope > ${name}`)] : [], container: parent };
}

/** A tag's own control: its remove button, else its link. */
function control(tag: HTMLElement): HTMLElement | null {
  return tag.shadowRoot?.querySelector<HTMLElement>('[part~="remove-button"], [part~="link"]') ?? null;
}

/** The heading before `element` in document order, outside it. */
function headingBefore(element: Element): HTMLElement | null {
  const walker = document.createTreeWalker(element.getRootNode(), NodeFilter.SHOW_ELEMENT);
  walker.currentNode = element;
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    if ((node as Element).matches(HEADING) && !(node as Element).contains(element)) return node as HTMLElement;
  }
  return null;
}

/**
 * Where the focus goes when `tag` removes itself, as a function that moves it there (call it
 * before the tag leaves the page): the next tag's remove button or link in its group, else the
 * previous tag's, else the heading before the group (the list's title, « Filtres appliqués »),
 * else `main`. Returns null when there is nowhere to go.
 */
export function focusAfterRemoval(tag: HTMLElement): (() => void) | null {
  const { tags, container } = group(tag);
  const index = tags.indexOf(tag);
  const after = tags.slice(index + 1);
  const before = tags.slice(0, index).reverse();
  for (const other of [...after, ...before]) {
    const target = control(other);
    if (target) return () => target.focus();
  }
  const heading = headingBefore(container ?? tag);
  const main = tag.ownerDocument.querySelector<HTMLElement>('main, [role="main"]');
  const fallback = heading ?? main;
  return fallback ? () => focusSkipTarget(fallback) : null;
}
