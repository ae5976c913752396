import { css } from 'lit';

/**
 * qc-to-top's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The host is
 * the fixed 40 × 40 box even while the link is hidden, so the element can tell whether it would
 * cover the focused element; it lets pointer events through, only the link takes them.
 * `packages/styles/src/elements/to-top.css` holds the same box for before the upgrade.
 */
export const toTopStyles = css`
  @layer qc-ds {
    qc-to-top {
      position: fixed;
      inset-block-end: var(--qc-to-top-inset-block-end);
      inset-inline-end: var(--qc-to-top-inset-inline-end);
      z-index: var(--qc-to-top-z-index);
      display: block;
      inline-size: var(--qc-to-top-size);
      block-size: var(--qc-to-top-size);
      pointer-events: none;
    }
    qc-to-top[demo]:not([demo='false' i]) {
      position: relative;
      inset: auto;
      display: inline-block;
      vertical-align: middle;
    }
    qc-to-top > a {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      inline-size: 100%;
      block-size: 100%;
      border: var(--qc-focus-ring-width) solid transparent;
      background-color: var(--qc-color-action-primary-background);
      color: var(--qc-color-action-primary-text);
      box-shadow: var(--qc-shadow-1);
      text-decoration: none;
      pointer-events: auto;
    }
    /* Important: a page rule such as a { display: inline-block } must not show a hidden link. */
    qc-to-top > a[hidden] {
      display: none !important;
    }
    qc-to-top > a:hover {
      background-color: var(--qc-color-action-primary-background-hover);
    }
    qc-to-top > a:active {
      background-color: var(--qc-color-action-primary-background-active);
    }
    qc-to-top > a:focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
      box-shadow: var(--qc-shadow-2);
    }
    qc-to-top > a > qc-icon {
      inline-size: var(--qc-to-top-icon-size);
      block-size: var(--qc-to-top-icon-size);
    }
    /* The name is read, not shown: the arrow says it. */
    qc-to-top > a > [data-qc-part='text'],
    qc-to-top > a > [data-qc-part='author-text'] {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    @media (forced-colors: active) {
      /* Backgrounds are dropped: the border keeps the square visible. */
      qc-to-top > a {
        border-color: LinkText;
      }
    }
  }
`;
