import { QcPivFooter } from './piv-footer.js';

export { QcPivFooter };
export type { PivFooterVariant } from './piv-footer.js';

QcPivFooter.define('qc-piv-footer');

declare global {
  interface HTMLElementTagNameMap {
    'qc-piv-footer': QcPivFooter;
  }
}
