import { QcTooltip } from './tooltip.js';

export { QcTooltip };
export type { TooltipPosition, TooltipDisplayMode, TooltipIcon, TooltipCloseReason } from './tooltip.js';

QcTooltip.define('qc-tooltip');

declare global {
  interface HTMLElementTagNameMap {
    'qc-tooltip': QcTooltip;
  }
  interface GlobalEventHandlersEventMap {
    'qc-open': CustomEvent<{ reason: 'click' | 'hover' | 'focus' }>;
    'qc-close': CustomEvent<{ reason: import('./tooltip.js').TooltipCloseReason }>;
  }
}
