import { QcButton } from './button.js';

export { QcButton, buttonVariants, buttonTypes } from './button.js';
export type { ButtonVariant, ButtonType } from './button.js';

QcButton.define('qc-button');

declare global {
  interface HTMLElementTagNameMap {
    'qc-button': QcButton;
  }
}
