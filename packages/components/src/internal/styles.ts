import { css } from 'lit';

/** Host defaults every component shares: border-box sizing and a working `hidden` attribute. */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host *,
  :host *::before,
  :host *::after {
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

/** Visually hidden but read by assistive technology. */
export const srOnly = css`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;
