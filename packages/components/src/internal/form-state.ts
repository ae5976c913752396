import type { NativeControl } from './validation.js';

/**
 * What a citizen typed survives Back, Forward and reload, in every engine.
 *
 * Browsers restore the values of native controls after a history traversal, but each keys the
 * saved values in its own way, and none of them fits controls that a script creates or names:
 * - Firefox restores only controls the HTML parser inserted (their key is their parser position,
 *   `nsContentUtils::GenerateStateKey`); a control created by script is never restored.
 * - WebKit restores while parsing, by `name` and type: a radio that qc-choice-group names after
 *   parsing (`<qc-choice-group name>` around unnamed radios) is not found again.
 * - Chromium restores once parsing and module scripts are done, by form signature (the action and
 *   the names of the form's first two named controls) then `name` and type; it sees created
 *   controls, as long as no form-associated custom element fixed the form's key earlier (see
 *   button/form-owner.ts).
 * So qc-ds keeps its own copy, for the controls of its fields only: when the page is hidden
 * (`pagehide`: a submit, a link, Back, closing the tab) every connected field's control states go to
 * `sessionStorage` under the page's address; when the same address is shown again by Back, Forward
 * or reload, each field puts them back into its controls as it connects, then forgets them. A
 * control the citizen (or the browser's own restoration) already changed is left alone, so nothing
 * newer is ever overwritten. Passwords, files and `autocomplete="off"` controls (and forms) are
 * never kept, as browsers do.
 */
export interface RestorableField {
  readonly host: HTMLElement;
  /** The field's native controls, in a stable order. */
  controls(): NativeControl[];
  /** Values changed without events: refresh what the field derives from them. */
  restored(): void;
}

/** One control: its type (checked on restore) and its value, checkedness or selected values. */
type ControlState = [type: string, state: string | boolean | string[]] | null;
type PageState = Record<string, ControlState[]>;

const fields = new Set<RestorableField>();
let pending: PageState | undefined;
let listening = false;

function storageKey(): string {
  return `qc-ds:form-state:${location.pathname}${location.search}`;
}

/** The page was shown again from history (Back, Forward) or reloaded, as browsers restore then. */
function isReturn(): boolean {
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  const type = (entry as PerformanceNavigationTiming | undefined)?.type;
  return type === 'back_forward' || type === 'reload';
}

/** Where a field stands in the page: its tag and its rank among the same tags (same page, same place). */
function keyOf(host: HTMLElement): string | null {
  if (host.getRootNode() !== document) return null;
  const rank = Array.prototype.indexOf.call(document.getElementsByTagName(host.localName), host);
  return `${host.localName}#${rank}`;
}

const checkable = (control: NativeControl): control is HTMLInputElement =>
  control.type === 'checkbox' || control.type === 'radio';

function kept(control: NativeControl): boolean {
  return (
    control.type !== 'password' &&
    control.type !== 'file' &&
    control.autocomplete !== 'off' &&
    control.form?.autocomplete !== 'off'
  );
}

function stateOf(control: NativeControl): ControlState {
  if (!kept(control)) return null;
  if (control instanceof HTMLSelectElement) return [control.type, [...control.selectedOptions].map((o) => o.value)];
  return [control.type, checkable(control) ? control.checked : control.value];
}

/** True while the control still shows what the page's HTML gave it. */
function untouched(control: NativeControl): boolean {
  if (control instanceof HTMLSelectElement) {
    const options = [...control.options];
    if (control.multiple || options.some((option) => option.defaultSelected))
      return options.every((option) => option.selected === option.defaultSelected);
    // A single select with no `selected` option shows its first enabled option.
    return control.selectedIndex === options.findIndex((option) => !option.disabled);
  }
  return checkable(control) ? control.checked === control.defaultChecked : control.value === control.defaultValue;
}

function apply(control: NativeControl, saved: ControlState): boolean {
  if (!saved || saved[0] !== control.type || !kept(control) || !untouched(control)) return false;
  const state = saved[1];
  if (control instanceof HTMLSelectElement) {
    if (!Array.isArray(state) || (!control.multiple && state.length === 0)) return false;
    for (const option of control.options) option.selected = state.includes(option.value);
  } else if (checkable(control)) {
    // Checking a radio unchecks its group; unchecking one says nothing about the others.
    if (state === true || (state === false && control.type === 'checkbox')) control.checked = state;
  } else if (typeof state === 'string') {
    control.value = state;
  }
  return !untouched(control);
}

function save(): void {
  const page: PageState = {};
  for (const field of fields) {
    const key = field.host.isConnected ? keyOf(field.host) : null;
    const controls = key ? field.controls().map(stateOf) : [];
    if (key && controls.some((state) => state !== null)) page[key] = controls;
  }
  try {
    if (Object.keys(page).length) sessionStorage.setItem(storageKey(), JSON.stringify(page));
    else sessionStorage.removeItem(storageKey());
  } catch {
    // Storage full or disabled (private modes, policies): the browser's own restoration remains.
  }
}

function load(): PageState {
  if (pending) return pending;
  pending = {};
  try {
    const text = sessionStorage.getItem(storageKey());
    sessionStorage.removeItem(storageKey());
    if (text && isReturn()) pending = JSON.parse(text) as PageState;
  } catch {
    pending = {};
  }
  return pending;
}

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('pagehide', save);
  // Chromium restores native controls in a task after the modules ran: refresh what fields derive
  // (only when the browser restores: Back, Forward, reload; a page kept whole in the back/forward
  // cache comes back as it was left).
  window.addEventListener('pageshow', (event) => {
    if (event.persisted || !isReturn()) return;
    for (const field of fields) if (field.host.isConnected) field.restored();
  });
}

/** Starts keeping `field`'s control states for the next time this page is shown again. */
export function trackFormState(field: RestorableField): void {
  fields.add(field);
  listen();
}

export function untrackFormState(field: RestorableField): void {
  fields.delete(field);
}

/**
 * Puts back the states saved for `field` when the page is shown again (once per page load and
 * field); call it once the field's controls exist. Returns true when a value changed.
 */
export function restoreFormState(field: RestorableField): boolean {
  const page = load();
  const key = Object.keys(page).length ? keyOf(field.host) : null;
  const saved = key ? page[key] : undefined;
  if (!key || !saved) return false;
  delete page[key];
  const controls = field.controls();
  if (controls.length !== saved.length) return false;
  let changed = false;
  controls.forEach((control, index) => {
    if (apply(control, saved[index] ?? null)) changed = true;
  });
  if (changed) field.restored();
  return changed;
}
