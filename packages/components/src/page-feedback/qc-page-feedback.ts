import { QcPageFeedback } from './page-feedback.js';

export { QcPageFeedback };
export type { PageFeedbackDetail, PageFeedbackReason } from './page-feedback.js';

QcPageFeedback.define('qc-page-feedback');

declare global {
  interface HTMLElementTagNameMap {
    'qc-page-feedback': QcPageFeedback;
  }
}
