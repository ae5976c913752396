import { QcSpinner } from './spinner.js';

export { QcSpinner };
export type { SpinnerSize } from './spinner.js';

QcSpinner.define('qc-spinner');

declare global {
  interface HTMLElementTagNameMap {
    'qc-spinner': QcSpinner;
  }
}
