import { css } from 'lit';

/**
 * qc-page-feedback's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The
 * first question, for `qc-page-feedback:not(:defined)` (the server's form), is laid out the same by
 * @qc-ds/styles (`elements/page-feedback.css`): keep the two in step (page-feedback.upgrade.test.ts).
 */
export const pageFeedbackStyles = css`
  @layer qc-ds {
    qc-page-feedback {
      display: block;
      max-inline-size: var(--qc-max-content-width);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      overflow-wrap: anywhere;
    }
    qc-page-feedback > form {
      margin: 0;
    }
    qc-page-feedback > form > fieldset {
      margin: 0 0 var(--qc-spacer-sm);
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    qc-page-feedback > form > fieldset > legend {
      padding: 0;
      margin-block-end: var(--qc-spacer-xs);
      font-weight: var(--qc-font-weight-semi-bold);
    }
    qc-page-feedback > form > fieldset > div {
      display: flex;
      flex-wrap: wrap;
      gap: var(--qc-spacer-xs);
    }
    qc-page-feedback > form button {
      box-sizing: border-box;
      min-inline-size: var(--qc-button-min-width-compact);
      min-block-size: var(--qc-button-min-height-compact);
      margin: 0;
      padding: var(--qc-button-padding-block-compact) var(--qc-button-padding-inline-compact);
      border: var(--qc-button-border-width) solid var(--qc-color-action-secondary-border);
      border-radius: var(--qc-radius-sm);
      background: var(--qc-color-action-secondary-background);
      color: var(--qc-color-action-secondary-text);
      font: inherit;
      font-weight: var(--qc-font-weight-semi-bold);
      cursor: pointer;
    }
    qc-page-feedback > form button:hover {
      background: var(--qc-color-action-secondary-background-hover);
    }
    qc-page-feedback > form button[data-qc-part='submit'] {
      border-color: var(--qc-color-action-primary-border);
      background: var(--qc-color-action-primary-background);
      color: var(--qc-color-action-primary-text);
    }
    qc-page-feedback > form button[data-qc-part='submit']:hover {
      background: var(--qc-color-action-primary-background-hover);
    }
    qc-page-feedback :is(button, input, textarea, [tabindex='-1']):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    qc-page-feedback [data-qc-part='reasons'] > label {
      display: flex;
      align-items: flex-start;
      gap: var(--qc-spacer-xs);
      min-block-size: var(--qc-target-min-size);
      margin-block-end: var(--qc-spacer-xs);
      cursor: pointer;
    }
    qc-page-feedback [data-qc-part='reasons'] input {
      flex: none;
      inline-size: var(--qc-field-choice-size);
      block-size: var(--qc-field-choice-size);
      margin: 0;
      accent-color: var(--qc-color-action-primary-background);
    }
    qc-page-feedback [data-qc-part='comment'] {
      display: flex;
      flex-direction: column;
      gap: var(--qc-spacer-xxs);
      margin-block-end: var(--qc-spacer-sm);
    }
    qc-page-feedback [data-qc-part='comment'] > label {
      font-weight: var(--qc-font-weight-semi-bold);
    }
    qc-page-feedback [data-qc-part='comment'] > p,
    qc-page-feedback [data-qc-part='error'] {
      margin: 0;
    }
    qc-page-feedback [data-qc-part='hint'],
    qc-page-feedback [data-qc-part='counter'] {
      color: var(--qc-color-text-secondary);
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
    }
    qc-page-feedback [data-qc-part='error'],
    qc-page-feedback [data-qc-part='counter'].over {
      color: var(--qc-color-text-error);
      font-weight: var(--qc-font-weight-semi-bold);
    }
    qc-page-feedback [data-qc-part='reasons'] > [data-qc-part='error'] {
      margin-block-end: var(--qc-spacer-xs);
    }
    qc-page-feedback textarea {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: var(--qc-size-max-width-lg);
      min-block-size: var(--qc-field-textarea-min-height);
      padding: var(--qc-field-padding-block) var(--qc-field-padding-inline);
      border: var(--qc-field-border-width) solid var(--qc-color-field-border);
      border-radius: var(--qc-radius-sm);
      background: var(--qc-color-field-background);
      color: var(--qc-color-field-text);
      font: inherit;
    }
    qc-page-feedback textarea[aria-invalid='true'] {
      border: var(--qc-field-border-width-invalid) solid var(--qc-color-field-border-invalid);
    }
    qc-page-feedback > [data-qc-part='status']:not(:empty) {
      padding: var(--qc-spacer-sm);
      border-inline-start: var(--qc-notice-border-width) solid var(--qc-color-feedback-success-border);
      background: var(--qc-color-feedback-success-background);
      color: var(--qc-color-feedback-success-text);
    }
    @media (forced-colors: active) {
      qc-page-feedback > form button {
        border-color: ButtonBorder;
      }
    }
  }
`;
