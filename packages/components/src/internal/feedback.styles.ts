import { css } from 'lit';

/**
 * The feedback box that qc-notice and qc-error-summary share (an error summary looks like an error
 * notice): the host's text defaults, a bordered `.base` row whose `palette-*` class sets the
 * border, tint and icon colours (information by default), the `.icon` column on the pale tint and
 * the `.body` text column. Each component adds its own heading, content and spacing after it.
 */
export const feedbackBoxStyles = css`
  :host {
    display: block;
    max-inline-size: var(--qc-max-content-width);
    color: var(--qc-color-text-primary);
    font-family: var(--qc-font-family-content);
    font-weight: var(--qc-font-weight-regular);
    /* 16 px body size, not the incumbent's 14 px: these boxes often hold several paragraphs or a
       list of errors, and long text at 14 px is harder to read (low vision, dyslexia, mobile). */
    font-size: var(--qc-font-size-md);
    line-height: var(--qc-line-height-md);
  }

  .base {
    --_border: var(--qc-color-feedback-information-border);
    --_tint: var(--qc-color-feedback-information-background);
    --_icon: var(--qc-color-feedback-information-icon);
    display: flex;
    align-items: stretch;
    /* The border reaches 3:1 on the page and on the tint (tokens' contrast pairs). */
    border: var(--qc-notice-border-width) solid var(--_border);
    background-color: var(--qc-color-surface-default);
    /* Long unbroken words and URLs wrap instead of pushing the box past a 320 px screen. */
    overflow-wrap: anywhere;
  }

  .palette-warning {
    --_border: var(--qc-color-feedback-warning-border);
    --_tint: var(--qc-color-feedback-warning-background);
    --_icon: var(--qc-color-feedback-warning-icon);
  }
  .palette-success {
    --_border: var(--qc-color-feedback-success-border);
    --_tint: var(--qc-color-feedback-success-background);
    --_icon: var(--qc-color-feedback-success-icon);
  }
  .palette-error {
    --_border: var(--qc-color-feedback-error-border);
    --_tint: var(--qc-color-feedback-error-background);
    --_icon: var(--qc-color-feedback-error-icon);
  }
  .palette-neutral {
    --_border: var(--qc-color-feedback-neutral-border);
    --_tint: var(--qc-color-feedback-neutral-background);
    --_icon: var(--qc-color-feedback-neutral-icon);
  }

  .icon {
    flex: none;
    display: flex;
    justify-content: center;
    align-items: flex-start;
    min-inline-size: var(--qc-notice-icon-column-width);
    padding-block: var(--qc-notice-padding);
    padding-inline: var(--qc-spacer-xs);
    background-color: var(--_tint);
    color: var(--_icon);
  }

  .body {
    flex: 1 1 auto;
    /* Lets the text column shrink below its longest word (flex items default to min-content). */
    min-inline-size: 0;
    padding: var(--qc-notice-padding);
    padding-inline-start: var(--qc-spacer-sm);
  }

  /* Below the 768 px breakpoint (custom properties cannot drive media queries): tighter
     padding so the text keeps most of the width on a phone. */
  @media (max-width: 47.99rem) {
    .icon {
      padding-block: var(--qc-spacer-sm);
    }
    .body {
      padding: var(--qc-spacer-sm);
    }
  }

  /* Windows High Contrast and other forced palettes drop background colours: keep the border
     in the system text colour, separate the icon column with a rule (its tint is gone), and
     draw the icon (currentColor) in the text colour. */
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
      border-inline-end: var(--qc-notice-border-width) solid CanvasText;
    }
  }
`;
