import { css } from 'lit';

/**
 * qc-date-field's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The
 * inputs themselves look like every text field (`fieldStyles`); here, the three parts sit side by
 * side, each under its own label, and wrap on a narrow screen or at a large zoom.
 */
export const dateFieldStyles = css`
  @layer qc-ds {
    :where(qc-date-field) :where(.qc-date-parts) {
      display: flex;
      flex-wrap: wrap;
      gap: var(--qc-spacer-sm);
      align-items: flex-end;
    }
    :where(qc-date-field) :where(.qc-date-part) {
      display: flex;
      flex-direction: column;
      inline-size: var(--qc-date-field-part-width);
    }
    :where(qc-date-field) :where(.qc-date-part-year) {
      inline-size: var(--qc-date-field-year-width);
    }
    :where(qc-date-field) :where(.qc-date-part-label) {
      margin-block-end: var(--qc-spacer-xxs);
      color: var(--qc-color-text-primary);
      font-weight: var(--qc-font-weight-regular);
      overflow-wrap: anywhere;
    }
    :where(qc-date-field) :where(input[type='hidden']) {
      display: none;
    }
  }
`;
