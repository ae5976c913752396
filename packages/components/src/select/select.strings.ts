import type { ComponentStrings } from '../internal/localize.js';

const fr = {
  /** Text of the closed list when nothing is selected (the incumbent's « Faire une sélection »). */
  selectPlaceholder: 'Faire une sélection',
  /** Placeholder of the search box (`enable-search`). */
  searchPlaceholder: 'Rechercher…',
  /** Shown (and announced) when the search matches no option. */
  noOptions: 'Aucun élément',
  /** How many options a multiple list has selected (`n` formatted, `count` the number). */
  selectedCount: (n: string, count: number) => (count >= 2 ? `${n} options sélectionnées` : `${n} option sélectionnée`),
  /**
   * What a multiple list says of its selection: the count, then the labels (`, `-separated). The
   * closed list shows it from 3 options on (fewer: the labels alone); with `enable-search`, the line
   * under the search box always shows it.
   */
  selectedSummary: (count: string, labels: string) => `${count}\u00a0: ${labels}`,
  /** Announced while searching. */
  resultsAvailable: (n: string, count: number) =>
    count >= 2 ? `${n} résultats disponibles.` : `${n} résultat disponible.`,
};

const en: typeof fr = {
  selectPlaceholder: 'Select an option',
  searchPlaceholder: 'Search…',
  noOptions: 'No item',
  selectedCount: (n: string, count: number) => (count === 1 ? `${n} selected option` : `${n} selected options`),
  selectedSummary: (count: string, labels: string) => `${count}: ${labels}`,
  resultsAvailable: (n: string, count: number) => (count === 1 ? `${n} result available.` : `${n} results available.`),
};

/**
 * qc-select's built-in strings, French and English (the shared validation messages are merged in
 * by the component). `placeholder`, `search-placeholder` and `no-options-message` replace them per
 * instance; `registerTranslation('fr', { selectPlaceholder: '…' })` for a whole page.
 */
export const selectStrings: ComponentStrings<typeof fr> = { fr, en };
