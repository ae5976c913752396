/**
 * Built-in strings of `<qc-accordion-item>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { accordionItemLabel: '…' })`, or per element with `label`.
 */
export const accordionItemStrings = {
  fr: {
    accordionItemLabel: 'Section',
  },
  en: {
    accordionItemLabel: 'Section',
  },
};
