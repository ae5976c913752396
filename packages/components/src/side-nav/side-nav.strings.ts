/**
 * Built-in strings of `<qc-side-nav>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { sideNavLabel: '…' })`, or per element with `label` and
 * `menu-label`.
 */
export const sideNavStrings = {
  fr: {
    /** The landmark's name when the author gives none (proposal; the card's « Dans cette section »). */
    sideNavLabel: 'Dans cette section',
    /** The one button that holds the whole menu on narrow screens (DSFR's « Dans cette rubrique »). */
    sideNavMenu: 'Dans cette rubrique',
    /** The name of a section's disclosure button: what it shows, whatever its state (the state is read as « réduit / développé »). */
    sideNavSection: (section: string) => (section ? `Sous-pages de ${section}` : 'Sous-pages'),
  },
  en: {
    sideNavLabel: 'In this section',
    sideNavMenu: 'In this section',
    sideNavSection: (section: string) => (section ? `Pages under ${section}` : 'Pages under this section'),
  },
};
