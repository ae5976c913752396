import { QcBreadcrumb } from './breadcrumb.js';

export { QcBreadcrumb };
export type { BreadcrumbVariant } from './breadcrumb.js';

QcBreadcrumb.define('qc-breadcrumb');

declare global {
  interface HTMLElementTagNameMap {
    'qc-breadcrumb': QcBreadcrumb;
  }
}
