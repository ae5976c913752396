import { QcSearchBar } from './search-bar.js';

export { QcSearchBar, searchBarSizes } from './search-bar.js';
export type { SearchBarSize } from './search-bar.js';

QcSearchBar.define('qc-search-bar');

declare global {
  interface HTMLElementTagNameMap {
    'qc-search-bar': QcSearchBar;
  }
}
