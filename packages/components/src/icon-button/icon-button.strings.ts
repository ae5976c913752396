/**
 * Built-in strings of `<qc-icon-button>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { iconButtonLabel: '…' })`, or per element with `label`.
 */
export const iconButtonStrings = {
  fr: {
    iconButtonLabel: 'Bouton icône',
  },
  en: {
    iconButtonLabel: 'Icon button',
  },
};
