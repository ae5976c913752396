import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/**
 * The summary looks like an error notice (qc-notice type="error": same border, icon column on the
 * pale tint, padding), with a larger heading and the errors as links in the error colour. Tokens
 * only. Nothing is rendered while there is nothing to say, so the host then takes no space.
 */
export const errorSummaryStyles = [
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
    }

    .base {
      --_border: var(--qc-color-feedback-error-border);
      --_tint: var(--qc-color-feedback-error-background);
      --_icon: var(--qc-color-feedback-error-icon);
      display: flex;
      align-items: stretch;
      margin-block: 0 var(--qc-spacer-md);
      /* The border reaches 3:1 on the page and on the tint (tokens' contrast pairs). */
      border: var(--qc-notice-border-width) solid var(--_border);
      background-color: var(--qc-color-surface-default);
      overflow-wrap: anywhere;
    }
    .base:focus {
      ${focusRing}
    }

    .palette-success {
      --_border: var(--qc-color-feedback-success-border);
      --_tint: var(--qc-color-feedback-success-background);
      --_icon: var(--qc-color-feedback-success-icon);
    }

    .icon {
      flex: none;
      display: flex;
      justify-content: center;
      align-items: flex-start;
      min-inline-size: var(--qc-notice-icon-column-width);
      padding-block: var(--qc-notice-padding);
      padding-inline: var(--qc-spacer-xs);
      background-color: var(--_tint);
      color: var(--_icon);
    }

    .body {
      flex: 1 1 auto;
      min-inline-size: 0;
      padding: var(--qc-notice-padding);
      padding-inline-start: var(--qc-spacer-sm);
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

    @media (max-width: 47.99rem) {
      .icon {
        padding-block: var(--qc-spacer-sm);
      }
      .body {
        padding: var(--qc-spacer-sm);
      }
    }

    @media (forced-colors: active) {
      .base {
        border-color: CanvasText;
      }
      .icon {
        color: CanvasText;
        border-inline-end: var(--qc-notice-border-width) solid CanvasText;
      }
      a,
      a:visited {
        color: LinkText;
      }
    }
  `,
];
