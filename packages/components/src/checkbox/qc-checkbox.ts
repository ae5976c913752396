import { QcCheckbox } from './checkbox.js';

export { QcCheckbox } from './checkbox.js';

QcCheckbox.define('qc-checkbox');

declare global {
  interface HTMLElementTagNameMap {
    'qc-checkbox': QcCheckbox;
  }
}
