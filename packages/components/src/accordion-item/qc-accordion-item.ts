import { QcAccordionItem } from './accordion-item.js';

export { QcAccordionItem };
export type { AccordionItemVariant } from './accordion-item.js';

QcAccordionItem.define('qc-accordion-item');

declare global {
  interface HTMLElementTagNameMap {
    'qc-accordion-item': QcAccordionItem;
  }
}
