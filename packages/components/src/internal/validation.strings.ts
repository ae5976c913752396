import type { ComponentStrings } from './localize.js';

const plural = (n: number, one: string, many: string) => (Math.abs(n) >= 2 ? many : one);
const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);
// « Le champ Courriel » reads well; an empty label falls back to « Ce champ ».
const frField = (label: string) => (label ? `Le champ ${label}` : 'Ce champ');
const enField = (label: string) => (label ? `The ${label} field` : 'This field');

const fr = {
  valueMissing: (label: string) => `${frField(label)} est obligatoire.`,
  valueMissingCheckbox: (label: string) => (label ? `Cochez la case ${label}.` : 'Cochez cette case.'),
  valueMissingChoice: (label: string) =>
    label ? `Sélectionnez une réponse pour ${label}.` : 'Sélectionnez une réponse.',
  valueMissingSelect: (label: string) =>
    label ? `Sélectionnez une option dans la liste ${label}.` : 'Sélectionnez une option.',
  valueMissingFile: (label: string) => (label ? `Sélectionnez un fichier pour ${label}.` : 'Sélectionnez un fichier.'),
  typeMismatchEmail: () => 'Entrez une adresse courriel valide, par exemple nom@exemple.com.',
  typeMismatchUrl: () => 'Entrez une adresse Web valide, qui commence par https://.',
  typeMismatch: (label: string) => `${frField(label)} n’est pas dans un format valide.`,
  patternMismatch: (label: string, format: string) =>
    `${frField(label)} n’est pas dans le format attendu${format ? ` : ${format}` : ''}.`,
  tooShort: (_label: string, min: string, length: string) =>
    `Entrez au moins ${min} caractères (vous en avez ${length}).`,
  tooLong: (_label: string, max: string, length: string) =>
    `Entrez au plus ${max} caractères (vous en avez ${length}).`,
  rangeUnderflow: (_label: string, min: string) => `Entrez une valeur égale ou supérieure à ${min}.`,
  rangeOverflow: (_label: string, max: string) => `Entrez une valeur égale ou inférieure à ${max}.`,
  rangeUnderflowDate: (_label: string, min: string) => `Entrez une date égale ou postérieure au ${min}.`,
  rangeOverflowDate: (_label: string, max: string) => `Entrez une date égale ou antérieure au ${max}.`,
  stepMismatch: (_label: string, step: string) => `Entrez une valeur qui est un multiple de ${step}.`,
  stepMismatchInteger: () => 'Entrez un nombre entier.',
  badInput: () => 'Entrez un nombre.',
  invalid: (label: string) => `${frField(label)} n’est pas valide.`,
  errorPrefix: 'Erreur :',
  /**
   * Said after the legend of a required group (visually hidden, beside the aria-hidden « * »): a
   * group has no native `required` to say it, so the words are part of the group's name.
   */
  requiredText: '(obligatoire)',
  characterLimitExceeded: (label: string) =>
    `La limite de caractères ${label ? `du champ ${label} ` : ''}est dépassée.`,
  charactersRemaining: (n: string, count: number) =>
    `${n} ${plural(count, 'caractère restant', 'caractères restants')}`,
  charactersOver: (n: string, count: number) => `${n} ${plural(count, 'caractère', 'caractères')} en trop`,
};

const en: typeof fr = {
  valueMissing: (label: string) => `${enField(label)} is required.`,
  valueMissingCheckbox: (label: string) => (label ? `Check the ${label} box.` : 'Check this box.'),
  valueMissingChoice: (label: string) => (label ? `Select an answer for ${label}.` : 'Select an answer.'),
  valueMissingSelect: (label: string) => (label ? `Select an option from the ${label} list.` : 'Select an option.'),
  valueMissingFile: (label: string) => (label ? `Select a file for ${label}.` : 'Select a file.'),
  typeMismatchEmail: () => 'Enter a valid email address, like name@example.com.',
  typeMismatchUrl: () => 'Enter a valid web address, starting with https://.',
  typeMismatch: (label: string) => `${enField(label)} is not in a valid format.`,
  patternMismatch: (label: string, format: string) =>
    `${enField(label)} is not in the expected format${format ? `: ${format}` : ''}.`,
  tooShort: (_label: string, min: string, length: string) => `Enter at least ${min} characters (you have ${length}).`,
  tooLong: (_label: string, max: string, length: string) => `Enter at most ${max} characters (you have ${length}).`,
  rangeUnderflow: (_label: string, min: string) => `Enter a value of ${min} or more.`,
  rangeOverflow: (_label: string, max: string) => `Enter a value of ${max} or less.`,
  rangeUnderflowDate: (_label: string, min: string) => `Enter a date on or after ${min}.`,
  rangeOverflowDate: (_label: string, max: string) => `Enter a date on or before ${max}.`,
  stepMismatch: (_label: string, step: string) => `Enter a value that is a multiple of ${step}.`,
  stepMismatchInteger: () => 'Enter a whole number.',
  badInput: () => 'Enter a number.',
  invalid: (label: string) => `${enField(label)} is not valid.`,
  errorPrefix: 'Error:',
  requiredText: '(required)',
  characterLimitExceeded: (label: string) =>
    label ? `The character limit for the ${label} field has been exceeded.` : 'The character limit has been exceeded.',
  charactersRemaining: (n: string, count: number) =>
    `${n} ${enPlural(count, 'character remaining', 'characters remaining')}`,
  charactersOver: (n: string, count: number) => `${n} ${enPlural(count, 'character', 'characters')} over the limit`,
};

/**
 * Validation messages derived from the native `ValidityState`, in French and English. Every field
 * component shares them; `invalid-text` on a field replaces them, and `registerTranslation` can
 * replace any of them for a whole page. Arguments: the field's label, then what the constraint needs.
 */
export const validationStrings: ComponentStrings<typeof fr> = { fr, en };
export type ValidationTermKey = keyof typeof fr;
