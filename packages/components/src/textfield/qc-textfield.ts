import { QcTextfield } from './textfield.js';

export { QcTextfield, textfieldSizes } from './textfield.js';
export type { TextfieldSize } from './textfield.js';

QcTextfield.define('qc-textfield');

declare global {
  interface HTMLElementTagNameMap {
    'qc-textfield': QcTextfield;
  }
}
