import { QcDateModified } from './date-modified.js';

export { QcDateModified };
export type { DateModifiedType } from './date-modified.js';

QcDateModified.define('qc-date-modified');

declare global {
  interface HTMLElementTagNameMap {
    'qc-date-modified': QcDateModified;
  }
}
