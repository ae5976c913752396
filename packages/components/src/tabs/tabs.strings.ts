/**
 * Built-in strings of `<qc-tabs>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { tabsLabel: '…' })`, or per element with `label`.
 */
export const tabsStrings = {
  fr: {
    tabsLabel: 'Onglets',
  },
  en: {
    tabsLabel: 'Tabs',
  },
};
