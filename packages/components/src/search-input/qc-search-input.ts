import { QcSearchInput } from './search-input.js';

export { QcSearchInput, searchInputSizes } from './search-input.js';
export type { SearchInputSize } from './search-input.js';

QcSearchInput.define('qc-search-input');

declare global {
  interface HTMLElementTagNameMap {
    'qc-search-input': QcSearchInput;
  }
  interface GlobalEventHandlersEventMap {
    /** A qc-search-input's value changed (debounced); `detail` is the value. */
    'qc-change': CustomEvent<string>;
  }
}
