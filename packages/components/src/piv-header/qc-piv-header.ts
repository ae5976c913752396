import { QcPivHeader } from './piv-header.js';

export { QcPivHeader };

QcPivHeader.define('qc-piv-header');

/** `detail` of `qc-search-toggle`: whether the search zone is now shown. */
export interface PivHeaderSearchToggleDetail {
  open: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'qc-piv-header': QcPivHeader;
  }
  interface GlobalEventHandlersEventMap {
    'qc-search-toggle': CustomEvent<PivHeaderSearchToggleDetail>;
  }
}
