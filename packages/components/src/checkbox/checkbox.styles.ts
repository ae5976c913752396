import { css } from 'lit';

/**
 * Light-DOM styles of a choice (checkbox or radio) and its text, shared by qc-checkbox and
 * qc-choice-group (adopted once per root, in `@layer qc-ds`). Tokens only.
 *
 * The native `<input>` stays the real control: `appearance: none` only repaints it (a 24 px box,
 * 2 px border; compact 16 px / 1 px), so keyboard, clicks, forms and assistive technologies work as
 * on plain HTML. The check mark and the radio dot are drawn with CSS shapes: no image, no request.
 * In forced colours the native look comes back (`appearance: auto`), so the system draws a box in
 * the user's colours instead of a custom one that forced colours would flatten.
 */
export const checkboxStyles = css`
  @layer qc-ds {
    /* A choice item: a label around the input and its text (the label is part of the target). */
    :where(qc-checkbox, qc-choice-group) :where(label:has(> input:is([type='checkbox'], [type='radio']))),
    :where(qc-choice-group) :where(:not(label):has(> input:is([type='checkbox'], [type='radio']))) {
      display: flex;
      align-items: flex-start;
      gap: var(--qc-spacer-xs);
      box-sizing: border-box;
      width: fit-content;
      max-width: 100%;
      min-height: var(--qc-target-min-size);
      font-weight: var(--qc-font-weight-regular);
      overflow-wrap: anywhere;
    }
    :where(qc-checkbox, qc-choice-group) :where(label:has(> input:is([type='checkbox'], [type='radio']))),
    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio']) + label) {
      cursor: pointer;
    }
    /* The text of a label wrapping its input, when it is a bare text node or inline elements. */
    :where(qc-checkbox, qc-choice-group)
      :where(label:has(> input:is([type='checkbox'], [type='radio'])))
      > :where(span) {
      min-width: 0;
    }

    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio'])) {
      appearance: none;
      position: relative;
      flex: none;
      box-sizing: border-box;
      display: inline-block;
      vertical-align: top;
      width: var(--qc-field-choice-size);
      height: var(--qc-field-choice-size);
      margin: 0;
      border: var(--qc-field-choice-border-width) solid var(--qc-color-border-strong);
      border-radius: var(--qc-radius-none);
      background: var(--qc-color-field-background);
      color: var(--qc-color-action-primary-text);
      cursor: pointer;
    }
    :where(qc-checkbox, qc-choice-group) :where(input[type='radio']) {
      border-radius: var(--qc-radius-pill);
    }
    /* Compact: a 16 px box with a 1 px border, centred on the first line of text. */
    :where(qc-checkbox[compact], qc-choice-group[compact]) :where(input:is([type='checkbox'], [type='radio'])) {
      width: var(--qc-field-choice-size-compact);
      height: var(--qc-field-choice-size-compact);
      margin-block: calc((var(--qc-line-height-md) - var(--qc-field-choice-size-compact)) / 2);
      border-width: var(--qc-field-border-width);
    }

    /* The check mark, the indeterminate dash and the radio dot. */
    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio']))::before {
      content: none;
      position: absolute;
      background: currentColor;
    }
    :where(qc-checkbox, qc-choice-group) :where(input[type='checkbox']:checked)::before {
      content: '';
      inset: 10%;
      clip-path: polygon(14% 44%, 0 65%, 50% 100%, 100% 16%, 80% 0, 43% 62%);
    }
    :where(qc-checkbox, qc-choice-group) :where(input[type='checkbox']:indeterminate)::before {
      content: '';
      inset: 10%;
      clip-path: inset(40% 0);
    }
    :where(qc-checkbox, qc-choice-group) :where(input[type='checkbox']:is(:checked, :indeterminate)) {
      border-color: var(--qc-color-action-primary-background);
      background: var(--qc-color-action-primary-background);
    }
    :where(qc-checkbox, qc-choice-group) :where(input[type='radio']:checked) {
      border-color: var(--qc-color-action-primary-background);
      color: var(--qc-color-action-primary-background);
    }
    :where(qc-checkbox, qc-choice-group) :where(input[type='radio']:checked)::before {
      content: '';
      inset: 15%;
      border-radius: var(--qc-radius-pill);
    }

    /* Hover. */
    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio']):not(:disabled):hover),
    :where(qc-checkbox, qc-choice-group)
      :where(label:not(:has(> input:disabled)):hover > input:is([type='checkbox'], [type='radio'])) {
      border-color: var(--qc-color-field-border-hover);
      background-color: var(--qc-color-surface-subtle);
    }
    :where(qc-checkbox, qc-choice-group)
      :where(input[type='checkbox']:is(:checked, :indeterminate):not(:disabled):hover),
    :where(qc-checkbox, qc-choice-group)
      :where(label:not(:has(> input:disabled)):hover > input[type='checkbox']:is(:checked, :indeterminate)) {
      border-color: var(--qc-color-action-primary-background-hover);
      background-color: var(--qc-color-action-primary-background-hover);
    }

    /* Focus. */
    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio'])):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }

    /* Error. */
    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio'])[aria-invalid='true']) {
      border-color: var(--qc-color-field-border-invalid);
    }

    /* Disabled. */
    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio']):disabled) {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
      color: var(--qc-color-field-text-disabled);
      cursor: not-allowed;
    }
    :where(qc-checkbox, qc-choice-group) :where(label:has(> input:is([type='checkbox'], [type='radio']):disabled)),
    :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio']):disabled + label) {
      color: var(--qc-color-field-text-disabled);
      cursor: not-allowed;
    }

    /* The hint of a single checkbox sits under its text, not under the box. */
    :where(qc-checkbox) > :where(label:has(> input[type='checkbox'])) + .qc-hint {
      margin-block: 0 var(--qc-spacer-xs);
      padding-inline-start: calc(var(--qc-field-choice-size) + var(--qc-spacer-xs));
    }
    :where(qc-checkbox[compact]) > :where(label:has(> input[type='checkbox'])) + .qc-hint {
      padding-inline-start: calc(var(--qc-field-choice-size-compact) + var(--qc-spacer-xs));
    }

    /* The required mark added to the label of a single checkbox. */
    :where(qc-checkbox) :where(label > .qc-required-mark) {
      margin-inline-start: calc(var(--qc-spacer-xxs) - var(--qc-spacer-xs));
    }

    /* A field in error: a bar along the whole field, as the incumbent drew it. */
    :where(qc-checkbox, qc-choice-group):has(> .qc-error:not([hidden])) {
      padding-inline-start: var(--qc-spacer-sm);
      border-inline-start: var(--qc-field-border-width-invalid) solid var(--qc-color-field-border-invalid);
    }
    /* (one class of specificity: wins over the shared .qc-error bar whatever the sheets' order) */
    :where(qc-checkbox, qc-choice-group) > .qc-error {
      padding-inline-start: 0;
      border-inline-start: 0;
    }

    @media (forced-colors: active) {
      :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio'])) {
        appearance: auto;
      }
      :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio']))::before {
        content: none;
      }
      :where(qc-checkbox, qc-choice-group):has(> .qc-error:not([hidden])) {
        border-inline-start-color: CanvasText;
      }
      :where(qc-checkbox, qc-choice-group) :where(label:has(> input:is([type='checkbox'], [type='radio']):disabled)),
      :where(qc-checkbox, qc-choice-group) :where(input:is([type='checkbox'], [type='radio']):disabled + label) {
        color: GrayText;
      }
    }
  }
`;
