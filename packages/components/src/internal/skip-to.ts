/**
 * Skip links (`qc-skip-link`, the PIV header's « Passer au contenu »): after the browser follows a
 * same-page link, move the keyboard focus to its target too, so the next Tab starts there and a
 * screen reader reads from there (GOV.UK Frontend's pattern, alphagov/govuk-frontend#2187).
 *
 * A target that cannot take focus (a `<main>`, a heading) gets `tabindex="-1"` only while it has the
 * focus: a permanent one would make a click anywhere inside it move the sequential focus start
 * point back to its top.
 */

/** The element `href` points at in `doc` (`#main`, `main`, `page.html#main` on this page), or null. */
export function skipTarget(href: string | null | undefined, doc: Document = document): HTMLElement | null {
  const value = String(href ?? '').trim();
  if (!value) return null;
  let id = value;
  const hash = value.indexOf('#');
  if (hash >= 0) {
    // A link to another page is not a skip link.
    const base = value.slice(0, hash);
    if (base) {
      try {
        const url = new URL(value, doc.baseURI);
        const here = new URL(doc.URL);
        if (url.origin + url.pathname + url.search !== here.origin + here.pathname + here.search) return null;
      } catch {
        return null;
      }
    }
    id = value.slice(hash + 1);
  }
  if (!id) return null;
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the id up as written.
  }
  const target = doc.getElementById(id);
  return target instanceof HTMLElement ? target : null;
}

/**
 * Focuses `target` the way a skip link should; returns false when it could not take the focus.
 * A target that takes the focus by itself (a link, a field, an author's `tabindex`) is focused as
 * it is: a temporary `tabindex="-1"` would take it out of the tab order until it loses the focus.
 * `options` go to `focus()` (e.g. `{ preventScroll: true }` when the caller scrolls by itself).
 */
export function focusSkipTarget(target: HTMLElement, options?: FocusOptions): boolean {
  const doc = target.ownerDocument;
  if (!target.hasAttribute('tabindex')) {
    target.focus(options);
    if (doc.activeElement === target) return true;
    target.setAttribute('tabindex', '-1');
    target.focus(options);
    if (doc.activeElement !== target) {
      target.removeAttribute('tabindex');
      return false;
    }
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    return true;
  }
  target.focus(options);
  return doc.activeElement === target;
}
