import type { LocalizeController, Terms } from './localize.js';
import { validationStrings } from './validation.strings.js';
import type { ComponentStrings } from './localize.js';

/** A native control whose constraint validation drives a field's error. */
export type NativeControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

type ValidationStrings = (typeof validationStrings)['fr'];

/** A component's strings merged with the shared validation messages (component strings win). */
export function withValidationStrings<T extends Terms>(
  strings: ComponentStrings<T>,
): ComponentStrings<ValidationStrings & T> {
  return {
    fr: { ...validationStrings.fr, ...strings.fr },
    en: { ...validationStrings.en, ...strings.en },
  };
}

const dateTypes = new Set(['date', 'datetime-local', 'month', 'week', 'time']);

function formatNumber(lang: string, value: string): string {
  const number = Number(value);
  return value !== '' && Number.isFinite(number) ? new Intl.NumberFormat(lang).format(number) : value;
}

/** `2025-03-01` → « 1 mars 2025 » / "March 1, 2025"; other values as they are. */
export function formatIsoDate(lang: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const parts = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).formatToParts(date);
  // French writes the first day of a month as an ordinal: « 1er mars 2025 » (Intl gives « 1 mars »).
  const ordinal = lang.toLowerCase().split('-')[0] === 'fr';
  return parts.map((part) => (ordinal && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/**
 * The message for a control's current validity, from its `ValidityState`, in the host's language:
 * '' when valid. A custom validity (`setCustomValidity`) is used as it is.
 */
export function validationMessage(
  control: NativeControl,
  localize: LocalizeController<ValidationStrings>,
  label: string,
): string {
  const validity = control.validity;
  if (validity.valid) return '';
  const lang = localize.lang;
  const type = control instanceof HTMLSelectElement ? 'select' : control.type;
  if (validity.customError) return control.validationMessage;
  if (validity.valueMissing) {
    if (type === 'checkbox') return localize.term('valueMissingCheckbox', label);
    if (type === 'radio') return localize.term('valueMissingChoice', label);
    if (type === 'select' || type === 'select-one' || type === 'select-multiple')
      return localize.term('valueMissingSelect', label);
    if (type === 'file') return localize.term('valueMissingFile', label);
    return localize.term('valueMissing', label);
  }
  if (validity.badInput) return type === 'number' ? localize.term('badInput') : localize.term('invalid', label);
  if (validity.typeMismatch) {
    if (type === 'email') return localize.term('typeMismatchEmail');
    if (type === 'url') return localize.term('typeMismatchUrl');
    return localize.term('typeMismatch', label);
  }
  if (validity.patternMismatch) return localize.term('patternMismatch', label, control.title.trim());
  const input = control as HTMLInputElement;
  const length = formatNumber(lang, String(control.value.length));
  if (validity.tooShort) return localize.term('tooShort', label, formatNumber(lang, String(input.minLength)), length);
  if (validity.tooLong) return localize.term('tooLong', label, formatNumber(lang, String(input.maxLength)), length);
  const isDate = dateTypes.has(type);
  if (validity.rangeUnderflow)
    return isDate
      ? localize.term('rangeUnderflowDate', label, formatIsoDate(lang, input.min))
      : localize.term('rangeUnderflow', label, formatNumber(lang, input.min));
  if (validity.rangeOverflow)
    return isDate
      ? localize.term('rangeOverflowDate', label, formatIsoDate(lang, input.max))
      : localize.term('rangeOverflow', label, formatNumber(lang, input.max));
  if (validity.stepMismatch) {
    const step = input.step || '1';
    return Number(step) === 1 && !input.min
      ? localize.term('stepMismatchInteger')
      : localize.term('stepMismatch', label, formatNumber(lang, step));
  }
  return localize.term('invalid', label);
}
