import { QcCard } from './card.js';

export { QcCard };
export type { CardVariant } from './card.js';

QcCard.define('qc-card');

declare global {
  interface HTMLElementTagNameMap {
    'qc-card': QcCard;
  }
}
