/**
 * Built-in strings of `<qc-external-link>`, read by screen readers at the end of each link's name.
 * The first is the incumbent toolkit's `img-alt` default; the second is said only for links that
 * open a new window (`target="_blank"`). Override them globally with
 * `registerTranslation('fr', { externalLinkAlt: '…' })`, or per element with `img-alt`.
 */
export const externalLinkStrings = {
  fr: {
    externalLinkAlt: 'Ce lien dirige vers un autre site.',
    externalLinkNewWindow: '(s’ouvre dans une nouvelle fenêtre)',
  },
  en: {
    externalLinkAlt: 'This link directs to another site.',
    externalLinkNewWindow: '(opens in a new window)',
  },
};
