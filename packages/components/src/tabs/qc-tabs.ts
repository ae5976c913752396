import { QcTabs } from './tabs.js';

export { QcTabs };
export type { TabsVariant } from './tabs.js';

QcTabs.define('qc-tabs');

declare global {
  interface HTMLElementTagNameMap {
    'qc-tabs': QcTabs;
  }
}
