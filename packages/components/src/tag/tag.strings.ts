/**
 * Built-in strings of `<qc-tag>`, French first and English complete: the remove button's name
 * (« Retirer {texte} », DSFR's wording, which holds the tag's visible text) and the polite
 * announcement once a tag is removed. The announcement names the tag after a noun that agrees in
 * gender (« Étiquette retirée : … »), so no « retiré(e) » is read out. Override them globally with
 * `registerTranslation('fr', { tagRemove: (text) => `Retirer le filtre ${text}` })`, or the button's
 * name per element with `remove-label`.
 */
export const tagStrings = {
  fr: {
    tagRemove: (text: string) => (text ? `Retirer ${text}` : 'Retirer'),
    tagRemoved: (text: string) => (text ? `Étiquette retirée\u00a0: ${text}` : 'Étiquette retirée'),
  },
  en: {
    tagRemove: (text: string) => (text ? `Remove ${text}` : 'Remove'),
    tagRemoved: (text: string) => (text ? `Tag removed: ${text}` : 'Tag removed'),
  },
};

export type TagTermKey = keyof typeof tagStrings.fr;
