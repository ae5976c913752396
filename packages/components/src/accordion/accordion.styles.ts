import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/**
 * Tokens only (`var(--qc-…)`), sizes in rem. The « show all » row's height is reserved before the
 * upgrade (@qc-ds/styles `elements/accordion.css`): keep the two in step.
 */
export const accordionStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      max-inline-size: var(--qc-max-content-width);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-weight: var(--qc-font-weight-regular);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      overflow-wrap: anywhere;
    }

    .controls {
      display: flex;
      margin-block-end: var(--qc-spacer-xs);
    }

    .show-all {
      display: inline-flex;
      align-items: flex-start;
      gap: var(--qc-spacer-xs);
      min-block-size: var(--qc-target-min-size);
      margin: 0;
      padding: var(--qc-spacer-xxs) var(--qc-spacer-xs);
      border: 0;
      background: transparent;
      color: var(--qc-color-text-link);
      font: inherit;
      font-weight: var(--qc-font-weight-semi-bold);
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    .show-all:hover {
      color: var(--qc-color-text-link-hover);
      text-decoration-thickness: var(--qc-focus-ring-width);
    }
    .show-all:focus-visible {
      ${focusRing}
    }

    .icon {
      flex: none;
      inline-size: var(--qc-icon-size-nm);
      block-size: var(--qc-icon-size-nm);
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
      transform: rotate(180deg);
    }
    [aria-expanded='true'] > .icon {
      transform: none;
    }

    @media (prefers-reduced-motion: no-preference) {
      .icon {
        transition: transform var(--qc-duration-base) var(--qc-easing-standard);
      }
    }

    @media (forced-colors: active) {
      .show-all {
        color: ButtonText;
      }
    }
  `,
];
