/**
 * Built-in strings of `<qc-search-bar>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { searchBarSubmit: '…' })`, or per element with the
 * `input-placeholder`, `input-aria-label` and `submit-aria-label` attributes.
 */
export const searchBarStrings = {
  fr: {
    /** Placeholder of the field (the incumbent's). */
    searchBarPlaceholder: 'Rechercher…',
    /** Accessible name of the field. */
    searchBarLabel: 'Rechercher',
    /** Accessible name of the submit button. */
    searchBarSubmit: 'Lancer la recherche',
  },
  en: {
    searchBarPlaceholder: 'Search…',
    searchBarLabel: 'Search',
    searchBarSubmit: 'Submit search',
  },
};
