import { QcPagination } from './pagination.js';
import type { PageChangeDetail } from './pagination.js';

export { QcPagination };
export type { PageChangeDetail } from './pagination.js';

QcPagination.define('qc-pagination');

declare global {
  interface HTMLElementTagNameMap {
    'qc-pagination': QcPagination;
  }
  interface GlobalEventHandlersEventMap {
    'qc-page-change': CustomEvent<PageChangeDetail>;
  }
}
