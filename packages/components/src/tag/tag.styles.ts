import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/**
 * Tokens only (`var(--qc-…)`), sizes in rem. Each variant takes the feedback tokens of its kind:
 * text ≥ 4.5:1 on the background, border ≥ 3:1 on the background and on the page (7:1 and 4.5:1
 * in the high-contrast theme), checked in the three themes by tag.test.ts. The link keeps the link
 * colour, which reaches 4.5:1 on every feedback background. The same box, for `qc-tag:not(:defined)`,
 * is in @qc-ds/styles (`elements/tag.css`): the tag does not move when the element upgrades.
 */
export const tagStyles = [
  hostStyles,
  css`
    :host {
      display: inline-flex;
      max-inline-size: 100%;
      vertical-align: middle;
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-sm);
      font-weight: var(--qc-font-weight-semi-bold);
      line-height: var(--qc-line-height-sm);
    }

    .base {
      --_qc-tag-background: var(--qc-color-feedback-neutral-background);
      --_qc-tag-border: var(--qc-color-feedback-neutral-border);
      --_qc-tag-text: var(--qc-color-feedback-neutral-text);
      display: inline-flex;
      align-items: center;
      gap: var(--qc-spacer-xxs);
      min-inline-size: 0;
      max-inline-size: 100%;
      min-block-size: var(--qc-target-min-size);
      padding-inline: var(--qc-spacer-xs);
      border: var(--qc-field-border-width) solid var(--_qc-tag-border);
      border-radius: var(--qc-radius-sm);
      background-color: var(--_qc-tag-background);
      color: var(--_qc-tag-text);
      /* Long words and URLs wrap instead of pushing the tag past a 320 px screen. */
      overflow-wrap: anywhere;
    }
    .info {
      --_qc-tag-background: var(--qc-color-feedback-information-background);
      --_qc-tag-border: var(--qc-color-feedback-information-border);
      --_qc-tag-text: var(--qc-color-feedback-information-text);
    }
    .success {
      --_qc-tag-background: var(--qc-color-feedback-success-background);
      --_qc-tag-border: var(--qc-color-feedback-success-border);
      --_qc-tag-text: var(--qc-color-feedback-success-text);
    }
    .warning {
      --_qc-tag-background: var(--qc-color-feedback-warning-background);
      --_qc-tag-border: var(--qc-color-feedback-warning-border);
      --_qc-tag-text: var(--qc-color-feedback-warning-text);
    }
    .error {
      --_qc-tag-background: var(--qc-color-feedback-error-background);
      --_qc-tag-border: var(--qc-color-feedback-error-border);
      --_qc-tag-text: var(--qc-color-feedback-error-text);
    }

    .label,
    .link {
      min-inline-size: 0;
    }
    .link {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--qc-target-min-size);
      color: var(--qc-color-text-link);
      text-decoration: underline;
    }
    .link:hover {
      text-decoration-thickness: var(--qc-focus-ring-width);
    }

    .remove {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      min-inline-size: var(--qc-target-min-size);
      min-block-size: var(--qc-target-min-size);
      margin: 0 calc(-1 * var(--qc-spacer-xxs)) 0 0;
      padding: 0;
      border: 0;
      border-radius: var(--qc-radius-sm);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .remove:hover {
      box-shadow: inset 0 0 0 var(--qc-field-border-width) currentColor;
    }
    .link:focus-visible,
    .remove:focus-visible {
      ${focusRing}
    }
    .remove-icon {
      inline-size: var(--qc-icon-size-sm);
      block-size: var(--qc-icon-size-sm);
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    @media (forced-colors: active) {
      .remove:hover {
        outline: var(--qc-field-border-width) solid ButtonText;
      }
    }
  `,
];
