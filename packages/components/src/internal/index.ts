export { QcElement } from './qc-element.js';
export { booleanConverter } from './converters.js';
export { LocalizeController, registerTranslation, resolveLanguage, primaryLanguage } from './localize.js';
export type { ComponentStrings, Term, Terms } from './localize.js';
export { warnOnce } from './warn.js';
export { hostStyles, focusRing, srOnly } from './styles.js';
export * from './controllers/index.js';
