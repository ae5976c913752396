import { QcBreadcrumb } from './breadcrumb.js';

export { QcBreadcrumb } from './breadcrumb.js';

QcBreadcrumb.define('qc-breadcrumb');

declare global {
  interface HTMLElementTagNameMap {
    'qc-breadcrumb': QcBreadcrumb;
  }
}
