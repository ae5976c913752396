/**
 * `@qc-ds/components`: importing this module registers every qc-ds element (icon, button, notice and the form
 * fields) and exports their classes, value lists and types.
 * To register a single element, import its file instead: `@qc-ds/components/qc-button.js`; for
 * `registerTranslation` and `registerIcon` alone, `@qc-ds/components/utilities.js` (registers nothing).
 * @packageDocumentation
 */
export * from './icon/qc-icon.js';
export * from './button/qc-button.js';
export * from './notice/qc-notice.js';
export * from './textfield/qc-textfield.js';
export * from './select/qc-select.js';
export * from './checkbox/qc-checkbox.js';
export * from './choice-group/qc-choice-group.js';
export * from './toggle-switch/qc-toggle-switch.js';
export * from './toggle-switch-group/qc-toggle-switch-group.js';
export * from './fieldset/qc-fieldset.js';
export * from './date-field/qc-date-field.js';
export * from './file-upload/qc-file-upload.js';
export * from './error-summary/qc-error-summary.js';
export * from './piv-header/qc-piv-header.js';
export * from './piv-footer/qc-piv-footer.js';
export * from './skip-link/qc-skip-link.js';
export * from './breadcrumb/qc-breadcrumb.js';
export * from './pagination/qc-pagination.js';
export * from './side-nav/qc-side-nav.js';
export * from './to-top/qc-to-top.js';
export * from './search-input/qc-search-input.js';
export * from './search-bar/qc-search-bar.js';
export * from './external-link/qc-external-link.js';
export * from './icon-button/qc-icon-button.js';
export * from './tooltip/qc-tooltip.js';
export * from './alert/qc-alert.js';
export * from './accordion/qc-accordion.js';
export * from './accordion-item/qc-accordion-item.js';
export * from './tabs/qc-tabs.js';
export * from './dialog/qc-dialog.js';
export * from './session-timeout/qc-session-timeout.js';
export * from './card/qc-card.js';
export * from './tag/qc-tag.js';
export * from './structured-list/qc-structured-list.js';
export * from './stepper/qc-stepper.js';
export * from './spinner/qc-spinner.js';
export * from './date-modified/qc-date-modified.js';
export * from './page-feedback/qc-page-feedback.js';
export { noticeTypes, noticeHeaders } from './notice/notice.js';
export * from './utilities.js';
