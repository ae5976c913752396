import { QcExternalLink } from './external-link.js';

export { QcExternalLink };
export type { ExternalLinkVariant } from './external-link.js';

QcExternalLink.define('qc-external-link');

declare global {
  interface HTMLElementTagNameMap {
    'qc-external-link': QcExternalLink;
  }
}
