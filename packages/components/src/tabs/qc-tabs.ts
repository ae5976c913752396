import { QcTabs } from './tabs.js';
import type { TabShowDetail } from './tabs.js';

export { QcTabs };
export type { TabsActivation, TabShowDetail } from './tabs.js';

QcTabs.define('qc-tabs');

declare global {
  interface HTMLElementTagNameMap {
    'qc-tabs': QcTabs;
  }
  interface GlobalEventHandlersEventMap {
    'qc-tab-show': CustomEvent<TabShowDetail>;
  }
}
