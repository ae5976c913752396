/**
 * Built-in strings of `<qc-to-top>`: the incumbent toolkit's wording. Override globally with
 * `registerTranslation('fr', { toTopLabel: '…' })`, or per element with the `text` attribute.
 */
export const toTopStrings = {
  fr: {
    toTopLabel: 'Retour en haut',
  },
  en: {
    toTopLabel: 'Back to top',
  },
};
