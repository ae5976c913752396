import { QcTag } from './tag.js';

export { QcTag };
export type { TagVariant } from './tag.js';

QcTag.define('qc-tag');

declare global {
  interface HTMLElementTagNameMap {
    'qc-tag': QcTag;
  }
  interface GlobalEventHandlersEventMap {
    /** A citizen pressed a `<qc-tag>`'s remove button (cancelable: `preventDefault()` keeps the tag). */
    'qc-remove': CustomEvent<undefined>;
  }
}
