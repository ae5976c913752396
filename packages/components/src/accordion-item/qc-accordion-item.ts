import { QcAccordionItem } from './accordion-item.js';

export { QcAccordionItem };

QcAccordionItem.define('qc-accordion-item');

declare global {
  interface HTMLElementTagNameMap {
    'qc-accordion-item': QcAccordionItem;
  }
}
