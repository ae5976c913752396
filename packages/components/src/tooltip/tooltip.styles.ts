import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/**
 * Tokens only (`var(--qc-…)`), sizes in rem. The button stays inline in the sentence it explains:
 * its icon box is the 24 px target, with negative block margins so the line does not grow.
 */
export const tooltipStyles = [
  hostStyles,
  css`
    :host {
      display: inline;
    }

    .trigger {
      display: inline;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: inherit;
      cursor: pointer;
    }
    .trigger:focus-visible {
      ${focusRing}
    }

    .text {
      text-decoration-line: underline;
      text-decoration-style: dashed;
      text-decoration-color: var(--qc-color-link-text);
      text-underline-offset: 0.2em;
    }
    .text:empty {
      text-decoration: none;
    }

    .icon {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      inline-size: var(--qc-target-min-size);
      block-size: var(--qc-target-min-size);
      margin-block: calc((var(--qc-icon-size-sm) - var(--qc-target-min-size)) / 2);
      vertical-align: middle;
      color: var(--qc-color-link-text);
    }
    .icon qc-icon {
      inline-size: var(--qc-icon-size-sm);
      block-size: var(--qc-icon-size-sm);
    }

    .panel {
      display: flex;
      align-items: flex-start;
      gap: var(--qc-spacer-xxs);
      z-index: var(--qc-tooltip-z-index);
      min-inline-size: min(var(--qc-tooltip-panel-min-width), 100vw);
      max-block-size: var(--qc-tooltip-panel-max-height);
      --qc-overlay-max-width: var(--qc-tooltip-panel-max-width);
      margin-block: var(--qc-spacer-xs);
      padding: var(--qc-spacer-xs) var(--qc-spacer-xxs) var(--qc-spacer-sm) var(--qc-spacer-sm);
      overflow: auto;
      border: var(--qc-tooltip-border-width) solid var(--qc-color-border-subtle);
      background: var(--qc-color-background);
      color: var(--qc-color-text-primary);
      box-shadow: var(--qc-shadow-2);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-sm);
      font-weight: var(--qc-font-weight-regular);
      line-height: var(--qc-line-height-sm);
      text-align: start;
      white-space: normal;
      /* Long unbroken words and URLs wrap instead of pushing the panel past a 320 px screen. */
      overflow-wrap: anywhere;
    }
    .panel[hidden] {
      display: none;
    }
    /* Server-rendered (declarative shadow root), before the script: the panel waits hidden, as the
       upgraded element keeps it until opened, so the sentence does not reflow at the upgrade.
       Without scripting it stays shown under the text, the only way to read it. */
    @media (scripting: enabled) {
      :host(:not(:defined)) .panel {
        display: none;
      }
    }

    .content {
      flex: 1 1 auto;
      min-inline-size: 0;
      padding-block-start: var(--qc-spacer-xxs);
    }
    .title {
      display: block;
      margin-block-end: var(--qc-spacer-xxs);
      font-weight: var(--qc-font-weight-bold);
    }
    .description p {
      margin: 0;
    }
    ::slotted([slot='description']) {
      display: block;
    }
    .referenced {
      display: contents;
    }
    .referenced a,
    .description a {
      color: var(--qc-color-link-text);
    }

    .close {
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      inline-size: var(--qc-target-min-size);
      block-size: var(--qc-target-min-size);
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: var(--qc-radius-sm);
      background: none;
      color: var(--qc-color-link-text);
      cursor: pointer;
    }
    .close:hover {
      background: var(--qc-color-surface-subtle);
    }
    .close:focus-visible {
      ${focusRing}
    }
    .close qc-icon {
      inline-size: var(--qc-icon-size-sm);
      block-size: var(--qc-icon-size-sm);
    }

    @media (forced-colors: active) {
      .panel {
        border-color: CanvasText;
      }
      .icon,
      .close {
        color: ButtonText;
      }
      .text {
        text-decoration-color: currentColor;
      }
    }
  `,
];
