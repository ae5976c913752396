import { css } from 'lit';

/**
 * qc-fieldset's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. Only the
 * group's own legend, hint and error (direct children) are styled here, never the fields inside.
 */
export const fieldsetStyles = css`
  @layer qc-ds {
    qc-fieldset > .qc-legend {
      margin-block-end: var(--qc-spacer-sm);
      font-size: var(--qc-font-size-lg);
      line-height: var(--qc-line-height-lg);
    }
    qc-fieldset > .qc-hint {
      margin-block: calc(-1 * var(--qc-spacer-xs)) var(--qc-spacer-sm);
    }
    qc-fieldset > .qc-error {
      margin-block-end: var(--qc-spacer-sm);
      padding-inline-start: 0;
      border-inline-start: 0;
    }
    /* A group in error: one bar along the whole group (legend to last field), as GOV.UK does. */
    qc-fieldset:has(> .qc-error:not([hidden])) {
      padding-inline-start: var(--qc-spacer-sm);
      border-inline-start: var(--qc-focus-ring-width) solid var(--qc-color-field-border-invalid);
    }
    qc-fieldset > :last-child {
      margin-block-end: 0;
    }

    @media (forced-colors: active) {
      qc-fieldset:has(> .qc-error:not([hidden])) {
        border-inline-start-color: CanvasText;
      }
    }
  }
`;
