import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/**
 * The band spans its container; its content sits in the incumbent's `.qc-container` (centred,
 * capped at the grid's container width per breakpoint, gutters on the sides) or, with
 * `full-width`, in `.qc-container-fluid`. The container is written as padding on the band so the
 * pre-upgrade rules of @qc-ds/styles (`elements/alert.css`) can lay the light-DOM message out at
 * exactly the same place before the element upgrades. Breakpoints: the grid's (48, 62, 75 em).
 */
export const alertStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      font-weight: var(--qc-font-weight-semi-bold);
    }

    :host([hide]:not([hide='false' i])) {
      display: none !important;
    }

    .base {
      --_max: 100%;
      --_gutter: var(--qc-grid-gutter-sm);
      display: flex;
      align-items: flex-start;
      gap: var(--qc-spacer-md);
      padding-block: var(--qc-spacer-sm);
      padding-inline: calc(max(0px, (100% - var(--_max)) / 2) + var(--_gutter));
      background-color: var(--qc-color-feedback-information-background);
      color: var(--qc-color-feedback-information-text);
    }

    .type-warning {
      background-color: var(--qc-color-feedback-warning-background);
      color: var(--qc-color-feedback-warning-text);
    }

    @media (min-width: 48em) {
      .base {
        --_max: var(--qc-grid-container-max-width-sm);
        padding-block: var(--qc-spacer-md);
      }
    }

    @media (min-width: 62em) {
      .base {
        --_max: var(--qc-grid-container-max-width-md);
        --_gutter: var(--qc-grid-gutter-md);
      }
    }

    @media (min-width: 75em) {
      .base {
        --_max: var(--qc-grid-container-max-width-lg);
        --_gutter: var(--qc-grid-gutter);
      }
    }

    .base.fluid {
      --_max: 100%;
    }

    .icon {
      flex: none;
      inline-size: var(--qc-icon-size-nm);
      block-size: var(--qc-icon-size-nm);
      color: var(--qc-color-feedback-information-icon);
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    .type-warning .icon {
      color: var(--qc-color-feedback-warning-icon);
    }

    .content {
      flex: 1 1 auto;
      min-inline-size: 0;
      /* Long unbroken words and URLs wrap instead of pushing the band past a 320 px screen. */
      overflow-wrap: anywhere;
    }

    .content-text {
      margin: 0;
    }

    ::slotted(:first-child) {
      margin-block-start: 0;
    }
    ::slotted(:last-child) {
      margin-block-end: 0;
    }

    /* A 2 rem target (WCAG 2.5.8 asks 24 px) that does not make a one-line band taller: its
       negative block margins keep it within the line height. */
    .close {
      flex: none;
      display: inline-grid;
      place-items: center;
      inline-size: var(--qc-icon-size-xl);
      block-size: var(--qc-icon-size-xl);
      margin-block: calc((var(--qc-line-height-md) - var(--qc-icon-size-xl)) / 2);
      padding: 0;
      border: 0;
      border-radius: var(--qc-radius-sm);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }

    .close:hover {
      background-color: var(--qc-color-action-tertiary-background-hover);
    }

    .close:focus-visible {
      ${focusRing}
    }

    .close-icon {
      inline-size: var(--qc-icon-size-sm);
      block-size: var(--qc-icon-size-sm);
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    @media (forced-colors: active) {
      /* Backgrounds are dropped: keep the band's edges and draw the icons in the text colour. */
      .base {
        outline: 1px solid CanvasText;
        outline-offset: -1px;
      }
      .icon {
        color: CanvasText;
      }
      .close {
        color: ButtonText;
      }
    }
  `,
];
