/**
 * Helpers of qc-select that do not depend on the element: watching a `<select>`'s selection when a
 * script sets it, and keeping the selection when a framework re-renders the options.
 */

// Typeahead moved to the shared controllers; re-exported for the select's tests and users.
export { fold, Typeahead, type TypeaheadItem } from '../internal/controllers/typeahead.js';

// --- Watching the selection ------------------------------------------------------------------

type Notify = () => void;
const notifiers = new WeakMap<HTMLSelectElement, Notify>();
/** The native accessors, read on first use (importing this module touches no DOM: server rendering). */
const native = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name);

function notifyFrom(node: Element): void {
  const select = node instanceof HTMLSelectElement ? node : node.closest('select');
  if (select) notifiers.get(select)?.();
}

/** An own accessor that calls the prototype's, then tells the select's watcher. */
function watchedAccessor(native: PropertyDescriptor | undefined): PropertyDescriptor {
  return {
    configurable: true,
    enumerable: true,
    get(this: Element) {
      return native?.get?.call(this);
    },
    set(this: Element, value: unknown) {
      native?.set?.call(this, value);
      notifyFrom(this);
    },
  };
}

function watchOption(option: HTMLOptionElement): void {
  if (!Object.prototype.hasOwnProperty.call(option, 'selected'))
    Object.defineProperty(option, 'selected', watchedAccessor(native(HTMLOptionElement.prototype, 'selected')));
}

/**
 * Calls `notify` after a script changes the selection of `select` (`select.value = …`,
 * `selectedIndex`, `option.selected`: what React, Vue and Angular write), which no event or
 * mutation reports. The setters of this one element and its options are wrapped; call again
 * after options were added, and `unwatchSelection` to restore them.
 */
export function watchSelection(select: HTMLSelectElement, notify: Notify): void {
  notifiers.set(select, notify);
  if (!Object.prototype.hasOwnProperty.call(select, 'value')) {
    Object.defineProperty(select, 'value', watchedAccessor(native(HTMLSelectElement.prototype, 'value')));
    Object.defineProperty(
      select,
      'selectedIndex',
      watchedAccessor(native(HTMLSelectElement.prototype, 'selectedIndex')),
    );
  }
  for (const option of select.options) watchOption(option);
}

export function unwatchSelection(select: HTMLSelectElement): void {
  notifiers.delete(select);
  const own = select as unknown as Record<string, unknown>;
  delete own['value'];
  delete own['selectedIndex'];
  for (const option of select.options) delete (option as unknown as Record<string, unknown>)['selected'];
}

// --- Keeping the selection through framework re-renders ---------------------------------------

/** The values of the selected options among `nodes` (options, groups, or a whole select). */
function selectedValuesIn(nodes: Iterable<Node>): string[] {
  const values: string[] = [];
  for (const node of nodes) {
    if (node instanceof HTMLOptionElement) {
      if (node.selected) values.push(node.value);
    } else if (node instanceof Element) {
      for (const option of node.querySelectorAll('option')) if (option.selected) values.push(option.value);
    }
  }
  return values;
}

/**
 * The values of selected options that `records` removed from `select`, or that were selected in
 * a select replaced by `select` (a framework re-rendering the whole control).
 */
export function removedSelection(select: HTMLSelectElement, records: readonly MutationRecord[]): string[] {
  const values: string[] = [];
  for (const record of records) {
    if (record.type !== 'childList') continue;
    if (select.contains(record.target)) values.push(...selectedValuesIn(record.removedNodes));
    else {
      for (const node of record.removedNodes) {
        if (!(node instanceof Element)) continue;
        const old = node instanceof HTMLSelectElement ? node : node.querySelector('select');
        if (old && old !== select) values.push(...[...old.selectedOptions].map((option) => option.value));
      }
    }
  }
  return values;
}

/**
 * Selects again the options equal (same value) to the selected ones a re-render removed, when the
 * browser fell back to its default: for a single select, the first enabled option (or none); for
 * a multiple one, nothing (or only options without the `selected` attribute). A selection the page
 * made explicitly is kept: the removed value already selected again (React and Vue set
 * `option.selected` on the new options before this runs), another option than the fallback, an
 * option with the `selected` attribute. No event is dispatched: nothing changed for the user.
 * Returns true when the selection was restored.
 */
export function restoreSelection(select: HTMLSelectElement, removed: readonly string[]): boolean {
  if (removed.length === 0) return false;
  const options = [...select.options];
  const current = options.filter((option) => option.selected);
  const currentValues = current.map((option) => option.value);
  const lost = removed.filter((value) => !currentValues.includes(value));
  if (lost.length === 0) return false;
  if (select.multiple) {
    if (current.some((option) => option.defaultSelected)) return false;
  } else {
    const fallback = options.find((option) => !option.disabled);
    if (current.length > 0 && current[0] !== fallback) return false;
  }
  const candidates = lost
    .map((value) => options.find((option) => option.value === value && !option.disabled))
    .filter((option): option is HTMLOptionElement => !!option);
  if (candidates.length === 0) return false;
  for (const option of select.multiple ? candidates : candidates.slice(0, 1)) option.selected = true;
  return true;
}
