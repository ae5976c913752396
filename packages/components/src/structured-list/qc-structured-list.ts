import { QcStructuredList } from './structured-list.js';

export { QcStructuredList };
export type { StructuredListHeadingLevel } from './structured-list.js';

QcStructuredList.define('qc-structured-list');

declare global {
  interface HTMLElementTagNameMap {
    'qc-structured-list': QcStructuredList;
  }
}
