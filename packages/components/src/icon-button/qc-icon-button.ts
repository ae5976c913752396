import { QcIconButton } from './icon-button.js';

export { QcIconButton };
export type { IconButtonSize, IconButtonType } from './icon-button.js';

QcIconButton.define('qc-icon-button');

declare global {
  interface HTMLElementTagNameMap {
    'qc-icon-button': QcIconButton;
  }
}
