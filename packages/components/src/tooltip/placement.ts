/** Where the panel opens against its trigger. */
export type TooltipPosition = 'top' | 'right' | 'bottom';

/**
 * The placement the shared `AnchoredOverlay` does not offer (it opens below, flipping above): above
 * first (`top`), or at the inline end (`right`, when the panel's minimum width fits there; else
 * above), for the incumbent's `position`. Called after the overlay placed the panel (its measured
 * strategy), at each opening and on scroll and resize. `bottom` is the overlay's own placement.
 */
export function place(anchor: HTMLElement, panel: HTMLElement, position: TooltipPosition): void {
  if (position === 'bottom' || getComputedStyle(anchor).direction === 'rtl') return;
  const style = panel.style;
  const root = document.documentElement;
  const width = root.clientWidth;
  const height = root.clientHeight;
  const box = anchor.getBoundingClientRect();
  const own = panel.getBoundingClientRect();
  const margins = getComputedStyle(panel);
  const marginTop = parseFloat(margins.marginTop);
  const gap = marginTop + parseFloat(margins.marginBottom);
  if (position === 'right') {
    const rem = parseFloat(getComputedStyle(root).fontSize);
    const min = parseFloat(margins.getPropertyValue('--qc-tooltip-panel-min-width')) * rem || 0;
    if (width - box.right - gap / 2 >= min) {
      style.maxWidth = `${width - box.right - gap / 2}px`;
      const panelBox = panel.getBoundingClientRect();
      style.bottom = 'auto';
      style.top = `${Math.max(0, Math.min(box.top - marginTop, height - panelBox.height - gap))}px`;
      style.left = `${box.right + gap / 2}px`;
      return;
    }
  }
  if (own.height + gap <= box.top || box.top > height - box.bottom) {
    style.top = 'auto';
    style.bottom = `${height - box.top}px`;
  } else {
    style.bottom = 'auto';
    style.top = `${box.bottom}px`;
  }
  style.left = `${Math.max(0, Math.min(box.left, width - own.width))}px`;
}
