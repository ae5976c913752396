/**
 * Built-in strings of `<qc-skip-link>`, French first and English complete (the incumbent's
 * `go-to-content-text` defaults). Override one globally with
 * `registerTranslation('fr', { skipLinkText: '…' })`, or per element with `text`.
 */
export const skipLinkStrings = {
  fr: {
    skipLinkText: 'Passer au contenu',
  },
  en: {
    skipLinkText: 'Skip to content',
  },
};
