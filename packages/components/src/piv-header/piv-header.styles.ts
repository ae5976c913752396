import { css } from 'lit';
import { hostStyles, srOnly } from '../internal/styles.js';

/**
 * The band's colours, for the host and everything in it (shadow parts and the author's light-DOM
 * links): PIV blue and white in every theme, whatever `data-qc-theme` says. The link and focus
 * tokens are re-declared here so the page's own link rules (`@qc-ds/styles` base, or the
 * incumbent's) paint the slotted links white with a ring that shows on the blue.
 * Kept equal to the same block of `@qc-ds/styles` `elements/piv-header.css` (used before upgrade).
 */
const bandColours = css`
  background-color: var(--qc-piv-header-background);
  color: var(--qc-piv-header-text);
  --qc-color-text-link: var(--qc-piv-header-text);
  --qc-color-text-link-visited: var(--qc-piv-header-text);
  --qc-color-text-link-hover: var(--qc-piv-header-text);
  --qc-color-text-link-active: var(--qc-piv-header-text);
  --qc-color-link-text: var(--qc-piv-header-text);
  --qc-color-link-visited: var(--qc-piv-header-text);
  --qc-color-link-hover: var(--qc-piv-header-text);
  --qc-color-link-active: var(--qc-piv-header-text);
  --qc-color-focus-ring: var(--qc-piv-header-focus-ring);
  --qc-color-link-focus-outline: var(--qc-piv-header-focus-ring);
  font-family: var(--qc-font-family-header);
  font-size: var(--qc-font-size-md);
  line-height: var(--qc-line-height-md);
`;

/**
 * Shadow styles. The band is a grid (the same one `elements/piv-header.css` gives the host before
 * upgrade, with the slotted children in the same cells, so upgrading moves nothing):
 * below 768 px « signature | search button » on the top row, the links on their own row below (as
 * Québec.ca and GOV.UK do on a phone: at 320 px the signature, « English » and « Nous joindre » do
 * not fit on one row, and a row shared with them would shrink the signature under its 150 px), then
 * the title; from 768 px « signature (264 px) | title | search button and links »; the search zone
 * below. The links' cell never depends on the search button, which only exists once upgraded.
 * Rows: 72 px top row at least.
 * The container is the incumbent's `.qc-container` (max width and gutter per breakpoint), written
 * as inline padding so the blue runs from edge to edge.
 *
 * The breakpoints are container queries on the host (the band's own width: the viewport's, less any
 * classic scrollbar, for a header that spans the page), not media queries: WebKit shares one style
 * resolver between shadow roots that adopt the same sheets and does not re-evaluate its media
 * queries on a resize that happens while none of them is in the page, so a header rendered after
 * that (a single-page app re-rendering its layout once the phone has turned) kept the layout of the
 * old width and ran off a 320 px screen. Container queries are evaluated at every layout.
 */
