import { QcTooltip } from './tooltip.js';

export { QcTooltip };
export type { TooltipVariant } from './tooltip.js';

QcTooltip.define('qc-tooltip');

declare global {
  interface HTMLElementTagNameMap {
    'qc-tooltip': QcTooltip;
  }
}
