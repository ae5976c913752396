import { css } from 'lit';

/**
 * qc-choice-group's light-DOM layout (adopted once per root, in `@layer qc-ds`): a grid of
 * `column-count` columns (one on narrow screens), a wrapping row with `inline`, and bordered tiles
 * with `selection-button`. The boxes themselves are qc-checkbox's styles. Tokens only.
 *
 * The host's own rules use the tag (not `:where`) so they win over the shared `display: block` of
 * every field, whatever order the sheets were adopted in; any unlayered page rule still wins.
 */
export const choiceGroupStyles = css`
  @layer qc-ds {
    qc-choice-group {
      /* --qc-choice-group-column-count is set by the element from column-count. */
      --qc-choice-group-columns: var(--qc-choice-group-column-count, 1);
      display: grid;
      grid-template-columns: repeat(var(--qc-choice-group-columns), minmax(0, 1fr));
      align-items: start;
      gap: var(--qc-spacer-xs) var(--qc-spacer-md);
    }
    /* Legend, hint and error span the whole grid; the grid's gap spaces them. */
    qc-choice-group > :where([data-qc-part]) {
      grid-column: 1 / -1;
      margin-block: 0;
    }
    /* Items written as <input id> + <label for> siblings: one track for the box, one for its label. */
    qc-choice-group:has(> input:is([type='checkbox'], [type='radio'])) {
      grid-template-columns: repeat(var(--qc-choice-group-columns), auto minmax(0, 1fr));
      column-gap: var(--qc-spacer-xs);
    }
    qc-choice-group:has(> input:is([type='checkbox'], [type='radio']))
      > :where(:not(input, label[for], [data-qc-part])) {
      grid-column: span 2;
    }
    @media (width < 48rem) {
      qc-choice-group {
        --qc-choice-group-columns: 1;
      }
    }

    /* inline: one wrapping row. */
    qc-choice-group[inline] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
    }
    qc-choice-group[inline] > :where([data-qc-part]) {
      flex-basis: 100%;
    }
    qc-choice-group[inline] > :where(input + label[for]) {
      margin-inline-start: calc(var(--qc-spacer-xs) - var(--qc-spacer-md));
    }

    /* selection-button: each label is a bordered tile (the whole tile is the target). */
    qc-choice-group[selection-button] {
      align-items: stretch;
    }
    qc-choice-group[selection-button] > :where(label) {
      width: auto;
      padding: var(--qc-spacer-sm);
      border: var(--qc-field-border-width) solid var(--qc-color-field-border);
      background: var(--qc-color-field-background);
    }
    qc-choice-group[selection-button] > :where(label:not(:has(> input:disabled)):hover) {
      border-color: var(--qc-color-field-border-hover);
    }
    qc-choice-group[selection-button] > :where(label:has(> input:checked)) {
      border-color: var(--qc-color-action-primary-background);
      background: var(--qc-color-feedback-information-background);
    }
    qc-choice-group[selection-button] > :where(label:has(> input:focus-visible)) {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    qc-choice-group[selection-button] > label > input:focus-visible {
      outline: none;
    }
    qc-choice-group[selection-button] > :where(label:has(> input[aria-invalid='true'])) {
      border-color: var(--qc-color-field-border-invalid);
    }
    qc-choice-group[selection-button] > :where(label:has(> input:disabled)) {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
    }

    /* Tile content (the incumbent's classes). */
    :where(qc-choice-group) :where(.qc-tile) {
      display: flex;
      flex-direction: column;
      gap: var(--qc-spacer-xxs);
      min-width: 0;
    }
    :where(qc-choice-group) :where(.qc-tile-text) {
      font-weight: var(--qc-font-weight-semi-bold);
    }
    :where(qc-choice-group) :where(.qc-tile-description) {
      display: block;
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
    }

    @media (forced-colors: active) {
      qc-choice-group[selection-button] > :where(label:has(> input:checked)) {
        border-color: Highlight;
        border-width: var(--qc-field-border-width-invalid);
        padding: calc(var(--qc-spacer-sm) - var(--qc-field-border-width-invalid) + var(--qc-field-border-width));
      }
    }
  }
`;
