/**
 * Built-in strings of `<qc-spinner>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { spinnerLabel: '…' })`, or per element with `label`.
 */
export const spinnerStrings = {
  fr: {
    spinnerLabel: 'Chargement en cours…',
  },
  en: {
    spinnerLabel: 'Loading…',
  },
};
