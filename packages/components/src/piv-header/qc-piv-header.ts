import { QcPivHeader } from './piv-header.js';

export { QcPivHeader };
export type { PivHeaderVariant } from './piv-header.js';

QcPivHeader.define('qc-piv-header');

declare global {
  interface HTMLElementTagNameMap {
    'qc-piv-header': QcPivHeader;
  }
}
