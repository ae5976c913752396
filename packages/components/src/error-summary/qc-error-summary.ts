import { QcErrorSummary } from './error-summary.js';

export { QcErrorSummary, errorSummaryHeaders } from './error-summary.js';
export type { ErrorSummaryHeader, ErrorSummaryItem, ErrorSummaryState } from './error-summary.js';

QcErrorSummary.define('qc-error-summary');

declare global {
  interface HTMLElementTagNameMap {
    'qc-error-summary': QcErrorSummary;
  }
}
