/**
 * Built-in strings of `<qc-page-feedback>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { pageFeedbackLabel: '…' })`, or per element with `label`.
 */
export const pageFeedbackStrings = {
  fr: {
    pageFeedbackLabel: 'Évaluation de page',
  },
  en: {
    pageFeedbackLabel: 'Page feedback',
  },
};
