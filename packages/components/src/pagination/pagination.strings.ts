/**
 * Built-in strings of `<qc-pagination>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { paginationLabel: '…' })`, or per element with `label`.
 */
export const paginationStrings = {
  fr: {
    paginationLabel: 'Pagination',
  },
  en: {
    paginationLabel: 'Pagination',
  },
};
