/**
 * Built-in strings of `<qc-tag>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { tagLabel: '…' })`, or per element with `label`.
 */
export const tagStrings = {
  fr: {
    tagLabel: 'Étiquette',
  },
  en: {
    tagLabel: 'Tag',
  },
};
