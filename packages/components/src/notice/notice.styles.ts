import { css } from 'lit';
import { hostStyles, srOnly } from '../internal/styles.js';
import { feedbackBoxStyles } from '../internal/feedback.styles.js';

export const noticeStyles = [
  hostStyles,
  feedbackBoxStyles,
  css`
    :host {
      /* The incumbent spaced notices from what follows; authors can override this on the element. */
      margin-block: 0 var(--qc-spacer-md);
    }

    /* The glyph, drawn with qc-icon's conventions (Lucide: outlines in currentColor, round caps
       and joins; registered icons set their own fill or stroke where they differ), at the nm size. */
    .glyph {
      display: block;
      flex: none;
      inline-size: var(--qc-icon-size-nm);
      block-size: var(--qc-icon-size-nm);
      overflow: visible;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    .type-label {
      ${srOnly}
    }

    .title {
      margin: 0;
      color: inherit;
      font-family: var(--qc-font-family-content);
      font-weight: var(--qc-font-weight-bold);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }

    .title + .content {
      margin-block-start: var(--qc-spacer-xs);
    }

    .content--empty {
      display: none;
    }

    .content-text {
      margin: 0;
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
