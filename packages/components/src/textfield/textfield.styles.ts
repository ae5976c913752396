import { css } from 'lit';

/** qc-textfield's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. */
export const textfieldStyles = css`
  @layer qc-ds {
    :where(qc-textfield) :where(input, textarea) {
      max-width: var(--qc-size-max-width-md);
    }
    :where(qc-textfield) :where(textarea) {
      max-width: var(--qc-size-max-width-lg);
      min-height: var(--qc-field-textarea-min-height);
      resize: vertical;
    }
    :where(qc-textfield[size='xs']) :where(input, textarea) {
      max-width: var(--qc-size-max-width-xs);
    }
    :where(qc-textfield[size='sm']) :where(input, textarea) {
      max-width: var(--qc-size-max-width-sm);
    }
    :where(qc-textfield[size='md']) :where(input, textarea) {
      max-width: var(--qc-size-max-width-md);
    }
    :where(qc-textfield[size='lg']) :where(input, textarea) {
      max-width: var(--qc-size-max-width-lg);
    }
    :where(qc-textfield[size='xl']) :where(input, textarea) {
      max-width: var(--qc-size-max-width-xl);
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
