/**
 * Built-in strings of `<qc-date-modified>`, French first and English complete. Override one
 * globally with `registerTranslation('fr', { dateModifiedLabel: '…' })`, or per element with `label`.
 * French puts a non-breaking space (U+00A0) before the colon, so it never starts a line.
 */
export const dateModifiedStrings = {
  fr: {
    dateModifiedLabel: 'Date de mise à jour\u00a0:',
    dateModifiedVersion: 'Version',
  },
  en: {
    dateModifiedLabel: 'Date modified:',
    dateModifiedVersion: 'Version',
  },
};
