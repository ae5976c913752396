import { QcPivFooter } from './piv-footer.js';

export { QcPivFooter };

QcPivFooter.define('qc-piv-footer');

declare global {
  interface HTMLElementTagNameMap {
    'qc-piv-footer': QcPivFooter;
  }
}
