import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';

/** Tokens only (`var(--qc-…)`), sizes in rem: the themes and forced colours restyle it for free. */
export const accordionStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      max-inline-size: var(--qc-max-content-width);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-weight: var(--qc-font-weight-regular);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }

    .base {
      padding: var(--qc-spacer-sm);
      background-color: var(--qc-color-surface-subtle);
      /* Long unbroken words and URLs wrap instead of pushing the box past a 320 px screen. */
      overflow-wrap: anywhere;
    }

    .emphasis {
      font-weight: var(--qc-font-weight-bold);
    }

    /* Defaults for unstyled pages; the page's own styles for slotted elements still win. */
    ::slotted(:first-child) {
      margin-block-start: 0;
    }
    ::slotted(:last-child) {
      margin-block-end: 0;
    }
  `,
];
