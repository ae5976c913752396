import type { ComponentStrings } from '../internal/index.js';

/** Built-in strings of `<qc-button>`. Override one per instance with `loading-text`, or globally with `registerTranslation()`. */
export type ButtonTerms = {
  /** Said politely when `loading` turns on, and read as the busy button's description. */
  buttonLoading: string;
};

export const buttonStrings: ComponentStrings<ButtonTerms> = {
  fr: {
    buttonLoading: 'Chargement en cours',
  },
  en: {
    buttonLoading: 'Loading',
  },
};
