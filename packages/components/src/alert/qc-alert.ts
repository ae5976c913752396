import { QcAlert } from './alert.js';

export { QcAlert };
export type { AlertVariant } from './alert.js';

QcAlert.define('qc-alert');

declare global {
  interface HTMLElementTagNameMap {
    'qc-alert': QcAlert;
  }
}
