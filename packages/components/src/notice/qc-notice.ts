import { QcNotice } from './notice.js';

export { QcNotice };
export type { NoticeType, NoticeHeader } from './notice.js';

QcNotice.define('qc-notice');

declare global {
  interface HTMLElementTagNameMap {
    'qc-notice': QcNotice;
  }
}
