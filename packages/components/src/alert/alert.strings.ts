/**
 * Built-in strings of `<qc-alert>`. The type labels and the close label are the incumbent
 * toolkit's wording (its English close label, "Close l’alerte", was a typo: fixed here).
 * Override one globally with `registerTranslation('fr', { alertClose: '…' })`, or per element
 * with the `type-label` and `close-label` attributes.
 */
export const alertStrings = {
  fr: {
    alertTypeGeneral: 'Information importante',
    alertTypeWarning: 'Information d’importance élevée',
    alertClose: 'Fermer l’alerte',
  },
  en: {
    alertTypeGeneral: 'Important information',
    alertTypeWarning: 'Information of high importance',
    alertClose: 'Close alert',
  },
};

export type AlertTermKey = keyof typeof alertStrings.fr;
