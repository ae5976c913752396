import type { LocalizeController } from '../localize.js';
import type { NativeControl } from '../validation.js';
import type { validationStrings } from '../validation.strings.js';

/** What a validator reads: the field's host (its properties), its native controls and its label. */
export interface ValidatedField<H extends HTMLElement = HTMLElement> {
  readonly host: H;
  /** `control`: one control; `group`: choices named by a legend; `composite`: parts of one value. */
  readonly mode: 'control' | 'group' | 'composite';
  controls(): NativeControl[];
  /** The field's label text, for messages. */
  labelText(): string;
  /** The host's strings (its own merged with the shared validation messages). */
  readonly localize: LocalizeController<(typeof validationStrings)['fr']>;
}

/** A constraint the browser lacks: its message ('' when met) and the controls that carry it. */
export interface ValidatorResult {
  message: string;
  controls: readonly NativeControl[];
}

/**
 * One small rule of a field, listed by its component (`static validators = [requiredValidator, …]`,
 * as Web Awesome's `validators/` are). Each part is optional:
 * - `apply` mirrors a host state onto the controls, at every wiring (native `required`);
 * - `check` states a constraint the browser has not: its message becomes the custom validity of the
 *   named controls, so the browser blocks the submit and reports them like its own constraints;
 * - `shown` is an error shown as given whatever the controls say (a server's), `null` for none;
 *   `clear` takes it back when the citizen edits the field.
 */
export interface Validator<H extends HTMLElement = HTMLElement> {
  apply?(field: ValidatedField<H>): void;
  check?(field: ValidatedField<H>): ValidatorResult | null;
  shown?(field: ValidatedField<H>): string | null;
  clear?(field: ValidatedField<H>): void;
}

/** The custom validity qc-ds set on each control (only ever our own is replaced or cleared). */
const owned = new WeakMap<NativeControl, string>();

/**
 * Sets (or clears, with '') the custom validity qc-ds gives `control`. An author's own
 * `setCustomValidity` is never overwritten nor cleared: it wins until the author clears it.
 */
export function setOwnValidity(control: NativeControl, message: string): void {
  const ours = owned.get(control);
  // A disabled control reports no validation message: what it carries then can only be ours.
  const authors = control.validity.customError && control.validationMessage !== ours && control.willValidate;
  if (message) {
    if (authors) return;
    if (control.validationMessage !== message || !control.validity.customError) control.setCustomValidity(message);
    owned.set(control, message);
  } else if (ours !== undefined) {
    if (!authors) control.setCustomValidity('');
    owned.delete(control);
  }
}

/** Runs the validators' `check`s and puts their messages in the controls' validity (the first wins). */
export function updateValidity<H extends HTMLElement>(
  validators: readonly Validator<H>[],
  field: ValidatedField<H>,
): void {
  // Made only when a rule fails: most checks of most fields find nothing.
  let messages: Map<NativeControl, string> | undefined;
  for (const validator of validators) {
    const result = validator.check?.(field);
    if (!result?.message) continue;
    messages ??= new Map();
    for (const control of result.controls) if (!messages.has(control)) messages.set(control, result.message);
  }
  for (const control of field.controls()) setOwnValidity(control, messages?.get(control) ?? '');
}
