import { QcSearchBar } from './search-bar.js';

export { QcSearchBar };
export type { SearchBarVariant } from './search-bar.js';

QcSearchBar.define('qc-search-bar');

declare global {
  interface HTMLElementTagNameMap {
    'qc-search-bar': QcSearchBar;
  }
}
