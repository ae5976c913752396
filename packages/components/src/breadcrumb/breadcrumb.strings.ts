/**
 * Built-in strings of `<qc-breadcrumb>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { breadcrumbLabel: '…' })`, or per element with `label`.
 */
export const breadcrumbStrings = {
  fr: {
    breadcrumbLabel: 'Fil d’Ariane',
  },
  en: {
    breadcrumbLabel: 'Breadcrumb',
  },
};
