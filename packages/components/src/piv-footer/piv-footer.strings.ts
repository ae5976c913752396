/**
 * Built-in strings of `<qc-piv-footer>`, French first and English complete. Each one can be
 * replaced for one footer by the attribute named beside it, or for the whole page with
 * `registerTranslation('fr', { pivFooterNav: '…' })`.
 */
export const pivFooterStrings = {
  fr: {
    /** `logo-alt`: the signature link's name says where it goes (same wording as qc-piv-header). */
    pivFooterSignature: 'Gouvernement du Québec — accueil',
    /** `nav-label`: given to the author's unnamed `<nav>` (the incumbent's documented label). */
    pivFooterNav: 'Navigation du pied de page',
    /** `copyright-text`: the government's legal name, with the current year. */
    pivFooterCopyright: (year: number) => `© Gouvernement du Québec, ${year}`,
    /** `copyright-url`. */
    pivFooterCopyrightUrl: 'https://www.quebec.ca/droit-auteur',
  },
  en: {
    pivFooterSignature: 'Government of Québec — home',
    pivFooterNav: 'Footer navigation',
    /** Stays French on English pages: the legal name is not translated (incumbent, MESS, Santé Québec). */
    pivFooterCopyright: (year: number) => `© Gouvernement du Québec, ${year}`,
    pivFooterCopyrightUrl: 'https://www.quebec.ca/en/copyright',
  },
};

export type PivFooterTermKey = keyof typeof pivFooterStrings.fr;
