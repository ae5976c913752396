import { QcExternalLink } from './external-link.js';

export { QcExternalLink };

QcExternalLink.define('qc-external-link');

declare global {
  interface HTMLElementTagNameMap {
    'qc-external-link': QcExternalLink;
  }
}
