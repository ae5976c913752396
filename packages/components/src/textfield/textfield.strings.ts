import type { ComponentStrings } from '../internal/localize.js';

/**
 * qc-textfield's own strings. The validation messages and the counter's texts are the shared ones
 * of `internal/validation.strings.ts`; this is where a text field would add or override some.
 */
export const textfieldStrings: ComponentStrings<Record<never, never>> = { fr: {}, en: {} };
