import { css } from 'lit';

/**
 * qc-file-upload's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only.
 *
 * The native file input stays the control (focus, keyboard, label, form data). Once enhanced, a
 * direct-child input is laid, transparent, over the drop zone's look-alike button that follows it
 * (`input + .qc-file-upload-zone`): a click on the button is a click on the input, and the input's
 * focus, hover, disabled and invalid states are drawn on the button and the zone. Before the
 * element is defined (or without JavaScript) none of this applies: a plain file input shows.
 */
export const fileUploadStyles = css`
  @layer qc-ds {
    :where(qc-file-upload) {
      --_zone-inset: calc(var(--qc-file-upload-zone-border-width) + var(--qc-file-upload-zone-padding));
      position: relative;
    }

    /* The input, transparent, exactly over the look-alike button (its static position is the zone's top). */
    :where(qc-file-upload) > :where(input[type='file']) {
      position: absolute;
      z-index: 1;
      box-sizing: border-box;
      inline-size: calc(min(100%, var(--qc-file-upload-max-width)) - 2 * var(--_zone-inset));
      block-size: var(--qc-button-min-height-compact);
      margin: var(--_zone-inset);
      opacity: 0;
      cursor: pointer;
    }
    :where(qc-file-upload) > :where(input[type='file']:disabled) {
      cursor: not-allowed;
    }

    :where(qc-file-upload) :where(.qc-file-upload-zone) {
      box-sizing: border-box;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--qc-spacer-xs) var(--qc-spacer-sm);
      max-inline-size: var(--qc-file-upload-max-width);
      padding: var(--qc-file-upload-zone-padding);
      border: var(--qc-file-upload-zone-border-width) dashed var(--qc-color-field-border);
      background: var(--qc-color-field-background);
      color: var(--qc-color-text-primary);
    }
    :where(qc-file-upload[data-qc-dragover]) :where(.qc-file-upload-zone) {
      border-style: solid;
      border-color: var(--qc-color-field-border-focus);
      background: var(--qc-color-feedback-information-background);
      color: var(--qc-color-feedback-information-text);
    }
    :where(qc-file-upload) :where(input[aria-invalid='true'] + .qc-file-upload-zone) {
      border-color: var(--qc-color-field-border-invalid);
    }
    /* Its text keeps a readable colour: nothing tells a contrast checker it belongs to a disabled control. */
    :where(qc-file-upload) :where(input:disabled + .qc-file-upload-zone) {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
      color: var(--qc-color-text-secondary);
    }

    /* The look-alike of a secondary compact button. */
    :where(qc-file-upload) :where(.qc-file-upload-button) {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-block-size: var(--qc-button-min-height-compact);
      min-inline-size: var(--qc-button-min-width-compact);
      padding: var(--qc-button-padding-block-compact) var(--qc-button-padding-inline-compact);
      border: var(--qc-button-border-width-compact) solid var(--qc-color-action-secondary-border);
      background: var(--qc-color-action-secondary-background);
      color: var(--qc-color-action-secondary-text);
      font-weight: var(--qc-font-weight-bold);
      overflow-wrap: anywhere;
    }
    :where(qc-file-upload) :where(input:hover:not(:disabled) + .qc-file-upload-zone .qc-file-upload-button) {
      background: var(--qc-color-action-secondary-background-hover);
      color: var(--qc-color-action-secondary-text-hover);
    }
    /* :focus, not :focus-visible: the input itself is invisible, its focus must always show. */
    :where(qc-file-upload) :where(input:focus + .qc-file-upload-zone .qc-file-upload-button) {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    /* Drawn like the disabled zone around it, text kept readable (see above). */
    :where(qc-file-upload) :where(input:disabled + .qc-file-upload-zone .qc-file-upload-button) {
      border-color: var(--qc-color-field-border-disabled);
      background: transparent;
      color: var(--qc-color-text-secondary);
    }

    :where(qc-file-upload) :where(.qc-file-upload-instructions) {
      overflow-wrap: anywhere;
    }

    /* A file input the author nested in a wrapper keeps its native look, with a matching button. */
    :where(qc-file-upload) :where(input[type='file'])::file-selector-button {
      min-block-size: var(--qc-button-min-height-compact);
      margin-inline-end: var(--qc-spacer-xs);
      padding: var(--qc-button-padding-block-compact) var(--qc-button-padding-inline-compact);
      border: var(--qc-button-border-width-compact) solid var(--qc-color-action-secondary-border);
      background: var(--qc-color-action-secondary-background);
      color: var(--qc-color-action-secondary-text);
      font: inherit;
      font-weight: var(--qc-font-weight-bold);
    }

    :where(qc-file-upload) :where(.qc-file-upload-list) {
      box-sizing: border-box;
      max-inline-size: var(--qc-file-upload-max-width);
      margin: var(--qc-spacer-xs) 0 0;
      padding: 0;
      list-style: none;
    }
    :where(qc-file-upload) :where(.qc-file-upload-list[hidden]) {
      display: none;
    }
    :where(qc-file-upload) :where(.qc-file-upload-item) {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--qc-spacer-xxs) var(--qc-spacer-sm);
      padding-block: var(--qc-spacer-xs);
      border-block-end: var(--qc-field-border-width) solid var(--qc-color-border-subtle);
    }
    :where(qc-file-upload) :where(.qc-file-upload-file) {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--qc-spacer-xs);
      min-inline-size: 0;
    }
    :where(qc-file-upload) :where(.qc-file-upload-name) {
      overflow-wrap: anywhere;
    }
    :where(qc-file-upload) :where(.qc-file-upload-size) {
      color: var(--qc-color-text-secondary);
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
      white-space: nowrap;
    }
    :where(qc-file-upload) :where(.qc-file-upload-problem) {
      flex-basis: 100%;
      color: var(--qc-color-text-error);
      font-size: var(--qc-font-size-sm);
      font-weight: var(--qc-font-weight-bold);
      line-height: var(--qc-line-height-sm);
    }

    /* A tertiary-style text button, at least 24 × 24 px (WCAG 2.5.8). */
    :where(qc-file-upload) :where(.qc-file-upload-remove) {
      box-sizing: border-box;
      min-block-size: var(--qc-target-min-size);
      min-inline-size: var(--qc-target-min-size);
      margin: 0;
      padding: var(--qc-spacer-xxs) var(--qc-spacer-xs);
      border: var(--qc-button-border-width-compact) solid transparent;
      background: var(--qc-color-action-tertiary-background);
      color: var(--qc-color-action-tertiary-text);
      font: inherit;
      font-weight: var(--qc-font-weight-bold);
      text-decoration: underline;
      cursor: pointer;
    }
    :where(qc-file-upload) :where(.qc-file-upload-remove:hover:not(:disabled)) {
      background: var(--qc-color-action-tertiary-background-hover);
      color: var(--qc-color-action-tertiary-text-hover);
    }
    :where(qc-file-upload) :where(.qc-file-upload-remove:focus-visible) {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    :where(qc-file-upload) :where(.qc-file-upload-remove:disabled) {
      color: var(--qc-color-text-disabled);
      text-decoration: none;
      cursor: not-allowed;
    }

    @media (forced-colors: active) {
      :where(qc-file-upload) :where(.qc-file-upload-button) {
        border-color: ButtonText;
      }
      :where(qc-file-upload) :where(input:focus + .qc-file-upload-zone .qc-file-upload-button) {
        outline-color: Highlight;
      }
      :where(qc-file-upload) :where(input:disabled + .qc-file-upload-zone .qc-file-upload-button) {
        border-color: GrayText;
        color: GrayText;
      }
      :where(qc-file-upload[data-qc-dragover]) :where(.qc-file-upload-zone) {
        border-color: Highlight;
      }
    }
  }
`;
