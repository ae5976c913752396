/**
 * Helpers shared by qc-checkbox and qc-choice-group (no side effects: importing this module does
 * not pull in either element).
 */

const part = 'data-qc-part';

/** The `<label>` the author wrote for `input` (wrapping it, or `for` its id), not one qc-ds created. */
export function authoredChoiceLabel(input: HTMLInputElement, host: Element): HTMLLabelElement | undefined {
  const wrapping = input.closest('label');
  if (wrapping && host.contains(wrapping)) return wrapping;
  return [...(input.labels ?? [])].find((label) => host.contains(label) && !label.hasAttribute(part));
}

/**
 * Sets `required` on `control` while `required` is true and takes it back when it turns false, only
 * where it was set this way (an author's own `required` attribute stays).
 */
export function mirrorRequired(control: HTMLInputElement, required: boolean, setByUs: WeakSet<Element>): void {
  if (required) {
    if (!control.required) setByUs.add(control);
    control.required = true;
  } else if (setByUs.has(control)) {
    setByUs.delete(control);
    control.required = false;
  }
}
