/**
 * Built-in strings of `<qc-piv-header>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { pivHeaderLabel: '…' })`, or per element with `label`.
 */
export const pivHeaderStrings = {
  fr: {
    pivHeaderLabel: 'En-tête PIV',
  },
  en: {
    pivHeaderLabel: 'PIV header',
  },
};
