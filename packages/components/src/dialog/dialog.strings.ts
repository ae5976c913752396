/**
 * Built-in strings of `<qc-dialog>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { dialogClose: '…' })`, or per element with `close-label` and `label`.
 */
export const dialogStrings = {
  fr: {
    /** The close button's name. */
    dialogClose: 'Fermer',
    /** The dialog's name when it has neither a heading nor `label` (a dev warning says so too). */
    dialogLabel: 'Fenêtre de dialogue',
  },
  en: {
    dialogClose: 'Close',
    dialogLabel: 'Dialog',
  },
};
