import { QcSideNav } from './side-nav.js';

export { QcSideNav } from './side-nav.js';

QcSideNav.define('qc-side-nav');

declare global {
  interface HTMLElementTagNameMap {
    'qc-side-nav': QcSideNav;
  }
}
