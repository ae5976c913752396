/**
 * `@qc-ds/components/utilities.js`: the page-wide settings of qc-ds, without registering any
 * element (this module and its imports have no side effect, so a bundler keeps only what is used).
 * `@qc-ds/components` exports the same functions and registers every element.
 * @packageDocumentation
 */
export { registerTranslation } from './internal/localize.js';
export type { ComponentStrings, Term, Terms } from './internal/localize.js';
export { registerIcon } from './icon/library.js';
export type { IconDefinition, RegisterIconOptions } from './icon/library.js';
