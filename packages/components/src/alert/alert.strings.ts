/**
 * Built-in strings of `<qc-alert>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { alertLabel: '…' })`, or per element with `label`.
 */
export const alertStrings = {
  fr: {
    alertLabel: 'Alerte',
  },
  en: {
    alertLabel: 'Alert',
  },
};
