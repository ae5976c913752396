import type { ComponentStrings } from '../internal/localize.js';

/** One of the three parts of a date, in the order they are shown (AAAA MM JJ). */
export type DatePart = 'year' | 'month' | 'day';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * « Date de naissance : entrez l’année. » — the field's label gives the message its context in an
 * error summary; without a label the sentence stands alone (« Entrez l’année. »).
 */
const frMessage = (label: string, sentence: string) => (label ? `${label}\u00a0: ${sentence}` : capitalize(sentence));
const enMessage = (label: string, sentence: string) => (label ? `${label}: ${sentence}` : capitalize(sentence));

const frParts: Record<DatePart, string> = { year: 'l’année', month: 'le mois', day: 'le jour' };
const enParts: Record<DatePart, string> = { year: 'year', month: 'month', day: 'day' };

/** « a, b et c » / "a, b and c". */
const list = (items: string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const monthName = (lang: string, month: number) =>
  new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

const fr = {
  year: 'Année',
  month: 'Mois',
  day: 'Jour',
  /** The hint shown when the author gives no `description`. */
  hint: 'Par exemple\u00a0: 2025 03 27',
  incomplete: (label: string, missing: DatePart[]) =>
    frMessage(
      label,
      `entrez ${list(
        missing.map((part) => frParts[part]),
        'et',
      )}.`,
    ),
  notANumber: (label: string, parts: DatePart[]) =>
    frMessage(
      label,
      parts.length > 1
        ? `${list(
            parts.map((part) => frParts[part]),
            'et',
          )} doivent être des nombres.`
        : `${frParts[parts[0] ?? 'day']} doit être un nombre.`,
    ),
  yearFormat: (label: string) => frMessage(label, 'l’année doit comporter 4 chiffres.'),
  monthRange: (label: string) => frMessage(label, 'le mois doit être un nombre de 1 à 12.'),
  dayRange: (label: string) => frMessage(label, 'le jour doit être un nombre de 1 à 31.'),
  /** « Le 31 février 2025 n’existe pas. » */
  impossibleDate: (label: string, year: number, month: number, day: number) =>
    frMessage(label, `le ${day} ${monthName('fr', month)} ${year} n’existe pas.`),
};

const en: typeof fr = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  hint: 'For example: 2025 03 27',
  incomplete: (label: string, missing: DatePart[]) =>
    enMessage(
      label,
      `enter the ${list(
        missing.map((part) => enParts[part]),
        'and',
      )}.`,
    ),
  notANumber: (label: string, parts: DatePart[]) =>
    enMessage(
      label,
      parts.length > 1
        ? `the ${list(
            parts.map((part) => enParts[part]),
            'and',
          )} must be numbers.`
        : `the ${enParts[parts[0] ?? 'day']} must be a number.`,
    ),
  yearFormat: (label: string) => enMessage(label, 'the year must have 4 digits.'),
  monthRange: (label: string) => enMessage(label, 'the month must be a number from 1 to 12.'),
  dayRange: (label: string) => enMessage(label, 'the day must be a number from 1 to 31.'),
  /** "February 31, 2025 does not exist." */
  impossibleDate: (label: string, year: number, month: number, day: number) =>
    enMessage(label, `${monthName('en', month)} ${day}, ${year} does not exist.`),
};

/**
 * qc-date-field's own strings: the parts' labels, the default hint and the messages for dates
 * that are incomplete, not numbers or impossible. The messages for required and for `min`/`max`
 * are the shared ones (`internal/validation.strings.ts`). Any of them can be replaced for a page
 * with `registerTranslation('fr', { impossibleDate: … })`, or for one field with `invalid-text`.
 */
export const dateFieldStrings: ComponentStrings<typeof fr> = { fr, en };
