/**
 * Built-in strings of `<qc-card>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { cardLabel: '…' })`, or per element with `label`.
 */
export const cardStrings = {
  fr: {
    cardLabel: 'Carte',
  },
  en: {
    cardLabel: 'Card',
  },
};
