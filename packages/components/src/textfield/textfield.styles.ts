import { css } from 'lit';

/** qc-textfield's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. */
export const textfieldStyles = css`
  @layer qc-ds {
    /*
     * Sizes set the width, capped by the column (never max-width: the unlayered base.css of
     * @qc-ds/styles gives controls max-width: 100%, which would win over a layered max-width).
     * The element selectors weigh (0,0,1), so they win over the shared field rule's width: 100%.
     * Sizes match in any case (size="XL"), as the element's validation does.
     */
    :where(qc-textfield) :is(input, textarea) {
      width: min(100%, var(--qc-size-max-width-md));
    }
    :where(qc-textfield) textarea {
      width: min(100%, var(--qc-size-max-width-lg));
      min-height: var(--qc-field-textarea-min-height);
      resize: vertical;
    }
    :where(qc-textfield[size='xs' i]) :is(input, textarea) {
      width: min(100%, var(--qc-size-max-width-xs));
    }
    :where(qc-textfield[size='sm' i]) :is(input, textarea) {
      width: min(100%, var(--qc-size-max-width-sm));
    }
    :where(qc-textfield[size='md' i]) :is(input, textarea) {
      width: min(100%, var(--qc-size-max-width-md));
    }
    :where(qc-textfield[size='lg' i]) :is(input, textarea) {
      width: min(100%, var(--qc-size-max-width-lg));
    }
    :where(qc-textfield[size='xl' i]) :is(input, textarea) {
      width: min(100%, var(--qc-size-max-width-xl));
    }
    :where(qc-textfield) :where(.qc-counter) {
      margin-block-start: var(--qc-spacer-xxs);
      color: var(--qc-color-text-secondary);
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
    }
    :where(qc-textfield) :where(.qc-counter-over) {
      color: var(--qc-color-text-error);
      font-weight: var(--qc-font-weight-bold);
    }
  }
`;
