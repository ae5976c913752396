import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';
import { feedbackBoxStyles } from '../internal/feedback.styles.js';

/**
 * The summary looks like an error notice (qc-notice type="error": the shared feedback box — same
 * border, icon column on the pale tint, padding), with a larger heading and the errors as links in
 * the error colour. Tokens only. Nothing is rendered while there is nothing to say, so the host
 * then takes no space.
 */
export const errorSummaryStyles = [
  hostStyles,
  feedbackBoxStyles,
  css`
    .base {
      margin-block: 0 var(--qc-spacer-md);
    }
    .base:focus {
      ${focusRing}
    }

    .heading {
      margin: 0;
      color: inherit;
      font-family: var(--qc-font-family-header);
      font-weight: var(--qc-font-weight-bold);
      font-size: var(--qc-font-size-lg);
      line-height: var(--qc-line-height-lg);
    }

    .description ::slotted(*) {
      margin-block: var(--qc-spacer-xs) 0;
    }

    .corrected {
      margin: var(--qc-spacer-xs) 0 0;
    }

    .list {
      margin: var(--qc-spacer-xs) 0 0;
      padding-inline-start: var(--qc-spacer-md);
    }
    .list li + li {
      margin-block-start: var(--qc-spacer-xxs);
    }
    .list li::marker {
      color: var(--qc-color-text-primary);
    }

    a {
      color: var(--qc-color-text-error);
      font-weight: var(--qc-font-weight-semi-bold);
      text-decoration: underline;
    }
    a:visited {
      color: var(--qc-color-text-error);
    }
    a:hover {
      text-decoration-thickness: var(--qc-focus-ring-width);
    }
    a:focus-visible {
      ${focusRing}
    }

    @media (forced-colors: active) {
      a,
      a:visited {
        color: LinkText;
      }
    }
  `,
];
