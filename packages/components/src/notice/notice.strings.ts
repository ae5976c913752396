/**
 * Built-in strings of `<qc-notice>`: the type label read by screen readers before the title,
 * exactly the incumbent toolkit's wording so announcements stay familiar to its users.
 * Override one globally with `registerTranslation('fr', { noticeTypeWarning: '…' })`, or per
 * element with the `type-label` attribute.
 */
export const noticeStrings = {
  fr: {
    noticeTypeInformation: 'Avis général',
    noticeTypeWarning: 'Avis d’avertissement',
    noticeTypeSuccess: 'Avis de réussite',
    noticeTypeError: 'Avis d’erreur',
    noticeTypeAdvice: 'Avis conseil',
    noticeTypeNote: 'Avis explicatif',
  },
  en: {
    noticeTypeInformation: 'General notice',
    noticeTypeWarning: 'Warning notice',
    noticeTypeSuccess: 'Success notice',
    noticeTypeError: 'Error notice',
    noticeTypeAdvice: 'Advisory notice',
    noticeTypeNote: 'Explanatory notice',
  },
};

export type NoticeTermKey = keyof typeof noticeStrings.fr;
