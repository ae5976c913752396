import { QcAccordion } from './accordion.js';

export { QcAccordion };

QcAccordion.define('qc-accordion');

declare global {
  interface HTMLElementTagNameMap {
    'qc-accordion': QcAccordion;
  }
}
