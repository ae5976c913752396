/**
 * Built-in strings of `<qc-search-bar>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { searchBarLabel: '…' })`, or per element with `label`.
 */
export const searchBarStrings = {
  fr: {
    searchBarLabel: 'Barre de recherche',
  },
  en: {
    searchBarLabel: 'Search bar',
  },
};
