/**
 * Built-in strings of `<qc-tabs>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { tabsLabel: '…' })`, or the list's name per element with `label`.
 */
export const tabsStrings = {
  fr: {
    /** The tab list's name when the author gave no `label` (a dev warning asks for one). */
    tabsLabel: 'Sommaire',
    /** A tab whose section has no heading (a dev warning asks for one). */
    tabsUntitled: (position: number) => `Section ${position}`,
  },
  en: {
    tabsLabel: 'Contents',
    tabsUntitled: (position: number) => `Section ${position}`,
  },
};
