/** `'auto'`: the platform where the engine has it; `'measured'`: always the script fallback. */
export type OverlayStrategy = 'auto' | 'measured';

export interface AnchoredOverlayOptions {
  /** The element the popup opens against (a combobox, a button). Same tree as `popup`. */
  anchor: HTMLElement;
  /** The popup. Its look (border, background, margin-block for a gap) is the component's CSS. */
  popup: HTMLElement;
  /**
   * `'measured'` where the popup may open after the page scrolled: WebKit 26 picks the flip of a
   * fixed popup from its anchor's unscrolled position (it then opens above with room below).
   */
  strategy?: OverlayStrategy;
  /**
   * Show the popup in the top layer (Popover API) where the engine has it. Default true. False keeps
   * it in the page's stacking (`z-index`): Firefox exposes an open popover as an unnamed group,
   * which a listbox popup, whose groups are its optgroups, cannot afford.
   */
  topLayer?: boolean;
}

let count = 0;

const supports = (declaration: string) => typeof CSS !== 'undefined' && CSS.supports(declaration);

/**
 * True where the engine positions against an anchor in CSS, including the flip this class relies on.
 * Read when an overlay is made, never at import (server rendering has no `CSS`).
 */
export const hasAnchorPositioning = (): boolean =>
  supports('anchor-name: --a') &&
  supports('position-area: block-end') &&
  supports('position-try-fallbacks: flip-block');

/**
 * Places a popup under its anchor, above it when there is no room below, aligned with the anchor's
 * inline start (its right edge in a right-to-left page), at least as wide as the anchor, and never
 * wider than the viewport (set `--qc-overlay-max-width` on the popup for a smaller cap).
 *
 * - With the Popover API (unless `topLayer: false`), the popup shows in the top layer (`popover="manual"`: dismissal is the
 *   component's, see `dismiss-stack.ts`), so no `overflow: hidden` or `z-index` of an ancestor
 *   clips or covers it.
 * - With CSS anchor positioning, the engine places it and keeps it placed on scroll and resize:
 *   `position-area` (`anchor()` insets in a right-to-left page), `position-try-fallbacks: flip-block`. Web Awesome's popup takes the same path.
 * - Without it, the popup is `position: fixed` at coordinates measured with
 *   `getBoundingClientRect`, flipped above when it does not fit below, pushed back inside the
 *   viewport, and measured again on scroll (any scroller) and resize while open.
 *
 * Styles are set through CSSOM, which a strict Content-Security-Policy (`style-src 'self'`) allows.
 */
export class AnchoredOverlay {
  readonly anchor: HTMLElement;
  readonly popup: HTMLElement;
  /** The engine places the popup (CSS anchor positioning); false: the measured fallback. */
  readonly native: boolean;
  private readonly topLayer: boolean;
  private open = false;

  constructor({ anchor, popup, strategy = 'auto', topLayer = true }: AnchoredOverlayOptions) {
    this.anchor = anchor;
    this.popup = popup;
    this.topLayer = topLayer && 'showPopover' in HTMLElement.prototype;
    this.native = strategy === 'auto' && hasAnchorPositioning();
    popup.hidden = true;
    if (this.topLayer) {
      popup.popover = 'manual';
      // Chromium exposes a popover as an unnamed group; the popup only holds the component's widget.
      if (!popup.hasAttribute('role')) popup.setAttribute('role', 'none');
    }
    const style = popup.style;
    // The UA popover box is centred in the viewport (`inset: 0; margin: auto`).
    style.position = 'fixed';
    // The cap is the whole box's (the UA popover has padding).
    style.boxSizing = 'border-box';
    style.inset = 'auto';
    style.marginInline = '0';
    if (this.native) {
      const name = `--qc-anchor-${++count}`;
      anchor.style.setProperty('anchor-name', name);
      style.setProperty('position-anchor', name);
      style.minWidth = 'anchor-size(width)';
      // 100 %: the containing block (the position area when one is set).
      style.maxWidth = 'min(var(--qc-overlay-max-width, 100%), 100%)';
    }
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Shows the popup, placed. */
  show(): void {
    const popup = this.popup;
    const style = popup.style;
    let fallbacks = 'flip-block';
    if (this.native) {
      if (getComputedStyle(this.anchor).direction === 'rtl') {
        // Firefox 153 misplaces a position area in a right-to-left box: anchor() insets instead; the
        // inline flip aligns with the anchor's left edge when the popup does not fit to its left.
        style.removeProperty('position-area');
        style.top = 'anchor(bottom)';
        style.right = 'anchor(right)';
        fallbacks = 'flip-block, flip-inline, flip-block flip-inline';
      } else {
        // The area from the anchor's left edge to the viewport's right edge: the popup's width cap.
        style.inset = 'auto';
        style.setProperty('position-area', 'bottom span-right');
      }
    }
    popup.hidden = false;
    if (this.topLayer && popup.isConnected && !popup.matches(':popover-open')) popup.showPopover();
    if (this.native) style.setProperty('position-try-fallbacks', fallbacks);
    if (!this.open && !this.native) {
      window.addEventListener('scroll', this.position, { capture: true, passive: true });
      window.addEventListener('resize', this.position, { passive: true });
    }
    this.open = true;
    this.position();
  }

  hide(): void {
    const popup = this.popup;
    if (this.topLayer && popup.matches(':popover-open')) popup.hidePopover();
    popup.hidden = true;
    this.open = false;
    window.removeEventListener('scroll', this.position, { capture: true });
    window.removeEventListener('resize', this.position);
  }

  /**
   * Measures and places the popup (the fallback; the engine does it natively). Call after the
   * popup's content or the anchor's size changed while open.
   */
  readonly position = (): void => {
    if (!this.open || this.native) return;
    const { anchor, popup } = this;
    const style = popup.style;
    const root = document.documentElement;
    const width = root.clientWidth;
    const height = root.clientHeight;
    const box = anchor.getBoundingClientRect();
    style.minWidth = `${Math.min(box.width, width)}px`;
    style.maxWidth = `min(var(--qc-overlay-max-width, ${width}px), ${width}px)`;
    style.top = `${box.bottom}px`;
    style.bottom = 'auto';
    style.left = '0px';
    const own = popup.getBoundingClientRect();
    const margins = getComputedStyle(popup);
    const needed = own.height + parseFloat(margins.marginTop) + parseFloat(margins.marginBottom);
    const below = height - box.bottom;
    if (needed > below && box.top > below) {
      style.top = 'auto';
      style.bottom = `${height - box.top}px`;
    }
    const rtl = getComputedStyle(anchor).direction === 'rtl';
    const start = rtl ? box.right - own.width : box.left;
    style.left = `${Math.max(0, Math.min(start, width - own.width))}px`;
  };

  /** Closes and forgets the anchor name (the component's popup is going away). */
  destroy(): void {
    this.hide();
    this.anchor.style.removeProperty('anchor-name');
  }
}
