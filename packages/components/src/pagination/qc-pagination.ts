import { QcPagination } from './pagination.js';

export { QcPagination };
export type { PaginationVariant } from './pagination.js';

QcPagination.define('qc-pagination');

declare global {
  interface HTMLElementTagNameMap {
    'qc-pagination': QcPagination;
  }
}
