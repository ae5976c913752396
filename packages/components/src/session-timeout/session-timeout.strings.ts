/**
 * Built-in strings of `<qc-session-timeout>`, French first and English complete: the Canada.ca
 * (WET) wording found in Government of Canada applications, in Canadian French. Override one
 * globally with `registerTranslation('fr', { sessionTimeoutHeading: '…' })`, or per element with
 * the `heading`, `continue-label` and `end-label` attributes. `time` is a duration already written
 * out in the element's language (« 2 minutes », « 1 minute et 30 secondes »); `action` is the name
 * of the continue button, so the message never names a button that is labelled otherwise.
 */
export const sessionTimeoutStrings = {
  fr: {
    sessionTimeoutHeading: 'Avertissement d’expiration de la session',
    sessionTimeoutMessage: (time: string, action: string) =>
      `Votre session expirera automatiquement dans ${time}. Sélectionnez «\u00a0${action}\u00a0» pour prolonger votre session.`,
    sessionTimeoutContinue: 'Continuer la session',
    sessionTimeoutEnd: 'Mettre fin à la session',
    /** Said politely at coarse intervals while the warning is open (each minute, then 30 and 10 seconds). */
    sessionTimeoutRemaining: (time: string) => `Votre session expirera dans ${time}.`,
    /** Said when the session ended by timeout and the page stays (no `end-url`, or the end was prevented). */
    sessionTimeoutExpired: 'Votre session a expiré.',
  },
  en: {
    sessionTimeoutHeading: 'Session timeout warning',
    sessionTimeoutMessage: (time: string, action: string) =>
      `Your session will expire automatically in ${time}. Select “${action}” to extend your session.`,
    sessionTimeoutContinue: 'Continue session',
    sessionTimeoutEnd: 'End session now',
    sessionTimeoutRemaining: (time: string) => `Your session will expire in ${time}.`,
    sessionTimeoutExpired: 'Your session has expired.',
  },
};

/**
 * `seconds` written out in `lang` with `Intl` (rounded up to the second): « 2 minutes », « 1 minute et 30 secondes »,
 * « 1 heure et 5 minutes »; "1 minute and 30 seconds" in English. Zero parts are left out.
 */
export function formatDuration(seconds: number, lang: string): string {
  const total = Math.max(0, Math.ceil(seconds));
  const parts: Array<[number, 'hour' | 'minute' | 'second']> = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ];
  const shown = parts.filter(([value]) => value > 0);
  // A no-break space inside each part: « 33 » and « secondes » never end up on two lines.
  const words = (shown.length ? shown : [[0, 'second'] as const]).map(([value, unit]) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value).replace(/\s/g, '\u00a0'),
  );
  return new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }).format(words);
}
