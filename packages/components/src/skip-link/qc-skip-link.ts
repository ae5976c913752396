import { QcSkipLink } from './skip-link.js';

export { QcSkipLink } from './skip-link.js';

QcSkipLink.define('qc-skip-link');

declare global {
  interface HTMLElementTagNameMap {
    'qc-skip-link': QcSkipLink;
  }
}
