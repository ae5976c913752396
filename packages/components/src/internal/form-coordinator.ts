import { restoreFormState, trackFormState, untrackFormState, type RestorableField } from './form-state.js';
import type { NativeControl } from './validation.js';

/**
 * One coordinator per `<form>`: knows the qc-ds fields in it, turns the browser's constraint
 * validation into a qc-ds submit attempt, and tells error summaries what to show.
 *
 * - On a submit attempt, the browser fires `invalid` on every invalid control (and does not submit).
 *   The coordinator cancels those events for qc-ds fields (so the native bubble never appears), has
 *   each field show its error, then, once all have fired, dispatches `qc-invalid-submit` on the
 *   form with the errors in document order. An error summary that handles it calls
 *   `preventDefault()` and takes focus; otherwise focus goes to the first invalid field.
 * - Whenever a field's shown error changes, `qc-errors-change` is dispatched on the form (summaries
 *   update as errors are fixed).
 * - `form.reset()` clears every field's error after the browser restored the values.
 * - The form's native controls outside qc-ds fields are kept across Back and reload with the
 *   fields' (internal/form-state.ts): a qc-ds field in a form must never cost the rest of the form
 *   its restoration.
 * A form with `novalidate` is left alone: the browser does not validate it, so neither do we.
 */
export interface FormField {
  /** The qc-ds element. */
  readonly host: HTMLElement;
  /** The error shown now ('' when none). */
  readonly error: string;
  /** What the summary links to and focus goes to. */
  readonly focusTarget: HTMLElement | null;
  /** Validates and shows the error (a submit attempt); returns it ('' when valid). */
  validate(reason: 'submit'): string;
  /** Clears the shown error (after a reset). */
  clearError(): void;
  /** True when `element` is (or is inside) one of this field's controls. */
  owns(element: EventTarget | null): boolean;
}

/** One entry of an error summary. */
export interface FormError {
  field: FormField;
  message: string;
  target: HTMLElement | null;
}

export interface InvalidSubmitDetail {
  errors: FormError[];
}

declare global {
  interface HTMLElementEventMap {
    'qc-invalid-submit': CustomEvent<InvalidSubmitDetail>;
    'qc-errors-change': CustomEvent<InvalidSubmitDetail>;
  }
}

const coordinators = new WeakMap<HTMLFormElement, FormCoordinator>();

const textless = new Set(['hidden', 'submit', 'reset', 'button', 'image']);

/** Inside a qc-ds element (whose field keeps its own controls' states). */
function insideComponent(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement)
    if (node.localName.startsWith('qc-')) return true;
  return false;
}

function byDocumentOrder(a: FormField, b: FormField): number {
  return a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class FormCoordinator implements RestorableField {
  /** The coordinator of `form`, created on first use. */
  static of(form: HTMLFormElement): FormCoordinator {
    let coordinator = coordinators.get(form);
    if (!coordinator) {
      coordinator = new FormCoordinator(form);
      coordinators.set(form, coordinator);
    }
    return coordinator;
  }

  readonly form: HTMLFormElement;
  private readonly fields = new Set<FormField>();
  private reportScheduled = false;
  private changeScheduled = false;
  /** Fields that fired `invalid` in the submit attempt under way. */
  private readonly invalidNow = new Set<FormField>();

  private constructor(form: HTMLFormElement) {
    this.form = form;
    // `invalid` does not bubble, but it can be caught on the way down.
    form.addEventListener('invalid', this.onInvalid, true);
    form.addEventListener('submit', this.onSubmit, true);
    form.addEventListener('reset', this.onReset);
    // The form's own native controls come back after Back too, whatever key the engine gave them.
    restoreFormState(this);
  }

  get host(): HTMLFormElement {
    return this.form;
  }

  /**
   * The form's named native controls outside qc-ds elements (hidden inputs excluded: a server's
   * token must never be replaced by an old one), kept across Back with the fields' (form-state.ts).
   */
  controls(): NativeControl[] {
    return [...this.form.elements].filter(
      (el): el is NativeControl =>
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) &&
        !!el.name &&
        !textless.has(el.type) &&
        !insideComponent(el),
    );
  }

  /** Nothing derives from the native controls. */
  restored(): void {}

  register(field: FormField): void {
    this.fields.add(field);
    if (this.fields.size === 1) trackFormState(this);
    if (field.error) this.errorsChanged();
  }

  unregister(field: FormField): void {
    if (this.fields.delete(field) && field.error) this.errorsChanged();
    if (this.fields.size === 0) untrackFormState(this);
  }

  /** The errors shown now, in document order. */
  errors(): FormError[] {
    return [...this.fields]
      .filter((field) => field.error && field.host.isConnected)
      .sort(byDocumentOrder)
      .map((field) => ({ field, message: field.error, target: field.focusTarget }));
  }

  /** A field's shown error changed: tell the summaries (once per task). */
  errorsChanged(): void {
    if (this.changeScheduled) return;
    this.changeScheduled = true;
    queueMicrotask(() => {
      this.changeScheduled = false;
      this.form.dispatchEvent(new CustomEvent('qc-errors-change', { detail: { errors: this.errors() } }));
    });
  }

  private readonly onInvalid = (event: Event): void => {
    if (this.form.noValidate) return;
    const field = [...this.fields].find((candidate) => candidate.owns(event.target));
    if (!field) return;
    event.preventDefault();
    this.invalidNow.add(field);
    field.validate('submit');
    if (this.reportScheduled) return;
    this.reportScheduled = true;
    // Every `invalid` event of one attempt fires synchronously: report once they all have.
    queueMicrotask(() => {
      this.reportScheduled = false;
      this.report();
    });
  };

  private report(): void {
    // An error still shown on a field the browser found valid is out of date: a framework set a
    // valid value without an event (React state, Angular setValue). It goes on this attempt.
    for (const field of this.fields) if (field.error && !this.invalidNow.has(field)) field.validate('submit');
    this.invalidNow.clear();
    const errors = this.errors();
    if (errors.length === 0) return;
    const event = new CustomEvent<InvalidSubmitDetail>('qc-invalid-submit', { detail: { errors }, cancelable: true });
    // Not cancelled by a summary: move focus to the first field in error, as GOV.UK does.
    if (this.form.dispatchEvent(event)) errors[0]?.target?.focus();
  }

  /** The browser found every field valid: errors still shown are out of date (see `report`). */
  private readonly onSubmit = (): void => {
    if (this.form.noValidate) return;
    for (const field of this.fields) if (field.error) field.validate('submit');
  };

  private readonly onReset = (): void => {
    // The browser restores values after the event: clear errors once it has.
    setTimeout(() => {
      for (const field of this.fields) field.clearError();
    });
  };
}
