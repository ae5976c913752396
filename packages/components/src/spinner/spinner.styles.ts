import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';

/** Tokens only (`var(--qc-…)`), sizes in rem: the themes and forced colours restyle it for free. */
export const spinnerStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-weight: var(--qc-font-weight-regular);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }

    .base {
      display: flex;
      align-items: center;
      gap: var(--qc-spacer-xs);
      /* The message wraps beside the ring on a 320 px screen. */
      overflow-wrap: anywhere;
    }

    .indicator {
      --_size: var(--qc-icon-size-nm);
      flex: none;
      inline-size: var(--_size);
      block-size: var(--_size);
      /* The same stroke as qc-button's busy indicator. */
      border: var(--qc-button-border-width) solid var(--qc-color-border-subtle);
      border-block-start-color: var(--qc-color-action-primary-background);
      border-radius: var(--qc-radius-pill);
      /* One turn a second: a conventional spinner pace (as qc-button's), not a design decision worth a token. */
      animation: qc-spinner-spin 1s linear infinite;
    }
    .sm .indicator {
      --_size: var(--qc-icon-size-sm);
    }
    .lg .indicator {
      --_size: var(--qc-icon-size-xl);
    }
    .sm {
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
    }
    .lg {
      font-size: var(--qc-font-size-lg);
      line-height: var(--qc-line-height-lg);
    }

    .label {
      min-inline-size: 0;
    }

    @keyframes qc-spinner-spin {
      to {
        transform: rotate(1turn);
      }
    }

    @media (prefers-reduced-motion: reduce) {
      /* Still a visible (static) busy indicator, without movement; the message says the rest. */
      .indicator {
        animation: none;
        border-style: dotted;
        border-color: var(--qc-color-action-primary-background);
      }
    }

    @media (forced-colors: active) {
      /* System colours: the arc in Highlight on a CanvasText track, so the turn stays visible. */
      .indicator {
        forced-color-adjust: none;
        border-color: CanvasText;
        border-block-start-color: Highlight;
      }
    }
    @media (forced-colors: active) and (prefers-reduced-motion: reduce) {
      .indicator {
        border-color: CanvasText;
      }
    }
  `,
];
