import { QcTag } from './tag.js';

export { QcTag };
export type { TagVariant } from './tag.js';

QcTag.define('qc-tag');

declare global {
  interface HTMLElementTagNameMap {
    'qc-tag': QcTag;
  }
}
