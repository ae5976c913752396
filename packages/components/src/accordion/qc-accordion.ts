import { QcAccordion } from './accordion.js';

export { QcAccordion };
export type { AccordionVariant } from './accordion.js';

QcAccordion.define('qc-accordion');

declare global {
  interface HTMLElementTagNameMap {
    'qc-accordion': QcAccordion;
  }
}
