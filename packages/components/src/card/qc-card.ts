import { QcCard } from './card.js';

export { QcCard };

QcCard.define('qc-card');

declare global {
  interface HTMLElementTagNameMap {
    'qc-card': QcCard;
  }
}
