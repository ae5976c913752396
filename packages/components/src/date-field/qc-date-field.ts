import { QcDateField } from './date-field.js';

export { QcDateField } from './date-field.js';
export { dateParts, isIsoDate } from './date-rules.js';
export type { DatePart } from './date-field.strings.js';

QcDateField.define('qc-date-field');

declare global {
  interface HTMLElementTagNameMap {
    'qc-date-field': QcDateField;
  }
}
