/**
 * Built-in strings of `<qc-accordion>`, French first and English complete (the GOV.UK accordion's
 * « show all » keys). Override one globally with `registerTranslation('fr', { accordionShowAll: '…' })`,
 * or per element with `show-all-label` and `hide-all-label`.
 */
export const accordionStrings = {
  fr: {
    accordionShowAll: 'Afficher toutes les sections',
    accordionHideAll: 'Masquer toutes les sections',
  },
  en: {
    accordionShowAll: 'Show all sections',
    accordionHideAll: 'Hide all sections',
  },
};
