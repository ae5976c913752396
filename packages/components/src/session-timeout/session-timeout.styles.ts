import { css } from 'lit';
import { hostStyles, srOnly } from '../internal/styles.js';

/**
 * Tokens only (`var(--qc-…)`), sizes in rem. The dialog box, backdrop, heading and footer layout
 * are qc-dialog's; these rules cover the message and the buttons.
 */
export const sessionTimeoutStyles = [
  hostStyles,
  css`
    :host {
      /* Nothing of its own on the page: the warning lives in the top layer. */
      display: contents;
    }

    .message {
      margin-block: 0;
    }

    .time {
      font-weight: var(--qc-font-weight-bold);
      /* The countdown changes every second: digits of equal width keep the line from jumping. */
      font-variant-numeric: tabular-nums;
    }

    .sr-only {
      ${srOnly}
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--qc-spacer-sm);
    }
  `,
];
