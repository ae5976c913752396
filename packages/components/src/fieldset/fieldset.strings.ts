import type { ComponentStrings } from '../internal/localize.js';

/**
 * qc-fieldset's own strings. A group marked `invalid` without `invalid-text` gets this message; the
 * shared « Le champ … n’est pas valide. » would call a whole section a field.
 */
export const fieldsetStrings: ComponentStrings<{ invalid: (label: string) => string }> = {
  fr: {
    invalid: (label: string) =>
      label
        ? `Vérifiez les renseignements de la section «\u00a0${label}\u00a0».`
        : 'Vérifiez les renseignements de cette section.',
  },
  en: {
    invalid: (label: string) =>
      label ? `Check the information in the “${label}” section.` : 'Check the information in this section.',
  },
};
