import { css } from 'lit';
import { srOnly } from '../internal/styles.js';

/**
 * qc-tabs' light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. Before the
 * element upgrades, @qc-ds/styles (`elements/tabs.css`) sets the same text styles on the host, so the
 * sections' text does not change when the tabs appear (tabs.upgrade.test.ts).
 *
 * The tab list wraps onto more rows on narrow screens (320 px, 400 % zoom): no horizontal scrolling,
 * every tab visible. The selected tab is marked by a bar and bold text, not by colour alone.
 */
export const tabsStyles = css`
  @layer qc-ds {
    qc-tabs {
      /* Its own formatting context: the first heading's margin stays inside before and after the tabs appear. */
      display: flow-root;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }
    qc-tabs > [data-qc-part='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--qc-spacer-xs);
      border-block-end: var(--qc-field-border-width) solid var(--qc-color-border-default);
    }
    qc-tabs > [data-qc-part='tablist'] > [role='tab'] {
      box-sizing: border-box;
      max-inline-size: 100%;
      min-block-size: var(--qc-target-min-size);
      margin: 0;
      padding: var(--qc-spacer-xs) var(--qc-spacer-sm);
      border: 0;
      border-block-end: var(--qc-focus-ring-width) solid transparent;
      color: var(--qc-color-text-link);
      background: transparent;
      font: inherit;
      text-align: start;
      overflow-wrap: anywhere;
      cursor: pointer;
    }
    qc-tabs > [data-qc-part='tablist'] > [role='tab']:hover {
      color: var(--qc-color-text-link-hover);
      text-decoration: underline;
    }
    qc-tabs > [data-qc-part='tablist'] > [role='tab'][aria-selected='true'] {
      border-block-end-color: currentColor;
      color: var(--qc-color-text-primary);
      font-weight: var(--qc-font-weight-bold);
      text-decoration: none;
    }
    qc-tabs > [data-qc-part='tablist'] > [role='tab']:focus-visible,
    qc-tabs > section[role='tabpanel']:focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: calc(-1 * var(--qc-focus-ring-width));
    }
    qc-tabs > section[role='tabpanel'] {
      padding-block: var(--qc-spacer-sm);
    }
    qc-tabs > section[role='tabpanel'][hidden] {
      display: none;
    }
    qc-tabs > section[role='tabpanel'] [data-qc-part-tab-heading] {
      ${srOnly}
    }
    @media (forced-colors: active) {
      qc-tabs > [data-qc-part='tablist'] > [role='tab'][aria-selected='true'] {
        border-block-end-color: Highlight;
      }
    }
  }
`;
