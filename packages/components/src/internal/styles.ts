import { css } from 'lit';

/**
 * Host defaults every component shares: border-box sizing and a working `hidden` attribute.
 * No `::before`/`::after` in the universal rule: a rule for them makes the browser compute both
 * pseudo-elements' styles for every element of every shadow root. A component that draws a
 * pseudo-element sets its `box-sizing` there.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
  }
  * {
    box-sizing: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
`;

/**
 * The focus ring, from tokens: an outline (so it survives forced-colors, where box-shadow is
 * dropped) of `--qc-focus-ring-width`, offset so it sits against the page background.
 */
export const focusRing = css`
  outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
  outline-offset: var(--qc-focus-ring-offset);
`;

/**
 * Visually hidden but read by assistive technology. For shadow roots, where no page rule competes,
 * so no `!important` (the page utility `.qc-sr-only` in @qc-ds/styles has them).
 */
export const srOnly = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;
