import { css } from 'lit';
import { srOnly } from '../internal/styles.js';

/**
 * qc-skip-link's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The
 * same rules, for `qc-skip-link:not(:defined)`, are in @qc-ds/styles (`elements/skip-link.css`),
 * so the link behaves the same before the element upgrades and without JavaScript.
 *
 * Hidden on screen until it has the focus; then shown over the top of the page (absolute, so
 * focusing it moves nothing), in the PIV colours, with the focus ring and a 24 px target.
 */
export const skipLinkStyles = css`
  @layer qc-ds {
    qc-skip-link {
      display: block;
      position: relative;
    }
    qc-skip-link a:not(:focus) {
      ${srOnly}
    }
    qc-skip-link a:focus {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      z-index: 1;
      display: inline-block;
      min-block-size: var(--qc-target-min-size);
      max-inline-size: 100%;
      padding: var(--qc-spacer-xxs) var(--qc-spacer-xs);
      color: var(--qc-color-text-inverse);
      background-color: var(--qc-color-surface-inverse);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      font-weight: var(--qc-font-weight-semi-bold);
      line-height: var(--qc-line-height-md);
      text-decoration: underline;
      overflow-wrap: anywhere;
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    @media (forced-colors: active) {
      qc-skip-link a:focus {
        border: var(--qc-focus-ring-width) solid LinkText;
        outline-color: Highlight;
      }
    }
  }
`;
