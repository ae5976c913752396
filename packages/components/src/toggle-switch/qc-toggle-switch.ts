import { QcToggleSwitch } from './toggle-switch.js';

export { QcToggleSwitch, toggleSwitchTextAligns } from './toggle-switch.js';
export type { ToggleSwitchTextAlign, ToggleSwitchDefaults } from './toggle-switch.js';

QcToggleSwitch.define('qc-toggle-switch');

declare global {
  interface HTMLElementTagNameMap {
    'qc-toggle-switch': QcToggleSwitch;
  }
}
