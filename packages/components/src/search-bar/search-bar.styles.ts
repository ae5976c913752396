import { css } from 'lit';

/**
 * qc-search-bar's light-DOM styles (adopted once per root, after qc-search-input's, in
 * `@layer qc-ds`: any unlayered page rule wins). Tokens only. The field and the button sit side by
 * side, as tall as each other; the selectors that restyle the field weigh more than qc-search-input's
 * zero-specificity rules. `@qc-ds/styles` (elements.css) lays the element out the same way before
 * it upgrades.
 */
export const searchBarStyles = css`
  @layer qc-ds {
    :where(qc-search-bar) {
      display: block;
      box-sizing: border-box;
      width: 100%;
      max-width: var(--qc-search-bar-max-width);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }
    :where(qc-search-bar)[hidden] {
      display: none;
    }
    :where(qc-search-bar[size='full-width' i]) {
      max-width: none;
    }
    :where(qc-search-bar) > :where(.qc-search-bar) {
      display: flex;
      align-items: stretch;
    }
    qc-search-bar qc-search-input {
      flex: 1 1 auto;
      width: auto;
      min-width: 0;
      max-width: none;
    }
    /* The field's focus ring is drawn over the button beside it. */
    qc-search-bar input:focus-visible {
      position: relative;
      z-index: 1;
    }

    :where(qc-search-bar) :where(.qc-search-bar-submit) {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      min-width: var(--qc-search-bar-submit-size);
      min-height: var(--qc-search-bar-submit-size);
      margin: 0;
      padding: 0 var(--qc-spacer-xs);
      border: var(--qc-field-border-width) solid var(--qc-color-action-primary-border);
      border-radius: var(--qc-radius-none);
      background: var(--qc-color-action-primary-background);
      color: var(--qc-color-action-primary-text);
      font: inherit;
      cursor: pointer;
    }
    :where(qc-search-bar) :where(.qc-search-bar-submit):hover {
      background: var(--qc-color-action-primary-background-hover);
    }
    :where(qc-search-bar) :where(.qc-search-bar-submit):active {
      background: var(--qc-color-action-primary-background-active);
    }
    :where(qc-search-bar) :where(.qc-search-bar-submit):focus-visible {
      position: relative;
      z-index: 1;
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }

    /* On the PIV blue band: fixed colours in every theme, as the band itself. */
    qc-search-bar[piv-background]:not([piv-background='false' i]) input {
      border-color: var(--qc-search-bar-piv-field-background);
      background: var(--qc-search-bar-piv-field-background);
      color: var(--qc-search-bar-piv-field-text);
    }
    qc-search-bar[piv-background]:not([piv-background='false' i]) input::placeholder {
      color: var(--qc-search-bar-piv-field-placeholder);
    }
    qc-search-bar[piv-background]:not([piv-background='false' i]) :is(input, button):focus-visible {
      outline-color: var(--qc-search-bar-piv-focus-ring);
    }
    qc-search-bar[piv-background]:not([piv-background='false' i]) .qc-search-input-clear {
      color: var(--qc-search-bar-piv-button-icon);
    }
    qc-search-bar[piv-background]:not([piv-background='false' i]) .qc-search-input-clear:hover {
      background: var(--qc-search-bar-piv-button-background-hover);
    }
    qc-search-bar[piv-background]:not([piv-background='false' i]) .qc-search-bar-submit {
      border-color: var(--qc-search-bar-piv-button-background);
      background: var(--qc-search-bar-piv-button-background);
      color: var(--qc-search-bar-piv-button-icon);
    }
    qc-search-bar[piv-background]:not([piv-background='false' i]) .qc-search-bar-submit:is(:hover, :active) {
      background: var(--qc-search-bar-piv-button-background-hover);
    }
    /* The clear button inside the field and the submit button beside it: a hairline between them. */
    qc-search-bar[piv-background]:not([piv-background='false' i]) .qc-search-bar-submit {
      border-inline-start-color: var(--qc-search-bar-piv-button-background-hover);
    }

    @media (forced-colors: active) {
      :where(qc-search-bar) :where(.qc-search-bar-submit) {
        border-color: ButtonText;
      }
    }
  }
`;
