import { focusSkipTarget } from '../internal/skip-to.js';

/** What a keyboard user can land on after an alert disappears: a heading or a focusable element. */
const STOP =
  'h1, h2, h3, h4, h5, h6, [role="heading"], a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

function visible(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (check) return check.call(element, { visibilityProperty: true });
  return element.getClientRects().length > 0;
}

/**
 * The first heading or focusable element after `alert` in document order (outside the alert),
 * else the page's `main`. This is where the reading continues once the alert is gone: for a
 * site-wide alert above the PIV header, the header's first link; for an alert inside the main
 * content, the next heading or link.
 */
export function focusDestination(alert: HTMLElement): HTMLElement | null {
  const root = alert.getRootNode() as Document | ShadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = alert;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The alert's own content goes away with it.
    if (alert.contains(node)) continue;
    const element = node as HTMLElement;
    if (element.matches(STOP) && visible(element)) return element;
  }
  return root.querySelector<HTMLElement>('main, [role="main"]') ?? document.querySelector('main, [role="main"]');
}

/** Moves the focus to `target`: focusable elements as they are, others with a temporary tabindex. */
export function moveFocus(target: HTMLElement): boolean {
  if (target.matches(FOCUSABLE)) {
    target.focus();
    return target.ownerDocument.activeElement === target || target.getRootNode() !== target.ownerDocument;
  }
  return focusSkipTarget(target);
}
