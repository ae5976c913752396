import type { ComponentStrings } from '../internal/localize.js';

/**
 * qc-toggle-switch's own strings. A switch is a checkbox to the browser, so a required switch left
 * off reports `valueMissing` as a checkbox does; the shared « Cochez la case… » would not describe
 * a switch, so this replaces it.
 */
export const toggleSwitchStrings: ComponentStrings<{ valueMissingCheckbox: (label: string) => string }> = {
  fr: {
    valueMissingCheckbox: (label: string) =>
      label ? `Activez l’interrupteur «\u00a0${label}\u00a0».` : 'Activez cet interrupteur.',
  },
  en: {
    valueMissingCheckbox: (label: string) => (label ? `Turn on the “${label}” switch.` : 'Turn on this switch.'),
  },
};
