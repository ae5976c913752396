import { css } from 'lit';
import { srOnly } from '../internal/styles.js';

/**
 * Light-DOM styles, adopted once per document or shadow root, in `@layer qc-ds` so a page's own
 * rules win. The icon follows the link: its colour (`currentColor`, so hover, visited and forced
 * colours are the page's) and its font size (`em`, so it scales with a large link as the text
 * does). The same sizes are reserved before upgrade by `@qc-ds/styles` (`elements/external-link.css`).
 */
export const externalLinkStyles = css`
  @layer qc-ds {
    [data-qc-part='external-link-nowrap'] {
      white-space: nowrap;
    }

    [data-qc-part='external-link-icon'] {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      margin-inline-start: var(--qc-external-link-gap, 0.25em);
      vertical-align: -0.125em;
      overflow: visible;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    [data-qc-part='external-link-text'] {
      ${srOnly}
    }
  }
`;
