import type { LocalizeController } from '../internal/localize.js';
import { formatIsoDate, type withValidationStrings } from '../internal/validation.js';
import type { Validator } from '../internal/validators/validator.js';
import type { dateFieldStrings, DatePart } from './date-field.strings.js';

/** The parts, in the order they are shown and read: Québec's AAAA-MM-JJ. */
export const dateParts: readonly DatePart[] = ['year', 'month', 'day'];

export type DateTexts = Record<DatePart, string>;

type Strings = LocalizeController<ReturnType<typeof withValidationStrings<(typeof dateFieldStrings)['fr']>>['fr']>;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** True for a real date written `YYYY-MM-DD` (years 1000 to 9999). */
export function isIsoDate(value: string | null | undefined): value is string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** What is wrong with the parts: the message (built on demand), the parts to mark, and the ISO value. */
export interface DateCheck {
  iso: string;
  wrong: DatePart[];
  message(): string;
}

/** What the date rules read from the field. */
export interface DateHost {
  readonly parts: HTMLInputElement[];
  min: string | null;
  max: string | null;
}

/** Checks the parts, as typed. The order of the checks is the order a citizen fixes things in. */
export function checkDate(host: DateHost, localize: Strings, label: () => string): DateCheck {
  const texts = {} as DateTexts;
  dateParts.forEach((kind, i) => (texts[kind] = host.parts[i]!.value.trim()));
  const none: DateCheck = { iso: '', wrong: [], message: () => '' };
  const fail = (wrong: DatePart[], message: () => string, iso = ''): DateCheck => ({ iso, wrong, message });

  const missing = dateParts.filter((kind) => texts[kind] === '');
  // Nothing typed: fine, unless required (the parts' native `valueMissing` says so).
  if (missing.length === dateParts.length) return none;
  if (missing.length) return fail(missing, () => localize.term('incomplete', label(), missing));
  const notNumbers = dateParts.filter((kind) => !/^\d+$/.test(texts[kind]));
  if (notNumbers.length) return fail(notNumbers, () => localize.term('notANumber', label(), notNumbers));
  const [year, month, day] = [Number(texts.year), Number(texts.month), Number(texts.day)];
  if (texts.year.length !== 4 || year < 1000) return fail(['year'], () => localize.term('yearFormat', label()));
  if (month < 1 || month > 12) return fail(['month'], () => localize.term('monthRange', label()));
  if (day < 1 || day > 31) return fail(['day'], () => localize.term('dayRange', label()));
  if (day > daysInMonth(year, month)) {
    return fail(['day'], () => localize.term('impossibleDate', label(), year, month, day));
  }
  const iso = `${texts.year}-${pad(month)}-${pad(day)}`;
  const lang = localize.lang;
  const min = isIsoDate(host.min) ? host.min : null;
  const max = isIsoDate(host.max) ? host.max : null;
  // ISO dates compare as strings.
  if (min && iso < min) {
    return fail([...dateParts], () => localize.term('rangeUnderflowDate', label(), formatIsoDate(lang, min)), iso);
  }
  if (max && iso > max) {
    return fail([...dateParts], () => localize.term('rangeOverflowDate', label(), formatIsoDate(lang, max)), iso);
  }
  return { ...none, iso };
}

/**
 * The date rules (complete, numbers, real date, `min`, `max`): the message goes in the wrong parts'
 * validity, so the browser blocks the submit and fires `invalid` on them.
 */
export const dateRulesValidator: Validator<HTMLElement & DateHost> = {
  check(field) {
    const host = field.host;
    const result = checkDate(host, field.localize as unknown as Strings, () => field.labelText());
    if (!result.wrong.length) return null;
    return { message: result.message(), controls: result.wrong.map((kind) => host.parts[dateParts.indexOf(kind)]!) };
  },
};
