import { QcToTop } from './to-top.js';

export { QcToTop };

QcToTop.define('qc-to-top');

declare global {
  interface HTMLElementTagNameMap {
    'qc-to-top': QcToTop;
  }
}
