import { css } from 'lit';

/**
 * qc-date-modified's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The
 * same line, for `qc-date-modified:not(:defined)`, is in @qc-ds/styles (`elements/date-modified.css`):
 * the label and the date stay in place when the element upgrades (date-modified.upgrade.test.ts).
 */
export const dateModifiedStyles = css`
  @layer qc-ds {
    qc-date-modified {
      display: block;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      overflow-wrap: anywhere;
    }
    qc-date-modified > dl {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--qc-spacer-xxs);
      margin: 0;
    }
    qc-date-modified > dl > dt {
      font-weight: var(--qc-font-weight-semi-bold);
    }
    qc-date-modified > dl > dd {
      margin: 0;
    }
  }
`;
