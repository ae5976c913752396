/**
 * Built-in strings of `<qc-stepper>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { stepperLabel: '…' })`, or per element with `label`.
 */
export const stepperStrings = {
  fr: {
    stepperLabel: 'Étapes',
  },
  en: {
    stepperLabel: 'Steps',
  },
};
