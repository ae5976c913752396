import { css } from 'lit';
import { srOnly } from './styles.js';

/**
 * Light-DOM styles shared by every form field (adopted once per document or shadow root). All in
 * `@layer qc-ds`, so any unlayered rule of the page wins, and scoped with `:where()` to the qc-ds
 * field elements, so nothing else on the page is touched. Tokens only.
 */
export const fieldStyles = css`
  @layer qc-ds {
    :where(
      qc-textfield,
      qc-select,
      qc-checkbox,
      qc-choice-group,
      qc-toggle-switch,
      qc-toggle-switch-group,
      qc-fieldset,
      qc-date-field,
      qc-file-upload
    ) {
      display: block;
      margin-block-end: var(--qc-spacer-md);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }
    /* Any author rule beats the browser's [hidden] { display: none }, this layer's display included. */
    :where(
      qc-textfield,
      qc-select,
      qc-checkbox,
      qc-choice-group,
      qc-toggle-switch,
      qc-toggle-switch-group,
      qc-fieldset,
      qc-date-field,
      qc-file-upload
    )[hidden] {
      display: none;
    }

    :where(.qc-label, .qc-legend) {
      display: block;
      margin-block-end: var(--qc-spacer-xs);
      font-weight: var(--qc-font-weight-bold);
      overflow-wrap: anywhere;
    }

    :where(.qc-required-mark) {
      color: var(--qc-color-text-error);
      font-weight: var(--qc-font-weight-bold);
    }

    :where(.qc-hint) {
      margin-block: calc(-1 * var(--qc-spacer-xxs)) var(--qc-spacer-xs);
      color: var(--qc-color-text-secondary);
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
      overflow-wrap: anywhere;
    }

    :where(.qc-error) {
      display: flex;
      gap: var(--qc-spacer-xxs);
      margin-block-end: var(--qc-spacer-xs);
      padding-inline-start: var(--qc-spacer-xs);
      border-inline-start: var(--qc-focus-ring-width) solid var(--qc-color-field-border-invalid);
      color: var(--qc-color-text-error);
      font-weight: var(--qc-font-weight-bold);
      overflow-wrap: anywhere;
    }
    :where(.qc-error[hidden]) {
      display: none;
    }

    :where(.qc-visually-hidden) {
      ${srOnly}
    }

    /* Text-like native controls. */
    :where(qc-textfield, qc-select, qc-date-field)
      :where(input:not([type='checkbox'], [type='radio'], [type='file'], [type='hidden']), textarea, select) {
      box-sizing: border-box;
      display: block;
      width: 100%;
      min-height: max(var(--qc-target-min-size), var(--qc-field-min-height));
      margin: 0;
      padding: var(--qc-field-padding-block) var(--qc-field-padding-inline);
      border: var(--qc-field-border-width) solid var(--qc-color-field-border);
      border-radius: var(--qc-radius-none);
      background: var(--qc-color-field-background);
      color: var(--qc-color-field-text);
      font: inherit;
    }
    :where(qc-textfield, qc-select, qc-date-field) :where(input, textarea, select):hover:not(:disabled) {
      border-color: var(--qc-color-field-border-hover);
    }
    :where(qc-textfield, qc-select, qc-date-field) :where(input, textarea, select):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
      border-color: var(--qc-color-field-border-focus);
    }
    :where(qc-textfield, qc-select, qc-date-field) :where(input, textarea, select)[aria-invalid='true'] {
      border-color: var(--qc-color-field-border-invalid);
      box-shadow: inset 0 0 0 calc(var(--qc-field-border-width-invalid) - var(--qc-field-border-width))
        var(--qc-color-field-border-invalid);
    }
    :where(qc-textfield, qc-select, qc-date-field) :where(input, textarea, select):disabled {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
      color: var(--qc-color-field-text-disabled);
      cursor: not-allowed;
    }
    :where(qc-textfield, qc-select, qc-date-field) :where(input, textarea)::placeholder {
      color: var(--qc-color-field-placeholder);
      opacity: 1;
    }

    @media (forced-colors: active) {
      :where(.qc-error) {
        border-inline-start-color: CanvasText;
      }
      :where(qc-textfield, qc-select, qc-date-field) :where(input, textarea, select)[aria-invalid='true'] {
        border-style: double;
        border-width: calc(3 * var(--qc-field-border-width));
      }
    }
  }
`;
