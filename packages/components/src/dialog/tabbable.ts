/**
 * The elements Tab reaches inside a dialog, in the flat tree's order: slotted light-DOM content
 * where its slot is, the shadow roots of nested elements (qc-button's inner `<button>`) where
 * their host is. Used to keep Tab and Shift+Tab cycling inside the dialog in every engine (a
 * native modal dialog lets focus leave for the browser's own interface, and WebKit tabs past it).
 */
const disabledable = 'button, input, select, textarea, fieldset, optgroup, option';

function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || element.tabIndex < 0) return false;
  // A host that delegates focus is not a stop of its own: its inner elements are.
  if (element.shadowRoot?.delegatesFocus) return false;
  if (element.matches(disabledable) && element.matches(':disabled')) return false;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  // One stop per radio group: the checked radio, else the first one.
  if (element instanceof HTMLInputElement && element.type === 'radio' && element.name && !element.checked) {
    const group = element.form?.elements.namedItem(element.name);
    if (group instanceof RadioNodeList && [...group].some((radio) => (radio as HTMLInputElement).checked)) {
      return false;
    }
  }
  return element.checkVisibility
    ? element.checkVisibility({ visibilityProperty: true })
    : element.getClientRects().length > 0;
}

/** The tabbable elements of `root`'s flat tree, in order (`root` itself excluded). */
export function tabbables(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (element: Element): void => {
    if (element instanceof HTMLElement && (element.inert || element.hidden)) return;
    if (element !== root && isTabbable(element)) found.push(element);
    let children: Element[];
    if (element instanceof HTMLSlotElement) children = element.assignedElements({ flatten: true });
    else if (element.shadowRoot) children = [...element.shadowRoot.children];
    else children = [...element.children];
    children.forEach(visit);
  };
  visit(root);
  return found;
}
