import { restoreFormState, trackFormState, untrackFormState, type RestorableField } from './form-state.js';
import type { NativeControl } from './validation.js';

/**
 * One coordinator per `<form>`: the one place that follows the form's submit attempts and resets.
 * Fields subscribe to it (`register`); it knows their errors and, once an error summary asks for
 * them (`followPlainControls`), the errors of the form's plain native controls too.
 *
 * - On a submit attempt, the browser fires `invalid` on every invalid control (and does not submit).
 *   The coordinator cancels those events for qc-ds fields (so the native bubble never appears), has
 *   each field show its error, then, once all have fired, dispatches `qc-invalid-submit` on the
 *   form with the errors in document order. An error summary that handles it calls
 *   `preventDefault()` and takes focus; otherwise focus goes to the first invalid field.
 * - Just before an attempt can start (a click, Enter, focus moving), fields bring their own
 *   constraints up to date: a framework may have set values without events.
 * - Whenever a shown error changes, `qc-errors-change` is dispatched on the form (summaries
 *   update as errors are fixed).
 * - `form.reset()`: once the browser has restored the values, every field hears `formReset()`.
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
  /** The form was reset and the browser has restored the values: clear the error, follow the values. */
  formReset(): void;
  /** Brings the field's own constraints (custom validity) up to date with its values. */
  refreshValidity?(): void;
  /** True when `element` is (or is inside) one of this field's controls. */
  owns(element: EventTarget | null): boolean;
}

/** Something else that follows the form's submits and resets through its coordinator (an error summary). */
export interface FormListener {
  /** A submit event (the browser found the form valid, or it is not validated). */
  submitted?(): void;
  /** A reset event (the values are restored after it). */
  reset?(): void;
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

/** A plain native control in error, listed as a field of its own (words from the summary that asked). */
class PlainControl implements FormField {
  constructor(
    readonly host: NativeControl,
    private readonly words: PlainWords,
  ) {}

  get error(): string {
    const control = this.host;
    return control.isConnected && !control.disabled ? this.words.message(control) : '';
  }

  get focusTarget(): HTMLElement {
    return this.host;
  }

  labelText(): string {
    return this.words.label(this.host);
  }

  validate(): string {
    return this.error;
  }

  formReset(): void {}

  /** The control, or another radio of its group (a radio group is listed once). */
  owns(element: EventTarget | null): boolean {
    const a = this.host;
    if (element === a) return true;
    return (
      element instanceof HTMLInputElement &&
      a instanceof HTMLInputElement &&
      a.type === 'radio' &&
      element.type === 'radio' &&
      a.name !== '' &&
      a.name === element.name &&
      a.form === element.form
    );
  }
}

/** How an error summary words a plain control's error (in its own language) and names it. */
export interface PlainWords {
  message(control: NativeControl): string;
  label(control: NativeControl): string;
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
  /** Plain native controls found invalid on a submit attempt (once a summary asked for them). */
  private readonly plain = new Set<PlainControl>();
  private plainWords: PlainWords | undefined;
  private readonly listeners = new Set<FormListener>();

  private constructor(form: HTMLFormElement) {
    this.form = form;
    // `invalid` does not bubble, but it can be caught on the way down.
    form.addEventListener('invalid', this.onInvalid, true);
    form.addEventListener('submit', this.onSubmit, true);
    form.addEventListener('reset', this.onReset);
    for (const type of ['click', 'keydown', 'focusin'] as const) form.addEventListener(type, this.beforeAttempt, true);
    form.addEventListener('input', this.onPlainEdit);
    form.addEventListener('change', this.onPlainEdit);
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

  listen(listener: FormListener): void {
    this.listeners.add(listener);
  }

  unlisten(listener: FormListener): void {
    this.listeners.delete(listener);
  }

  /**
   * From now on, plain native controls that a submit attempt finds invalid are reported like fields
   * (no native bubble; listed, followed as they are fixed), worded by `words`. An error summary
   * asks for this: without one, the browser's own bubble is the only report a plain control has.
   */
  followPlainControls(words: PlainWords): void {
    this.plainWords ??= words;
  }

  /** The errors shown now, in document order. */
  errors(): FormError[] {
    for (const entry of this.plain) if (!entry.error || entry.host.form !== this.form) this.plain.delete(entry);
    return [...this.fields, ...this.plain]
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
    if (!field) {
      this.onPlainInvalid(event);
      return;
    }
    event.preventDefault();
    this.invalidNow.add(field);
    field.validate('submit');
    this.scheduleReport();
  };

  /** A plain control: checked at its target, after its own listeners (the author's may cancel it). */
  private onPlainInvalid(event: Event): void {
    const control = event.target;
    const words = this.plainWords;
    if (!words || !(control instanceof HTMLElement)) return;
    control.addEventListener(
      'invalid',
      (atTarget) => {
        if (atTarget.defaultPrevented) return;
        // No native bubble either: the summary lists it.
        atTarget.preventDefault();
        const known = [...this.plain].some((entry) => entry.owns(control));
        if (!known) this.plain.add(new PlainControl(control as NativeControl, words));
        this.scheduleReport();
      },
      { once: true },
    );
  }

  private scheduleReport(): void {
    if (this.reportScheduled) return;
    this.reportScheduled = true;
    // Every `invalid` event of one attempt fires synchronously: report once they all have.
    queueMicrotask(() => {
      this.reportScheduled = false;
      this.report();
    });
  }

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
    this.plain.clear();
    for (const listener of this.listeners) listener.submitted?.();
    if (this.form.noValidate) return;
    for (const field of this.fields) if (field.error) field.validate('submit');
  };

  private readonly onReset = (): void => {
    this.plain.clear();
    for (const listener of this.listeners) listener.reset?.();
    // The browser restores values after the event: fields follow once it has.
    setTimeout(() => {
      for (const field of this.fields) field.formReset();
    });
  };

  private readonly beforeAttempt = (): void => {
    for (const field of this.fields) field.refreshValidity?.();
  };

  /** A plain control in error is edited: summaries follow its error, like the fields'. */
  private readonly onPlainEdit = (event: Event): void => {
    if ([...this.plain].some((entry) => entry.owns(event.target))) this.errorsChanged();
  };
}
