/**
 * Built-in strings of `<qc-skip-link>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { skipLinkLabel: '…' })`, or per element with `label`.
 */
export const skipLinkStrings = {
  fr: {
    skipLinkLabel: 'Lien d’évitement',
  },
  en: {
    skipLinkLabel: 'Skip link',
  },
};
