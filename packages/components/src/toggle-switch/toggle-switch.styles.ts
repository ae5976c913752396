import { css } from 'lit';

/**
 * qc-toggle-switch's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only.
 *
 * The native checkbox itself is the track (`appearance: none`) and its `::before` the thumb, so no
 * node is added inside the author's `<label>`. Row 1 holds the label text and the switch, whatever
 * the markup: a `<label>` wrapping the checkbox, or a label beside it (created from `label`, or the
 * author's `<label for>`); the hint and the error take full rows below. Selectors use element
 * names (not `:where()`) where they must win over the shared field rules in the same layer.
 */
export const toggleSwitchStyles = css`
  @layer qc-ds {
    qc-toggle-switch:not([hidden]) {
      display: grid;
      grid-template-columns: auto auto;
      justify-content: start;
      align-items: center;
      column-gap: var(--qc-spacer-sm);
    }
    qc-toggle-switch > * {
      grid-column: 1 / -1;
    }
    /* Under a 32 px switch the hint needs no pulling up (the shared rule tucks it under a label). */
    qc-toggle-switch > .qc-hint {
      margin-block: var(--qc-spacer-xxs) var(--qc-spacer-xs);
    }
    qc-toggle-switch > .qc-error {
      margin-block: var(--qc-spacer-xxs) 0;
    }
    qc-toggle-switch > label {
      grid-row: 1;
      grid-column: 1;
      margin: 0;
      font-weight: var(--qc-font-weight-regular);
      overflow-wrap: anywhere;
      cursor: pointer;
    }
    qc-toggle-switch > input {
      grid-row: 1;
      grid-column: 2;
    }
    qc-toggle-switch > label:has(input) {
      grid-column: 1 / -1;
      display: flex;
      align-items: center;
      gap: var(--qc-spacer-sm);
    }
    qc-toggle-switch > label:has(input) > input {
      order: 1;
    }

    /* text-align="end": the text after the switch. */
    qc-toggle-switch[data-qc-text-align='end'] > label {
      grid-column: 2;
    }
    qc-toggle-switch[data-qc-text-align='end'] > input {
      grid-column: 1;
    }
    qc-toggle-switch[data-qc-text-align='end'] > label:has(input) {
      grid-column: 1 / -1;
    }
    qc-toggle-switch[data-qc-text-align='end'] > label:has(input) > input {
      order: -1;
    }

    /* justified: the text at one end, the switch at the other. */
    qc-toggle-switch[data-qc-justified] {
      grid-template-columns: 1fr auto;
      justify-content: stretch;
    }
    qc-toggle-switch[data-qc-justified][data-qc-text-align='end'] {
      grid-template-columns: auto 1fr;
    }
    qc-toggle-switch[data-qc-justified][data-qc-text-align='end'] > label {
      text-align: end;
    }
    qc-toggle-switch[data-qc-justified] > label:has(input) {
      justify-content: space-between;
    }

    /* The switch: the checkbox is the track, ::before the thumb. */
    qc-toggle-switch input[type='checkbox' i] {
      appearance: none;
      position: relative;
      box-sizing: border-box;
      flex: none;
      inline-size: var(--qc-field-switch-width);
      block-size: var(--qc-field-switch-height);
      margin: 0;
      border: var(--qc-field-border-width) solid var(--qc-color-field-border);
      border-radius: var(--qc-radius-pill);
      background: var(--qc-color-surface-subtle);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    qc-toggle-switch input[type='checkbox' i]::before {
      content: '';
      position: absolute;
      inset-block-start: var(--qc-field-border-width);
      inset-inline-start: var(--qc-field-border-width);
      box-sizing: border-box;
      inline-size: calc(var(--qc-field-switch-height) - 4 * var(--qc-field-border-width));
      block-size: calc(var(--qc-field-switch-height) - 4 * var(--qc-field-border-width));
      border: var(--qc-field-border-width) solid var(--qc-color-field-border);
      border-radius: 50%;
      background: var(--qc-color-field-background);
    }
    qc-toggle-switch input[type='checkbox' i]:checked {
      border-color: var(--qc-color-action-primary-border);
      background: var(--qc-color-action-primary-background);
    }
    qc-toggle-switch input[type='checkbox' i]:checked::before {
      inset-inline-start: calc(
        var(--qc-field-switch-width) - var(--qc-field-switch-height) + var(--qc-field-border-width)
      );
      border-color: var(--qc-color-action-primary-text);
      background: var(--qc-color-action-primary-text);
    }
    qc-toggle-switch input[type='checkbox' i]:hover:not(:disabled, :checked) {
      border-color: var(--qc-color-field-border-hover);
    }
    qc-toggle-switch input[type='checkbox' i]:hover:checked:not(:disabled) {
      border-color: var(--qc-color-action-primary-background-hover);
      background: var(--qc-color-action-primary-background-hover);
    }
    qc-toggle-switch input[type='checkbox' i]:focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    qc-toggle-switch input[type='checkbox' i][aria-invalid='true'] {
      border-color: var(--qc-color-field-border-invalid);
      box-shadow: 0 0 0 calc(var(--qc-field-border-width-invalid) - var(--qc-field-border-width))
        var(--qc-color-field-border-invalid);
    }
    qc-toggle-switch input[type='checkbox' i]:disabled {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
      cursor: not-allowed;
    }
    qc-toggle-switch input[type='checkbox' i]:disabled::before {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background);
    }
    qc-toggle-switch input[type='checkbox' i]:disabled:checked {
      background: var(--qc-color-action-disabled-background);
    }
    qc-toggle-switch:has(input:disabled) > label {
      color: var(--qc-color-field-text-disabled);
      cursor: not-allowed;
    }

    @media (prefers-reduced-motion: no-preference) {
      qc-toggle-switch input[type='checkbox' i] {
        transition:
          background-color var(--qc-duration-base) var(--qc-easing-standard),
          border-color var(--qc-duration-base) var(--qc-easing-standard);
      }
      qc-toggle-switch input[type='checkbox' i]::before {
        transition: inset-inline-start var(--qc-duration-base) var(--qc-easing-standard);
      }
    }

    /* Windows high contrast and other forced colours: system colours, on/off still shown by the
       thumb's side and the track's fill. */
    @media (forced-colors: active) {
      qc-toggle-switch input[type='checkbox' i] {
        forced-color-adjust: none;
        border-color: ButtonText;
        background: Canvas;
      }
      qc-toggle-switch input[type='checkbox' i]::before {
        border-color: ButtonText;
        background: ButtonText;
      }
      qc-toggle-switch input[type='checkbox' i]:hover:not(:disabled, :checked) {
        border-color: Highlight;
      }
      qc-toggle-switch input[type='checkbox' i][aria-invalid='true'] {
        border-color: ButtonText;
        box-shadow: 0 0 0 calc(var(--qc-field-border-width-invalid) - var(--qc-field-border-width)) CanvasText;
      }
      qc-toggle-switch input[type='checkbox' i]:checked,
      qc-toggle-switch input[type='checkbox' i]:hover:checked:not(:disabled) {
        border-color: Highlight;
        background: Highlight;
      }
      qc-toggle-switch input[type='checkbox' i]:checked::before {
        border-color: HighlightText;
        background: HighlightText;
      }
      qc-toggle-switch input[type='checkbox' i]:focus-visible {
        outline-color: CanvasText;
      }
      qc-toggle-switch input[type='checkbox' i]:disabled {
        border-color: GrayText;
        background: Canvas;
      }
      qc-toggle-switch input[type='checkbox' i]:disabled::before {
        border-color: GrayText;
        background: GrayText;
      }
      qc-toggle-switch input[type='checkbox' i]:disabled:checked {
        background: GrayText;
      }
      qc-toggle-switch input[type='checkbox' i]:disabled:checked::before {
        border-color: Canvas;
        background: Canvas;
      }
      qc-toggle-switch:has(input:disabled) > label {
        color: GrayText;
      }
    }
  }
`;
