// Helpers for the page-template tests (stories/pages/navigation-pages.test.ts, page-proofs.test.ts):
// the focused element through shadow roots, which part of a page holds it, and Tab walks.
import { sendKeys } from '@web/test-runner-commands';
import { axElement } from '../../packages/components/src/internal/test/ax.js';

/** The element that has the focus, through open shadow roots. */
export function deepActive(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The parent of `node` in the composed tree (a shadow root's host). */
function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/** The closest element matching `selector` from `node` up, crossing shadow roots. */
export function closestComposed(node: Node | null, selector: string): Element | null {
  for (let current = node; current; current = composedParent(current)) {
    if (current instanceof Element && current.matches(selector)) return current;
  }
  return null;
}

/** Whether `node` is `root` or inside it, crossing shadow roots. */
export function containsComposed(root: Node, node: Node | null): boolean {
  for (let current = node; current; current = composedParent(current)) if (current === root) return true;
  return false;
}

/** A short description of an element for failure messages (chai must never print a whole node). */
export function describeElement(element: Element | null): string {
  if (!element) return '(nothing)';
  const host = (element.getRootNode() as ShadowRoot).host;
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `${host ? `${host.localName} › ` : ''}${element.localName}${text ? ` “${text.slice(0, 40)}”` : ''}`;
}

/** Whether `element` has a box on screen (not display:none, not zero-sized). */
export function hasBox(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Presses Tab until `accept` says yes (returns that element) or `max` stops were tried (returns null). */
export async function tabUntil(accept: (element: Element) => boolean, max = 80): Promise<Element | null> {
  for (let stop = 0; stop < max; stop++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active && accept(active)) return active;
  }
  return null;
}

/** A Tab stop, with what it looked like while it had the focus. */
export interface TabStop {
  readonly element: Element;
  /** It had a box on screen while focused (content shown on focus, such as a skip link, counts). */
  readonly visible: boolean;
  /** Its accessible name while focused, from the engine's accessibility tree. */
  readonly name: string;
}

/**
 * Every Tab stop from the current focus while the focus stays inside `root`, in order; stops when it
 * leaves `root` or comes back to a stop it already visited (a trap). Each stop is measured while it
 * has the focus: what shows on focus (a skip link, a toggletip's panel) hides again afterwards.
 */
export async function tabWalk(root: Element, max = 150): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  for (let stop = 0; stop < max; stop++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || !containsComposed(root, active) || stops.some((s) => s.element === active)) break;
    const visible = await waitFor(() => hasBox(active), 500);
    stops.push({ element: active, visible, name: await accessibleName(active) });
  }
  return stops;
}

/** Polls `test` every animation frame until it is true or `timeout` ms have passed; returns its last value. */
export async function waitFor(test: () => boolean, timeout = 3000): Promise<boolean> {
  const end = performance.now() + timeout;
  while (performance.now() < end) {
    if (test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return test();
}

/**
 * The accessible name of `element` from the engine's accessibility tree. Firefox updates its tree
 * a moment after a change (a skip link shown on focus enters it then): ask again for up to a second.
 */
export async function accessibleName(element: Element): Promise<string> {
  let name = '';
  for (let attempt = 0; attempt < 10 && !name; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    name = (await axElement(element)).name.trim();
  }
  return name;
}
