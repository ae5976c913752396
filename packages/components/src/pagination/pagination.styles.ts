import { css } from 'lit';
import { focusRing, hostStyles, srOnly } from '../internal/styles.js';

/**
 * Tokens only (`var(--qc-…)`), sizes in rem. The layout follows the element's own width (a
 * container query), not the screen's: a pagination in a narrow column compacts like one on a phone.
 * Container queries cannot read custom properties, so the two widths are written here:
 * below 36rem (576 px) previous and next show only their chevron; below 26rem (416 px) only the
 * first, current and last pages are numbered. The list also wraps, so it can never overflow.
 */
export const paginationStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }

    .list {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--qc-pagination-gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .item,
    .gap {
      display: flex;
    }

    .gap {
      align-items: center;
      justify-content: center;
      min-inline-size: var(--qc-target-min-size);
    }

    .control {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--qc-spacer-xs);
      min-inline-size: max(var(--qc-target-min-size), var(--qc-pagination-item-size));
      min-block-size: max(var(--qc-target-min-size), var(--qc-pagination-item-size));
      margin: 0;
      padding: 0 var(--qc-spacer-xs);
      border: var(--qc-pagination-border-width) solid transparent;
      border-radius: var(--qc-radius-sm);
      background: transparent;
      color: var(--qc-color-text-link);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }

    .control:hover {
      color: var(--qc-color-text-link-hover);
      background-color: var(--qc-color-action-tertiary-background-hover);
      text-decoration-thickness: var(--qc-pagination-border-width);
    }

    .control:focus-visible {
      ${focusRing}
    }

    .control[aria-current='page'] {
      border-color: var(--qc-color-action-primary-border);
      background-color: var(--qc-color-action-primary-background);
      color: var(--qc-color-action-primary-text);
      font-weight: var(--qc-font-weight-bold);
      text-decoration: none;
      cursor: default;
    }

    .chevron {
      flex: none;
      inline-size: var(--qc-pagination-chevron-size);
      block-size: var(--qc-pagination-chevron-size);
      border-block-start: var(--qc-pagination-chevron-thickness) solid currentColor;
      border-inline-start: var(--qc-pagination-chevron-thickness) solid currentColor;
    }
    .previous .chevron {
      rotate: -45deg;
    }
    .next .chevron {
      order: 1;
      rotate: 135deg;
    }
    :host(:dir(rtl)) .previous .chevron {
      rotate: 45deg;
    }
    :host(:dir(rtl)) .next .chevron {
      rotate: -135deg;
    }

    .narrow-only {
      display: none;
    }

    @container (width < 36rem) {
      .text {
        ${srOnly}
      }
    }

    @container (width < 26rem) {
      .wide-only {
        display: none;
      }
      .narrow-only {
        display: flex;
      }
    }

    @media (forced-colors: active) {
      /* Borders would all be drawn in CanvasText: only the current page keeps one, in the
         system's selection colours (as a selected item is shown elsewhere on the system). */
      .control {
        border-color: Canvas;
      }
      .control[aria-current='page'] {
        forced-color-adjust: none;
        border-color: SelectedItem;
        background-color: SelectedItem;
        color: SelectedItemText;
      }
    }
  `,
];
