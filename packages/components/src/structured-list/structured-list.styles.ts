import { css } from 'lit';
import { srOnly } from '../internal/styles.js';

/**
 * qc-structured-list's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The
 * same layout, for `qc-structured-list:not(:defined)`, is in @qc-ds/styles
 * (`elements/structured-list.css`): the rows do not move when the element upgrades. Keep the two in
 * step (structured-list.upgrade.test.ts).
 *
 * Wide: one grid for the whole `dl` (key, value, actions), each `div` row a subgrid, so every row's
 * columns line up whether it has actions or not (alphagov/govuk-frontend#1545); a value spans the
 * actions column of a row without one. Below 48rem (768 px, the `sm` breakpoint) rows stack.
 */
export const structuredListStyles = css`
  @layer qc-ds {
    qc-structured-list {
      display: block;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      overflow-wrap: anywhere;
    }
    qc-structured-list > :is(h2, h3, h4, h5, h6) {
      margin: 0 0 var(--qc-spacer-sm);
      font-family: var(--qc-font-family-header);
      font-size: var(--qc-font-size-h4);
      font-weight: var(--qc-font-weight-header-bold);
      line-height: var(--qc-line-height-h4);
    }
    qc-structured-list > dl {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
      column-gap: var(--qc-spacer-md);
      margin: 0;
      border-block-start: var(--qc-field-border-width) solid var(--qc-color-border-subtle);
    }
    qc-structured-list > dl > div {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      padding-block: var(--qc-spacer-sm);
      border-block-end: var(--qc-field-border-width) solid var(--qc-color-border-subtle);
    }
    qc-structured-list > dl :is(dt, dd) {
      margin: 0;
    }
    qc-structured-list > dl dt {
      grid-column: 1;
      font-weight: var(--qc-font-weight-bold);
    }
    qc-structured-list > dl dd {
      grid-column: 2 / -1;
    }
    /* A row with actions: the values in the middle column, the actions (its last dd) at the end. */
    qc-structured-list > dl > div:has(> dd ~ dd) > dd {
      grid-column: 2;
    }
    qc-structured-list > dl > div > dd:last-of-type:not(:first-of-type) {
      display: flex;
      flex-wrap: wrap;
      grid-column: 3;
      grid-row: 1;
      justify-content: flex-end;
      align-items: flex-start;
      gap: var(--qc-spacer-xs) var(--qc-spacer-sm);
    }
    qc-structured-list > dl > div > dd:last-of-type:not(:first-of-type) :is(a, button) {
      min-block-size: var(--qc-target-min-size);
    }
    @media (width < 48rem) {
      qc-structured-list > dl,
      qc-structured-list > dl > div {
        display: block;
      }
      qc-structured-list > dl > div > dd:last-of-type:not(:first-of-type) {
        justify-content: flex-start;
        margin-block-start: var(--qc-spacer-xs);
      }
    }
    qc-structured-list [data-qc-part='context'] {
      ${srOnly}
    }
  }
`;
