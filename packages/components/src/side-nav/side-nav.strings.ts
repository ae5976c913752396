/**
 * Built-in strings of `<qc-side-nav>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { sideNavLabel: '…' })`, or per element with `label`.
 */
export const sideNavStrings = {
  fr: {
    sideNavLabel: 'Navigation latérale',
  },
  en: {
    sideNavLabel: 'Side navigation',
  },
};
