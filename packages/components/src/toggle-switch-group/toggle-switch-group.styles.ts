import { css } from 'lit';

/** qc-toggle-switch-group's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. */
export const toggleSwitchGroupStyles = css`
  @layer qc-ds {
    /* A block no wider than --qc-toggle-switch-group-max-width (set from max-width), else its content. */
    qc-toggle-switch-group {
      max-inline-size: var(--qc-toggle-switch-group-max-width, fit-content);
    }
    qc-toggle-switch-group > qc-toggle-switch {
      margin-block-end: var(--qc-spacer-sm);
    }
    qc-toggle-switch-group > qc-toggle-switch:last-child {
      margin-block-end: 0;
    }
  }
`;
