/**
 * Built-in strings of `<qc-accordion>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { accordionLabel: '…' })`, or per element with `label`.
 */
export const accordionStrings = {
  fr: {
    accordionLabel: 'Sections',
  },
  en: {
    accordionLabel: 'Sections',
  },
};
