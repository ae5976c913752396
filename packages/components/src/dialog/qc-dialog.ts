import { QcDialog } from './dialog.js';

export { QcDialog };
export type { DialogCancelReason } from './dialog.js';

QcDialog.define('qc-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'qc-dialog': QcDialog;
  }
  interface GlobalEventHandlersEventMap {
    'qc-show': CustomEvent<undefined>;
  }
}
