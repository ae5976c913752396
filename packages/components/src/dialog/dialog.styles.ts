import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/** Tokens only (`var(--qc-…)`), sizes in rem: the themes and forced colours restyle it for free. */
export const dialogStyles = [
  hostStyles,
  css`
    /* Not display: contents: Firefox then leaves the modal <dialog> out of its accessibility tree at
       times, with the rest of the page inert, and a screen reader finds nothing. The host takes no
       room: the dialog is in the top layer. */
    :host {
      display: block;
    }

    .dialog {
      /* The panel fills the dialog box: a click on the <dialog> element itself is on the backdrop. */
      box-sizing: border-box;
      /* Percentages of the viewport (a modal dialog is fixed): WebKit keeps stale vw after a resize. */
      inline-size: min(var(--qc-dialog-width), calc(100% - 2 * var(--qc-spacer-sm)));
      max-inline-size: calc(100% - 2 * var(--qc-spacer-sm));
      max-block-size: calc(100% - 2 * var(--qc-spacer-sm));
      padding: 0;
      border: var(--qc-focus-ring-width) solid var(--qc-color-border-default);
      border-radius: var(--qc-radius-sm);
      background-color: var(--qc-color-surface-default);
      color: var(--qc-color-text-primary);
      box-shadow: var(--qc-shadow-4);
      font-family: var(--qc-font-family-content);
      font-weight: var(--qc-font-weight-regular);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      overflow: hidden;
    }

    .dialog:focus-visible {
      ${focusRing}
    }

    .dialog::backdrop {
      background-color: var(--qc-dialog-backdrop);
    }

    /* The panel shrinks to the dialog's maximum height, and the body scrolls inside it. [open]: a
       closed dialog keeps the browser's display: none. */
    .dialog[open] {
      display: flex;
      flex-direction: column;
    }

    .panel {
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      min-block-size: 0;
      /* Long unbroken words and URLs wrap instead of pushing the box past a 320 px screen. */
      overflow-wrap: anywhere;
    }

    .header {
      display: flex;
      align-items: flex-start;
      gap: var(--qc-spacer-sm);
      padding: var(--qc-spacer-md) var(--qc-spacer-md) var(--qc-spacer-sm);
    }

    .heading {
      flex: 1;
      min-inline-size: 0;
    }

    .body {
      flex: 1 1 auto;
      min-block-size: 0;
      overflow: auto;
      padding: 0 var(--qc-spacer-md) var(--qc-spacer-md);
    }

    .body:focus-visible {
      ${focusRing}
      outline-offset: calc(-1 * var(--qc-focus-ring-width));
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      gap: var(--qc-spacer-sm);
      padding: 0 var(--qc-spacer-md) var(--qc-spacer-md);
    }

    ::slotted([slot='heading']) {
      margin: 0;
      font-family: var(--qc-font-family-header);
      font-size: var(--qc-font-size-h4);
      line-height: var(--qc-line-height-h4);
    }

    ::slotted([slot='footer']) {
      display: flex;
      flex-wrap: wrap;
      gap: var(--qc-spacer-sm);
    }

    ::slotted(:first-child:not([slot])) {
      margin-block-start: 0;
    }

    .close {
      flex: none;
      display: inline-grid;
      place-items: center;
      inline-size: var(--qc-icon-size-xl);
      block-size: var(--qc-icon-size-xl);
      margin-inline-start: auto;
      padding: 0;
      border: 0;
      border-radius: var(--qc-radius-sm);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }

    .close:hover {
      background-color: var(--qc-color-action-tertiary-background-hover);
    }

    .close:focus-visible {
      ${focusRing}
    }

    .close-icon {
      inline-size: var(--qc-icon-size-sm);
      block-size: var(--qc-icon-size-sm);
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    @media (forced-colors: active) {
      .dialog {
        border-color: CanvasText;
      }
      .close {
        color: ButtonText;
      }
    }
  `,
];
