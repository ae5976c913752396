import { css } from 'lit';
import { srOnly } from '../internal/styles.js';

/**
 * qc-side-nav's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The same
 * layout, for `qc-side-nav:not(:defined)`, is in @qc-ds/styles (`elements/side-nav.css`): nothing
 * moves when the element upgrades. Keep the two in step (side-nav.upgrade.test.ts).
 *
 * An item with a sub-list is a grid: its link, then its button (`[data-qc-part=toggle]`), then the
 * sub-list across both. `(width < 62rem)` is the `md` breakpoint (992 px).
 */
export const sideNavStyles = css`
  @layer qc-ds {
    qc-side-nav {
      display: block;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }
    qc-side-nav :is(ul, ol) {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    qc-side-nav li {
      margin: 0;
      overflow-wrap: anywhere;
    }
    qc-side-nav li li {
      padding-inline-start: var(--qc-spacer-sm);
    }
    qc-side-nav li:has(> :is(ul, ol)) {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
    }
    qc-side-nav li:has(> :is(ul, ol)) > a {
      grid-area: 1 / 1;
    }
    qc-side-nav li > :is(ul, ol) {
      grid-area: 2 / 1 / 3 / 3;
    }
    qc-side-nav li > a {
      display: block;
      min-block-size: var(--qc-target-min-size);
      padding: var(--qc-spacer-xs) var(--qc-spacer-sm);
      border-inline-start: var(--qc-focus-ring-width) solid transparent;
      color: var(--qc-color-text-link);
      text-decoration: underline;
    }
    qc-side-nav li > a:hover {
      color: var(--qc-color-text-link-hover);
    }
    /* The current page: a bar, bold, no underline (not colour alone; the bar stays in forced colours). */
    qc-side-nav li > a[aria-current]:not([aria-current='false']) {
      border-inline-start-color: currentColor;
      color: var(--qc-color-text-primary);
      background-color: var(--qc-color-surface-subtle);
      font-weight: var(--qc-font-weight-semi-bold);
      text-decoration: none;
    }
    qc-side-nav :is(a, button):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: calc(-1 * var(--qc-focus-ring-width));
    }
    qc-side-nav button[data-qc-part] {
      box-sizing: border-box;
      margin: 0;
      color: var(--qc-color-text-link);
      background: transparent;
      font: inherit;
      cursor: pointer;
    }
    /* A chevron drawn with borders: down when closed, up when open. */
    qc-side-nav button[data-qc-part]::after {
      content: '';
      flex: none;
      box-sizing: border-box;
      inline-size: var(--qc-spacer-xs);
      block-size: var(--qc-spacer-xs);
      border-block-end: var(--qc-focus-ring-width) solid currentColor;
      border-inline-end: var(--qc-focus-ring-width) solid currentColor;
      transform: translateY(-25%) rotate(45deg);
    }
    qc-side-nav button[data-qc-part][aria-expanded='true']::after {
      transform: translateY(25%) rotate(-135deg);
    }
    qc-side-nav li > button[data-qc-part='toggle'] {
      display: flex;
      grid-area: 1 / 2;
      align-items: center;
      justify-content: center;
      inline-size: var(--qc-spacer-lg);
      min-block-size: var(--qc-target-min-size);
      padding: 0;
      border: 0;
    }
    qc-side-nav li > button[data-qc-part='toggle'] > span {
      ${srOnly}
    }
    qc-side-nav li > button[aria-expanded='false'] + :is(ul, ol) {
      display: none;
    }
    :is(qc-side-nav, qc-side-nav > nav) > button[data-qc-part='menu'] {
      display: none;
    }
    @media (width < 62rem) {
      :is(qc-side-nav, qc-side-nav > nav) > button[data-qc-part='menu'] {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--qc-spacer-sm);
        inline-size: 100%;
        min-block-size: var(--qc-target-min-size);
        padding: var(--qc-spacer-xs) var(--qc-spacer-sm);
        border: var(--qc-field-border-width) solid currentColor;
        font-weight: var(--qc-font-weight-semi-bold);
        text-align: start;
      }
      :is(qc-side-nav, qc-side-nav > nav) > button[data-qc-part='menu'][aria-expanded='false'] ~ :is(ul, ol) {
        display: none;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      qc-side-nav button[data-qc-part]::after {
        transition: transform var(--qc-duration-fast) var(--qc-easing-standard);
      }
    }
    @media (forced-colors: active) {
      qc-side-nav li > a[aria-current]:not([aria-current='false']) {
        border-inline-start-color: CanvasText;
      }
    }
  }
`;
