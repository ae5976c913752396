/**
 * The accessibility tree in tests, in every engine (served by scripts/a11y-snapshot-plugin.mjs).
 *
 * - `axTree()`: the page's tree (or the subtree of `#id`) as the engine exposes it to assistive
 *   technologies: Chromium's (DevTools protocol) and Firefox's (nsIAccessibilityService), in one shape.
 *   WebKitWebDriver has none: tests that read the tree say so with `NEEDS_AX_TREE` (./engine.ts).
 * - `axElement(element)`: the computed role and accessible name of one element, in all three engines
 *   (WebKit: WebDriver's "Get Computed Role" and "Get Computed Label").
 */
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { engine, type EngineLimits } from './engine.js';

/** A node of the accessibility tree (states only when the engine reports them). */
export interface AxNode {
  role: string;
  name: string;
  level?: number;
  description?: string;
  disabled?: boolean;
  expanded?: boolean;
  selected?: boolean;
  required?: boolean;
  multiselectable?: boolean;
  invalid?: boolean;
  checked?: boolean | 'mixed';
  value?: string;
  children?: AxNode[];
}

/** True where the engine gives the whole tree (Chromium, Firefox). */
export const hasAxTree = engine !== 'webkit';

/** For `itExcept`/`describeExcept`: assertions on the tree (structure, states, descriptions, absence). */
export const NEEDS_AX_TREE: EngineLimits = {
  webkit: 'WebKitWebDriver exposes no accessibility tree (only the computed role and label of one element)',
};

/**
 * For assertions on the invalid state. Firefox 153 reports every control that fails constraint
 * validation (a required control left alone, and its form) as invalid from the start, whatever
 * aria-invalid says, where HTML-AAM asks browsers to wait for the user (w3c/html-aam#429; Chromium
 * waits), and leaves a control invalid after aria-invalid goes from "true" to "false" as its value
 * becomes valid (.engine-findings.md). Tests check the aria-invalid attributes in every engine.
 */
export const INVALID_STATE: EngineLimits = {
  ...NEEDS_AX_TREE,
  firefox:
    'Firefox exposes controls that fail constraint validation as invalid whatever aria-invalid says (w3c/html-aam#429 not implemented)',
};

/** The page's accessibility tree, or the subtree of `selector` (`#id`). */
export async function axTree(selector?: string): Promise<AxNode> {
  return (await a11ySnapshot(selector ? { selector } : {})) as unknown as AxNode;
}

/** Every node under `node` (itself included) that passes `test`, in tree order. */
export function findAll(node: AxNode | null | undefined, test: (node: AxNode) => boolean): AxNode[] {
  if (!node) return [];
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, test))];
}

/** Every node of the page's tree with `role`, in tree order. */
export async function axNodes(role: string): Promise<AxNode[]> {
  return findAll(await axTree(), (node) => node.role === role);
}

let queue: Promise<unknown> = Promise.resolve();

/** `element`'s computed role and accessible name (`none` and '' when it is not in the tree). */
export function axElement(element: Element): Promise<{ role: string; name: string }> {
  // The element travels through a global the runner reads: one query at a time.
  const ask = async () => {
    (window as Window & { __qcAxElement?: Element }).__qcAxElement = element;
    try {
      return await executeServerCommand<{ role: string; name: string }, undefined>('qc-ax-element');
    } finally {
      delete (window as Window & { __qcAxElement?: Element }).__qcAxElement;
    }
  };
  const query = queue.then(async () => {
    let result = await ask();
    // Firefox builds its accessibility tree after the DOM changes, in its own time: on a loaded
    // machine a node added just before can still be missing. Asked again for up to a second; an
    // element really absent from the tree still answers `none` at the end.
    for (let tries = 0; engine === 'firefox' && result.role === 'none' && tries < 10; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      result = await ask();
    }
    return result;
  });
  queue = query.catch(() => undefined);
  return query;
}

/**
 * The computed role `element` has in this engine when HTML-AAM maps it to `role`. WebKit computes
 * `button` for a drop-down `<select>` (the « pop-up button » of macOS, as VoiceOver says it), where
 * HTML-AAM, Chromium and Firefox say `combobox`.
 */
export function computedRoleFor(element: Element, role: string): string {
  const dropDown = element instanceof HTMLSelectElement && !element.multiple && element.size <= 1;
  return engine === 'webkit' && dropDown && role === 'combobox' ? 'button' : role;
}
