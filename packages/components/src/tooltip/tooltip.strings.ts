/**
 * Built-in strings of `<qc-tooltip>`, French first and English complete: the incumbent's French
 * wording, and an English one that says what the button does (the incumbent's "Display tooltip"
 * did not). Override one globally with `registerTranslation('fr', { tooltipShow: … })`, or per
 * element with `trigger-label` and `close-label`.
 */
export const tooltipStrings = {
  fr: {
    /** The trigger's name, with the text it explains (or without, for an icon alone). */
    tooltipShow: (text: string) =>
      text ? `Afficher l’aide contextuelle pour ${text}` : 'Afficher l’aide contextuelle',
    tooltipClose: 'Fermer l’aide contextuelle',
    /** The panel's name when it has no title. */
    tooltipPanel: 'Aide contextuelle',
  },
  en: {
    tooltipShow: (text: string) => (text ? `Show help for ${text}` : 'Show help'),
    tooltipClose: 'Close help',
    tooltipPanel: 'Help',
  },
};
