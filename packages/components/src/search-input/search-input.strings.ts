/**
 * Built-in strings of `<qc-search-input>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { searchInputLabel: '…' })`, or per element with `label`.
 */
export const searchInputStrings = {
  fr: {
    searchInputLabel: 'Recherche',
  },
  en: {
    searchInputLabel: 'Search',
  },
};
