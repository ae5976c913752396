import { QcToggleSwitchGroup } from './toggle-switch-group.js';
// A group is only useful with its switches: registering it registers them too.
import '../toggle-switch/qc-toggle-switch.js';

export { QcToggleSwitchGroup } from './toggle-switch-group.js';

QcToggleSwitchGroup.define('qc-toggle-switch-group');

declare global {
  interface HTMLElementTagNameMap {
    'qc-toggle-switch-group': QcToggleSwitchGroup;
  }
}
