import { QcDialog } from './dialog.js';

export { QcDialog };
export type { DialogVariant } from './dialog.js';

QcDialog.define('qc-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'qc-dialog': QcDialog;
  }
}
