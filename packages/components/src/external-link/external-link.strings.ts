/**
 * Built-in strings of `<qc-external-link>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { externalLinkLabel: '…' })`, or per element with `label`.
 */
export const externalLinkStrings = {
  fr: {
    externalLinkLabel: 'Lien externe',
  },
  en: {
    externalLinkLabel: 'External link',
  },
};
