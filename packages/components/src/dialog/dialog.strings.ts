/**
 * Built-in strings of `<qc-dialog>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { dialogLabel: '…' })`, or per element with `label`.
 */
export const dialogStrings = {
  fr: {
    dialogLabel: 'Fenêtre de dialogue',
  },
  en: {
    dialogLabel: 'Dialog',
  },
};
