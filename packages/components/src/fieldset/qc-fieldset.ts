import { QcFieldset } from './fieldset.js';

export { QcFieldset } from './fieldset.js';

QcFieldset.define('qc-fieldset');

declare global {
  interface HTMLElementTagNameMap {
    'qc-fieldset': QcFieldset;
  }
}
