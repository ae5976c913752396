import { QcToTop } from './to-top.js';

export { QcToTop };
export type { ToTopVariant } from './to-top.js';

QcToTop.define('qc-to-top');

declare global {
  interface HTMLElementTagNameMap {
    'qc-to-top': QcToTop;
  }
}
