/**
 * Built-in strings of `<qc-structured-list>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { structuredListLabel: '…' })`, or per element with `label`.
 */
export const structuredListStrings = {
  fr: {
    structuredListLabel: 'Liste structurée',
  },
  en: {
    structuredListLabel: 'Structured list',
  },
};
