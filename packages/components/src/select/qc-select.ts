import { QcSelect } from './select.js';

export { QcSelect, selectWidths } from './select.js';
export type { SelectWidth } from './select.js';

QcSelect.define('qc-select');

declare global {
  interface HTMLElementTagNameMap {
    'qc-select': QcSelect;
  }
}
