/**
 * Built-in strings of `<qc-piv-header>`, French first and English complete. Each one can be
 * replaced for one header by the incumbent's attribute named beside it, or for the whole page with
 * `registerTranslation('fr', { pivHeaderJoinUs: '…' })`.
 */
export const pivHeaderStrings = {
  fr: {
    /** `go-to-content-text`: the incumbent's wording (also MESS's). */
    pivHeaderSkip: 'Passer au contenu',
    /** `logo-alt`: the signature link's name says where it goes (DSFR rule « Accueil - nom du site »). */
    pivHeaderSignature: 'Gouvernement du Québec — accueil',
    /** `links-label`: « Navigation PIV » is jargon a citizen does not know. */
    pivHeaderLinks: 'Liens utilitaires',
    /** `alt-language-text`: the other language's name, in that language. */
    pivHeaderAltLanguage: 'English',
    /** `join-us-text`. */
    pivHeaderJoinUs: 'Nous joindre',
    /** `display-search-text`: the search toggle's name while the search is hidden. */
    pivHeaderShowSearch: 'Afficher la recherche',
    /** `hide-search-text`: the search toggle's name while the search is shown. */
    pivHeaderHideSearch: 'Masquer la recherche',
  },
  en: {
    pivHeaderSkip: 'Skip to content',
    pivHeaderSignature: 'Government of Québec — home',
    pivHeaderLinks: 'Utility links',
    pivHeaderAltLanguage: 'Français',
    pivHeaderJoinUs: 'Contact us',
    pivHeaderShowSearch: 'Show search',
    pivHeaderHideSearch: 'Hide search',
  },
};

export type PivHeaderTermKey = keyof typeof pivHeaderStrings.fr;
