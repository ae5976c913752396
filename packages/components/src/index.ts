/**
 * `@qc-ds/components`: importing this module registers every qc-ds element (icon, button, notice and the form
 * fields) and exports their classes, value lists and types.
 * To register a single element, import its file instead: `@qc-ds/components/qc-button.js`.
 * @packageDocumentation
 */
export * from './icon/qc-icon.js';
export * from './button/qc-button.js';
export * from './notice/qc-notice.js';
export * from './textfield/qc-textfield.js';
export { noticeTypes, noticeHeaders } from './notice/notice.js';
export { registerTranslation } from './internal/localize.js';
export type { ComponentStrings, Term, Terms } from './internal/localize.js';
