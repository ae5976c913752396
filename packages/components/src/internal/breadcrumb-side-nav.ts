/**
 * What `qc-breadcrumb` and `qc-side-nav` share: both are a named `navigation` landmark around the
 * author's light-DOM list, either the author's own `<nav>` or, without one, the element itself. The
 * author's nodes are never moved (frameworks keep managing them); only attributes are added, each
 * recorded with a `data-qc-part-…` flag so it can be taken back when the author's markup changes.
 */
import { PART } from './part.js';

/** Flags what a component added: a landmark role and name on the host, a name on the author's nav. */
export const LANDMARK_FLAG = `${PART}-landmark`;
export const LABEL_FLAG = `${PART}-label`;

/** Sets an attribute only when its value changes (a mutation observer sees every set). */
export function setAttr(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/**
 * Makes the landmark: the author's `<nav>` child when there is one (named with `label` unless the
 * author named it), else the host (`role="navigation"`, `aria-label`). Returns the element that
 * holds the list.
 */
export function syncNavLandmark(host: HTMLElement, label: string): HTMLElement {
  const nav = host.querySelector<HTMLElement>(':scope > nav');
  if (!nav) {
    setAttr(host, 'role', 'navigation');
    setAttr(host, 'aria-label', label);
    setAttr(host, LANDMARK_FLAG, '');
    return host;
  }
  if (host.hasAttribute(LANDMARK_FLAG)) {
    for (const name of ['role', 'aria-label', LANDMARK_FLAG]) host.removeAttribute(name);
  }
  const named =
    nav.hasAttribute('aria-labelledby') || (nav.hasAttribute('aria-label') && !nav.hasAttribute(LABEL_FLAG));
  if (!named) {
    setAttr(nav, 'aria-label', label);
    setAttr(nav, LABEL_FLAG, '');
  } else if (nav.hasAttribute(LABEL_FLAG) && nav.hasAttribute('aria-labelledby')) {
    nav.removeAttribute('aria-label');
    nav.removeAttribute(LABEL_FLAG);
  }
  return nav;
}
