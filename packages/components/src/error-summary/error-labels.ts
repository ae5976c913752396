/**
 * How the error summary names an error: the label of a field or of a plain control, the author's
 * own message, and what to bring into view above a control when its link is followed.
 */
import type { FormField } from '../internal/form-coordinator.js';
import type { NativeControl } from '../internal/validation.js';

export const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** A field's label text (FieldController has `labelText()`; other FormField implementations may not). */
export function fieldLabel(field: FormField): string {
  const own = (field as Partial<{ labelText(): string }>).labelText;
  return typeof own === 'function' ? own.call(field) : '';
}

/** A field's `invalid-text` (attribute or property), which replaces its built-in messages. */
export function authorMessage(host: HTMLElement): string {
  const property = (host as Partial<{ invalidText: unknown }>).invalidText;
  return text(typeof property === 'string' ? property : host.getAttribute('invalid-text'));
}

/**
 * Label text of a plain control: `aria-labelledby`, `<label>`, `aria-label`, `title`; for a radio,
 * the question (its fieldset's legend) rather than one answer's label.
 */
export function controlLabel(control: NativeControl): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const legend =
    control instanceof HTMLInputElement && control.type === 'radio'
      ? (control.closest('fieldset')?.querySelector(':scope > legend')?.textContent ?? '')
      : '';
  const byIds = (control.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? root.getElementById(id)?.textContent : ''))
    .join(' ');
  const fromLabel = control.labels?.[0]?.textContent ?? '';
  const found = legend.trim() || byIds.trim() || fromLabel || control.getAttribute('aria-label') || control.title;
  return found
    .replace(/\s+/g, ' ')
    .replace(/\s*\*\s*$/, '')
    .trim();
}

/** The element to bring into view above a control: the legend of its group, its label, or none. */
export function labelToReveal(control: HTMLElement, host: HTMLElement | null): HTMLElement | null {
  const root = control.getRootNode() as Document | ShadowRoot;
  const groupLabelId = host?.getAttribute('role')?.match(/^(radio)?group$/) ? host.getAttribute('aria-labelledby') : '';
  const legend =
    (groupLabelId ? root.getElementById(groupLabelId.split(/\s+/)[0] ?? '') : null) ??
    control.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend') ??
    null;
  // Native controls and buttons have `labels`; an enhanced widget (a select's combobox) has a
  // `<label for>` pointing at it.
  const labels = (control as Partial<HTMLInputElement>).labels;
  const label =
    labels?.[0] ??
    control.closest('label') ??
    (control.id ? root.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`) : null);
  // GOV.UK's rule: prefer the question (legend) when it fits on screen with the control.
  if (legend) {
    const legendTop = legend.getBoundingClientRect().top;
    const box = control.getBoundingClientRect();
    if (box.height === 0 || box.bottom - legendTop < window.innerHeight / 2) return legend;
  }
  return label;
}
