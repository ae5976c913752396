/**
 * Built-in strings of `<qc-piv-footer>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { pivFooterLabel: '…' })`, or per element with `label`.
 */
export const pivFooterStrings = {
  fr: {
    pivFooterLabel: 'Pied de page PIV',
  },
  en: {
    pivFooterLabel: 'PIV footer',
  },
};
