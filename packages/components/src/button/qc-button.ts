import { QcButton } from './button.js';
import '../icon/qc-icon.js';

export { QcButton, buttonVariants, buttonTypes } from './button.js';
export type { ButtonVariant, ButtonType } from './button.js';

QcButton.define('qc-button');

declare global {
  interface HTMLElementTagNameMap {
    'qc-button': QcButton;
  }
}
