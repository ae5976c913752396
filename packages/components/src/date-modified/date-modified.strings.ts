/**
 * Built-in strings of `<qc-date-modified>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { dateModifiedLabel: '…' })`, or per element with `label`.
 */
export const dateModifiedStrings = {
  fr: {
    dateModifiedLabel: 'Date de mise à jour',
  },
  en: {
    dateModifiedLabel: 'Date modified',
  },
};
