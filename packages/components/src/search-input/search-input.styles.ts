import { css } from 'lit';

/**
 * qc-search-input's light-DOM styles (adopted once per root, in `@layer qc-ds`: any unlayered page
 * rule wins). Tokens only. No wrapper around the input (an author's input is never moved): the host
 * is a grid whose second row holds the input, with the icon and the clear button laid over its
 * start and end; the input's padding keeps room for both, so nothing moves when they appear.
 * `@qc-ds/styles` (elements.css) has the same layout for the element before it upgrades.
 */
export const searchInputStyles = css`
  @layer qc-ds {
    :where(qc-search-input) {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
      box-sizing: border-box;
      width: 100%;
      max-width: var(--qc-search-input-max-width);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }
    :where(qc-search-input)[hidden] {
      display: none;
    }
    :where(qc-search-input[size='xs' i]) {
      width: min(100%, var(--qc-size-max-width-xs));
      max-width: none;
    }
    :where(qc-search-input[size='sm' i]) {
      width: min(100%, var(--qc-size-max-width-sm));
      max-width: none;
    }
    :where(qc-search-input[size='md' i]) {
      width: min(100%, var(--qc-size-max-width-md));
      max-width: none;
    }
    :where(qc-search-input[size='lg' i]) {
      width: min(100%, var(--qc-size-max-width-lg));
      max-width: none;
    }
    :where(qc-search-input[size='xl' i]) {
      width: min(100%, var(--qc-size-max-width-xl));
      max-width: none;
    }
    :where(qc-search-input) > * {
      grid-column: 1 / -1;
    }
    :where(qc-search-input) > :where(.qc-search-input-label, label) {
      grid-row: 1;
      margin-block-end: var(--qc-spacer-xs);
      font-weight: var(--qc-font-weight-bold);
      overflow-wrap: anywhere;
    }
    :where(qc-search-input) > :where(input) {
      grid-row: 2;
    }
    :where(qc-search-input) :where(input) {
      box-sizing: border-box;
      display: block;
      width: 100%;
      min-width: 0;
      min-height: max(var(--qc-target-min-size), var(--qc-field-min-height));
      margin: 0;
      padding-block: var(--qc-field-padding-block);
      padding-inline: var(--qc-field-padding-inline) var(--qc-search-input-end-space);
      border: var(--qc-field-border-width) solid var(--qc-color-field-border);
      border-radius: var(--qc-radius-none);
      background: var(--qc-color-field-background);
      color: var(--qc-color-field-text);
      font: inherit;
      appearance: none;
    }
    /* The element's clear button replaces the engines' own (Chromium, WebKit). */
    :where(qc-search-input) :where(input)::-webkit-search-cancel-button,
    :where(qc-search-input) :where(input)::-webkit-search-decoration {
      appearance: none;
      display: none;
    }
    :where(qc-search-input) :where(input)::placeholder {
      color: var(--qc-color-field-placeholder);
      opacity: 1;
    }
    :where(qc-search-input) :where(input):placeholder-shown {
      text-overflow: ellipsis;
    }
    :where(qc-search-input) :where(input):hover:not(:disabled) {
      border-color: var(--qc-color-field-border-hover);
    }
    :where(qc-search-input) :where(input):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
      border-color: var(--qc-color-field-border-focus);
    }
    :where(qc-search-input) :where(input):disabled {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
      color: var(--qc-color-field-text-disabled);
      cursor: not-allowed;
    }
    :where(qc-search-input[left-icon]:not([left-icon='false' i])) :where(input) {
      padding-inline-start: var(--qc-search-input-start-space);
    }

    :where(qc-search-input) > :where(.qc-search-input-icon) {
      grid-row: 2;
      grid-column: 1;
      z-index: 1;
      margin-inline-start: var(--qc-field-padding-inline);
      color: var(--qc-color-text-secondary);
      pointer-events: none;
    }
    :where(qc-search-input) :where(input:disabled) ~ :where(.qc-search-input-icon),
    :where(qc-search-input[disabled]:not([disabled='false' i])) > :where(.qc-search-input-icon) {
      color: var(--qc-color-text-disabled);
    }

    :where(qc-search-input) > :where(.qc-search-input-clear) {
      grid-row: 2;
      grid-column: 3;
      z-index: 1;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      width: var(--qc-search-input-clear-size);
      height: var(--qc-search-input-clear-size);
      margin: 0;
      margin-inline-end: var(--qc-search-input-clear-margin);
      padding: 0;
      border: var(--qc-field-border-width) solid transparent;
      border-radius: var(--qc-radius-none);
      background: transparent;
      color: var(--qc-color-action-primary-background);
      cursor: pointer;
    }
    :where(qc-search-input) > :where(.qc-search-input-clear)[hidden] {
      display: none;
    }
    :where(qc-search-input) > :where(.qc-search-input-clear):hover {
      background: var(--qc-color-surface-subtle);
    }
    :where(qc-search-input) > :where(.qc-search-input-clear):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: calc(-1 * var(--qc-focus-ring-width));
    }

    @media (forced-colors: active) {
      :where(qc-search-input) > :where(.qc-search-input-clear) {
        border-color: ButtonText;
        color: ButtonText;
      }
      :where(qc-search-input) > :where(.qc-search-input-icon) {
        color: CanvasText;
      }
    }
  }
`;
