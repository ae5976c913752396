/**
 * Built-in strings of `<qc-session-timeout>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { sessionTimeoutLabel: '…' })`, or per element with `label`.
 */
export const sessionTimeoutStrings = {
  fr: {
    sessionTimeoutLabel: 'Avertissement d’expiration de la session',
  },
  en: {
    sessionTimeoutLabel: 'Session timeout warning',
  },
};
