/**
 * Built-in strings of `<qc-stepper>`, French first and English complete. Override one globally with
 * `registerTranslation('fr', { stepperSummary: (n, total, title) => … })`, or the list's name per
 * element with `label`.
 */
export const stepperStrings = {
  fr: {
    /** The list's name when the author gives no `label`. */
    stepperLabel: 'Étapes',
    /** The summary before the list (GCDS and DSFR: « Étape {n} sur {total} »). */
    stepperSummary: (n: number, total: number, title: string) =>
      title ? `Étape ${n} sur ${total}\u00a0: ${title}` : `Étape ${n} sur ${total}`,
    /** Hidden after each earlier step (« une étape complétée »). */
    stepperCompleted: 'complétée',
    /** Hidden after each later step. */
    stepperNotCompleted: 'non complétée',
  },
  en: {
    stepperLabel: 'Steps',
    stepperSummary: (n: number, total: number, title: string) =>
      title ? `Step ${n} of ${total}: ${title}` : `Step ${n} of ${total}`,
    stepperCompleted: 'completed',
    stepperNotCompleted: 'not completed',
  },
};
