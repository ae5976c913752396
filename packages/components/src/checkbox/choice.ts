/**
 * Helpers shared by qc-checkbox and qc-choice-group (no side effects: importing this module does
 * not pull in either element).
 */

import { PART } from '../internal/part.js';

/** The `<label>` the author wrote for `input` (wrapping it, or `for` its id), not one qc-ds created. */
export function authoredChoiceLabel(input: HTMLInputElement, host: Element): HTMLLabelElement | undefined {
  const wrapping = input.closest('label');
  if (wrapping && host.contains(wrapping)) return wrapping;
  return [...(input.labels ?? [])].find((label) => host.contains(label) && !label.hasAttribute(PART));
}
