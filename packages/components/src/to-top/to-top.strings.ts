/**
 * Built-in strings of `<qc-to-top>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { toTopLabel: '…' })`, or per element with `label`.
 */
export const toTopStrings = {
  fr: {
    toTopLabel: 'Retour en haut',
  },
  en: {
    toTopLabel: 'Back to top',
  },
};
