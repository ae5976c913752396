import { QcSearchInput } from './search-input.js';

export { QcSearchInput };
export type { SearchInputVariant } from './search-input.js';

QcSearchInput.define('qc-search-input');

declare global {
  interface HTMLElementTagNameMap {
    'qc-search-input': QcSearchInput;
  }
}
