import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/**
 * Shadow styles. Tokens only (`var(--qc-…)`), sizes in rem. The signature's colours switch with the
 * colour scheme the theme sets (`light-dark()`: `data-qc-theme="dark"` declares `color-scheme: dark`),
 * so the white signature shows on dark backgrounds with no script.
 */
export const pivFooterStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      margin-block-start: var(--qc-piv-footer-margin-block-start);
      padding-block-end: var(--qc-piv-footer-padding-block-end);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
      text-align: center;
    }

    .base {
      display: flex;
      flex-direction: column;
      align-items: center;
      overflow-wrap: anywhere;
    }

    .links {
      inline-size: 100%;
    }

    .logo {
      display: flex;
      align-items: center;
      justify-content: center;
      /* The incumbent's box: logo-width × logo-height CSS pixels, in rem (÷ 16) so it zooms with text. */
      inline-size: calc(var(--_logo-width, 139) * 0.0625rem);
      block-size: calc(var(--_logo-height, 50) * 0.0625rem);
      max-inline-size: 100%;
      min-block-size: var(--qc-target-min-size);
      color: var(--qc-piv-footer-signature-flag);
      color: light-dark(var(--qc-piv-footer-signature-flag), var(--qc-piv-footer-signature-inverse));
      fill: var(--qc-piv-footer-signature-wordmark);
      fill: light-dark(var(--qc-piv-footer-signature-wordmark), var(--qc-piv-footer-signature-inverse));
    }

    .logo:focus-visible {
      ${focusRing}
    }

    .logo-image {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: contain;
    }

    .signature svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }

    /* A 24 px line (WCAG 2.5.8), whether it holds the built-in link or the author's (slot). */
    .copyright {
      display: flex;
      justify-content: center;
      margin-block-start: var(--qc-spacer-xs);
    }

    /* As before the upgrade (@qc-ds/styles elements/piv-footer.css), so the line does not move. */
    ::slotted([slot='copyright']) {
      display: flex;
      align-items: center;
      justify-content: center;
      min-block-size: var(--qc-target-min-size);
    }

    .copyright-link {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--qc-target-min-size);
      color: var(--qc-color-text-link);
    }

    .copyright-link:visited {
      color: var(--qc-color-text-link-visited);
    }

    .copyright-link:hover {
      color: var(--qc-color-text-link-hover);
    }

    .copyright-link:focus-visible {
      ${focusRing}
    }

    @media (forced-colors: active) {
      /* The signature follows the link colour (the wordmark's black would vanish on a dark canvas). */
      .logo {
        color: LinkText;
        fill: LinkText;
      }
    }
  `,
];

/**
 * Light-DOM styles, adopted once per document or shadow root in the `qc-ds` layer (any page rule
 * wins): the author's link list, centred and wrapping, as in the incumbent. The same rules ship in
 * @qc-ds/styles (elements/piv-footer.css) so the list lays out the same before the upgrade.
 */
export const pivFooterLightStyles = css`
  @layer qc-ds {
    qc-piv-footer nav ul,
    qc-piv-footer > ul {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      max-inline-size: none;
      margin: 0 0 var(--qc-spacer-sm);
      padding: 0;
      list-style: none;
    }
    qc-piv-footer nav li,
    qc-piv-footer > ul > li {
      margin: 0;
      padding: 0 var(--qc-spacer-sm) var(--qc-spacer-xs);
      text-align: center;
    }
    qc-piv-footer a {
      color: var(--qc-color-text-link);
    }
    qc-piv-footer a:visited {
      color: var(--qc-color-text-link-visited);
    }
    qc-piv-footer a:hover {
      color: var(--qc-color-text-link-hover);
    }
    qc-piv-footer a:focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
  }
`;