export const pivHeaderStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      ${bandColours}
    }

    .base {
      --_gutter: var(--qc-grid-gutter-sm);
      --_max: 100%;
      --_pad: calc(max(0rem, (100% - var(--_max)) / 2) + var(--_gutter));
      position: relative;
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-rows: minmax(var(--qc-piv-header-top-row-min-height), auto) auto auto auto;
      grid-template-areas: 'signature toggle' 'links links' 'title title' 'search search';
      column-gap: var(--qc-spacer-sm);
      padding-inline: var(--_pad);
      overflow-wrap: anywhere;
    }
    /* Narrow: the search button and the links each take their own cell. */
    .actions {
      display: contents;
    }
    .search-toggle {
      grid-area: toggle;
      align-self: center;
    }
    .links-zone {
      grid-area: links;
    }

    @container (min-width: 48rem) {
      .base {
        --_max: var(--qc-grid-container-max-width-sm);
        grid-template-columns: var(--qc-piv-header-signature-column) minmax(0, 1fr) auto;
        grid-template-rows: minmax(var(--qc-piv-header-top-row-min-height), auto) auto;
        grid-template-areas: 'signature title actions' 'search search search';
      }
      .actions {
        display: flex;
      }
    }
    @container (min-width: 62rem) {
      .base {
        --_gutter: var(--qc-grid-gutter-md);
        --_max: var(--qc-grid-container-max-width-md);
      }
    }
    @container (min-width: 75rem) {
      .base {
        --_gutter: var(--qc-grid-gutter);
        --_max: var(--qc-grid-container-max-width-lg);
      }
    }
    .base.full-width {
      --_max: 100%;
    }

    /* Skip link: out of the flow, visually hidden until focused, then shown at the band's top. */
    .skip {
      position: absolute;
      inset-block-start: var(--qc-spacer-xxs);
      inset-inline-start: var(--_pad);
      z-index: 1;
    }
    .skip-link:not(:focus),
    ::slotted([slot='go-to-content']:not(:focus)) {
      ${srOnly}
    }
    .skip-link:focus,
    ::slotted([slot='go-to-content']:focus) {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--qc-target-min-size);
      background-color: var(--qc-piv-header-background);
    }

    .signature {
      grid-area: signature;
      align-self: center;
      display: flex;
      min-inline-size: 0;
    }
    .signature-link,
    ::slotted([slot='signature']) {
      display: block;
      flex: 0 1 var(--qc-piv-header-signature-max-width);
      min-inline-size: var(--qc-piv-header-signature-min-width);
      max-inline-size: var(--qc-piv-header-signature-max-width);
    }
    .signature-link > :is(svg, img) {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }

    .title {
      grid-area: title;
      align-self: center;
      display: flex;
      align-items: center;
      min-inline-size: 0;
      font-size: var(--qc-font-size-lg);
      line-height: var(--qc-line-height-lg);
    }
    /* The space under the site name rides on the name itself (slotted, or the 'title-text' one), not on
       a class the script sets: the server render, which cannot see slotted children, gets it too. */
    ::slotted([slot='title']),
    .title-text {
      margin-block-end: var(--qc-spacer-sm);
    }
    @container (min-width: 48rem) {
      ::slotted([slot='title']),
      .title-text {
        margin-block-end: 0;
      }
    }

    .actions {
      grid-area: actions;
      align-self: center;
      align-items: center;
      justify-content: flex-end;
      gap: var(--qc-spacer-xs);
    }

    .links ul {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      column-gap: var(--qc-spacer-sm);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* A flex item, not a line box: the row is exactly as tall as the links (no strut of the band's
       larger font under the 0.8rem links), so the pre-upgrade CSS can reserve it. */
    .links li {
      display: flex;
      margin: 0;
    }
    .links a {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--qc-target-min-size);
      font-size: var(--qc-piv-header-link-font-size);
    }

    a {
      color: inherit;
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }
    /* The ring stays inside the band (the incumbent's fix-focus-logo branch) and shows on the blue. */
    a:focus-visible,
    button:focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-piv-header-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }

    .search-toggle {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-inline-size: var(--qc-target-min-size);
      min-block-size: var(--qc-target-min-size);
      padding: var(--qc-spacer-xxs);
      border: 0;
      border-radius: var(--qc-radius-sm);
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .search-icon {
      inline-size: var(--qc-icon-size-nm);
      block-size: var(--qc-icon-size-nm);
      fill: none;
      stroke: currentColor;
      stroke-width: 2.5;
      stroke-linecap: round;
    }
    .visually-hidden {
      ${srOnly}
    }

    .search-zone {
      grid-area: search;
      padding-block-end: var(--qc-spacer-md);
    }
    .search-zone[hidden] {
      display: none;
    }

    @media (forced-colors: active) {
      .base {
        border-block-end: 1px solid CanvasText;
      }
      a:focus-visible,
      button:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];

/**
 * Styles of the author's light-DOM content inside the header (adopted once per document or shadow
 * root, in `@layer qc-ds` so any page rule wins): the utility links list and the signature image.
 * The same rules are in `@qc-ds/styles` `elements/piv-header.css` for the time before upgrade.
 */
export const pivHeaderLightStyles = css`
  @layer qc-ds {
    qc-piv-header > [slot='links'] ul,
    qc-piv-header > ul[slot='links'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      column-gap: var(--qc-spacer-sm);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    qc-piv-header > [slot='links'] li {
      display: flex;
      margin: 0;
    }
    qc-piv-header > [slot='links'] a {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--qc-target-min-size);
      font-size: var(--qc-piv-header-link-font-size);
    }
    qc-piv-header a {
      color: inherit;
      text-decoration: none;
    }
    qc-piv-header a:hover {
      text-decoration: underline;
    }
    qc-piv-header :focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-piv-header-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    qc-piv-header > [slot='signature'] :is(img, svg) {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
    qc-piv-header > [slot='title'] {
      font-size: var(--qc-font-size-lg);
      line-height: var(--qc-line-height-lg);
    }
  }
`;
