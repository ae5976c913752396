/**
 * Built-in strings of `<qc-pagination>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { paginationNext: '…' })`, or the navigation's name per element
 * with `label`.
 */
export const paginationStrings = {
  fr: {
    paginationLabel: 'Pagination',
    paginationPrevious: 'Page précédente',
    paginationNext: 'Page suivante',
    paginationPage: (page: number) => `Page ${page}`,
    paginationCurrent: (page: number, total: number) => `Page ${page} sur ${total}`,
  },
  en: {
    paginationLabel: 'Pagination',
    paginationPrevious: 'Previous page',
    paginationNext: 'Next page',
    paginationPage: (page: number) => `Page ${page}`,
    paginationCurrent: (page: number, total: number) => `Page ${page} of ${total}`,
  },
};
