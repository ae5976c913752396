/**
 * Built-in strings of `<qc-error-summary>`. The heading counts the errors, so a screen reader user
 * who lands on the summary knows at once how much there is to fix (Canada.ca's summary does the
 * same). Override one per element with `heading` / `corrected-heading`, or globally with
 * `registerTranslation('fr', { errorSummaryHeading: (n) => … })`.
 */
const frCount = (count: number) => Math.abs(count) >= 2;

export const errorSummaryStrings = {
  fr: {
    errorSummaryHeading: (n: string, count: number) =>
      `Le formulaire contient ${n} ${frCount(count) ? 'erreurs' : 'erreur'}`,
    errorSummaryCorrectedHeading: 'Toutes les erreurs ont été corrigées',
    errorSummaryCorrectedText: 'Vous pouvez maintenant envoyer le formulaire.',
    /** A message that does not name its field gets the field's label first: « Courriel : Entrez… ». */
    errorSummaryItem: (label: string, message: string) => `${label}\u00a0: ${message}`,
  },
  en: {
    errorSummaryHeading: (n: string, count: number) => `The form contains ${n} ${count === 1 ? 'error' : 'errors'}`,
    errorSummaryCorrectedHeading: 'All errors have been corrected',
    errorSummaryCorrectedText: 'You can now submit the form.',
    errorSummaryItem: (label: string, message: string) => `${label}: ${message}`,
  },
};

export type ErrorSummaryTermKey = keyof typeof errorSummaryStrings.fr;
