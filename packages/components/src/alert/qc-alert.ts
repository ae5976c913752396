import { QcAlert } from './alert.js';

export { QcAlert };
export type { AlertType, AlertStorage } from './alert.js';

QcAlert.define('qc-alert');

declare global {
  interface HTMLElementTagNameMap {
    'qc-alert': QcAlert;
  }
  interface GlobalEventHandlersEventMap {
    /** A citizen asked to close a `<qc-alert>` (cancelable). */
    'qc-dismiss': CustomEvent<undefined>;
    /** A `<qc-alert>` closed at a citizen's request (the incumbent toolkit's event name). */
    'qc.alert.hide': CustomEvent<undefined>;
  }
}
