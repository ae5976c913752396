/**
 * Built-in strings of `<qc-breadcrumb>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { breadcrumbLabel: '…' })`, or per element with `label` and
 * `expand-label`.
 */
export const breadcrumbStrings = {
  fr: {
    /** The landmark's name (DSFR's component name; GCDS says « Chemin de navigation »). */
    breadcrumbLabel: 'Fil d’Ariane',
    /** The narrow-screen button that shows the hidden items (DSFR: « Voir le fil d’Ariane »). */
    breadcrumbExpand: 'Voir tout le fil d’Ariane',
  },
  en: {
    breadcrumbLabel: 'Breadcrumb',
    breadcrumbExpand: 'Show the full breadcrumb',
  },
};
