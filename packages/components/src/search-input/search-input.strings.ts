/**
 * Built-in strings of `<qc-search-input>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { searchInputClear: '…' })`, or per element with `aria-label` and
 * `clear-aria-label`.
 */
export const searchInputStrings = {
  fr: {
    /** Name of the field when the author gave neither `label` nor `aria-label` (nor a placeholder). */
    searchInputLabel: 'Rechercher',
    /** Name of the button that empties the field. */
    searchInputClear: 'Effacer le texte',
  },
  en: {
    searchInputLabel: 'Search',
    searchInputClear: 'Clear text',
  },
};
