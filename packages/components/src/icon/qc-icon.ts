import { QcIcon } from './icon.js';

export { QcIcon, iconSizes } from './icon.js';
export type { IconSize } from './icon.js';
export { registerIcon } from './library.js';
export type { IconDefinition, RegisterIconOptions } from './library.js';

QcIcon.define('qc-icon');

declare global {
  interface HTMLElementTagNameMap {
    'qc-icon': QcIcon;
  }
}
