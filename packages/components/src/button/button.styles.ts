import { css } from 'lit';
import { focusRing } from '../internal/styles.js';

/**
 * `<qc-button>` styles: the incumbent `.qc-button` look, from the button component tokens and
 * the semantic action tokens only. Each variant sets the same private custom properties
 * (`--_bg`, `--_fg`, `--_border`, …) that the one `.base` rule reads.
 */
export const buttonStyles = css`
  /* The host carries the widths, so percentages resolve against the page's container. Never
     wider than the token nor the container (a 320 px screen wraps the label), never narrower
     than the token unless the container is. \`display: block\` on the element gives a full-width
     button. */
  :host {
    display: inline-block;
    min-width: min(var(--qc-button-min-width), 100%);
    max-width: min(var(--qc-button-max-width), 100%);
    vertical-align: middle;
  }

  /* \`compact="false"\` (incumbent) is not compact. */
  :host([compact]:not([compact='false' i])) {
    min-width: min(var(--qc-button-min-width-compact), 100%);
  }

  .base {
    --_bg: var(--qc-color-action-primary-background);
    --_bg-hover: var(--qc-color-action-primary-background-hover);
    --_bg-active: var(--qc-color-action-primary-background-active);
    --_fg: var(--qc-color-action-primary-text);
    --_fg-hover: var(--qc-color-action-primary-text-hover);
    --_border: var(--qc-color-action-primary-border);

    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--qc-button-gap);
    width: 100%;
    /* At least the token (56 px), and never under the WCAG 2.5.8 target size. */
    min-height: max(var(--qc-button-min-height), var(--qc-target-min-size));
    margin: 0;
    padding: var(--qc-button-padding-block) var(--qc-button-padding-inline);
    border: var(--qc-button-border-width) solid var(--_border);
    border-radius: var(--qc-radius-none);
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--qc-font-family-content);
    font-size: var(--qc-font-size-md);
    font-weight: var(--qc-font-weight-bold);
    line-height: var(--qc-line-height-md);
    text-align: center;
    text-decoration: none;
    /* Long labels wrap, even a single long word, instead of overflowing. */
    white-space: normal;
    overflow-wrap: anywhere;
    cursor: pointer;
    transition: var(--qc-duration-fast) var(--qc-easing-standard);
    transition-property: background-color, color;
  }

  .secondary {
    --_bg: var(--qc-color-action-secondary-background);
    --_bg-hover: var(--qc-color-action-secondary-background-hover);
    --_bg-active: var(--qc-color-action-secondary-background-active);
    --_fg: var(--qc-color-action-secondary-text);
    --_fg-hover: var(--qc-color-action-secondary-text-hover);
    --_border: var(--qc-color-action-secondary-border);
  }

  .tertiary {
    --_bg: var(--qc-color-action-tertiary-background);
    --_bg-hover: var(--qc-color-action-tertiary-background-hover);
    --_bg-active: var(--qc-color-action-tertiary-background-active);
    --_fg: var(--qc-color-action-tertiary-text);
    --_fg-hover: var(--qc-color-action-tertiary-text-hover);
    --_border: var(--qc-color-action-tertiary-border);
  }

  .danger {
    --_bg: var(--qc-color-action-danger-background);
    --_bg-hover: var(--qc-color-action-danger-background-hover);
    --_bg-active: var(--qc-color-action-danger-background-active);
    --_fg: var(--qc-color-action-danger-text);
    --_fg-hover: var(--qc-color-action-danger-text-hover);
    --_border: var(--qc-color-action-danger-border);
  }

  .compact {
    min-height: max(var(--qc-button-min-height-compact), var(--qc-target-min-size));
    padding: var(--qc-button-padding-block-compact) var(--qc-button-padding-inline-compact);
    border-width: var(--qc-button-border-width-compact);
    font-weight: var(--qc-font-weight-semi-bold);
  }

  .base:hover:not(.inert) {
    background: var(--_bg-hover);
    color: var(--_fg-hover);
  }

  .tertiary:hover:not(.inert) {
    text-decoration: underline;
  }

  .base:active:not(.inert) {
    background: var(--_bg-active);
    color: var(--_fg-hover);
  }

  .base:focus-visible {
    ${focusRing}
  }

  /* Disabled (and a disabled link, which has no href): the disabled action colours. */
  .disabled {
    --_bg: var(--qc-color-action-disabled-background);
    --_bg-hover: var(--_bg);
    --_bg-active: var(--_bg);
    --_fg: var(--qc-color-action-disabled-text);
    --_fg-hover: var(--_fg);
    --_border: var(--qc-color-action-disabled-border);
    cursor: not-allowed;
  }

  /* Loading keeps its colours (the label stays readable) but no longer reacts to the pointer. */
  .loading {
    cursor: progress;
  }

  .label {
    min-width: 0;
  }

  .icon,
  .spinner {
    flex: none;
  }

  .spinner {
    display: inline-block;
    width: var(--qc-icon-size-sm);
    height: var(--qc-icon-size-sm);
    border: var(--qc-button-border-width) solid currentColor;
    border-inline-end-color: transparent;
    border-radius: var(--qc-radius-pill);
    /* One turn a second: a conventional spinner pace, not a design decision worth a token. */
    animation: qc-button-spin 1s linear infinite;
  }

  @keyframes qc-button-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .base {
      transition: none;
    }
    /* Still a visible (static) busy indicator, without movement. */
    .spinner {
      animation: none;
      border-style: dotted;
    }
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped in forced colours: keep a visible boundary and a focus outline in
       system colours, and grey out the disabled state. */
    .base {
      border-color: ButtonBorder;
    }
    a.base {
      border-color: LinkText;
    }
    .base:focus-visible {
      outline-color: Highlight;
    }
    .disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
