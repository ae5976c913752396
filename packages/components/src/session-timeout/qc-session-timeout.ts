import { QcSessionTimeout } from './session-timeout.js';

export { QcSessionTimeout };
export type { SessionEndReason } from './session-timeout.js';

QcSessionTimeout.define('qc-session-timeout');

declare global {
  interface HTMLElementTagNameMap {
    'qc-session-timeout': QcSessionTimeout;
  }
}
