/**
 * Built-in strings of `<qc-tooltip>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { tooltipLabel: '…' })`, or per element with `label`.
 */
export const tooltipStrings = {
  fr: {
    tooltipLabel: 'Aide contextuelle',
  },
  en: {
    tooltipLabel: 'Help',
  },
};
