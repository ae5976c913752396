import { css } from 'lit';

/**
 * qc-breadcrumb's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The
 * same layout, for `qc-breadcrumb:not(:defined)`, is in @qc-ds/styles (`elements/breadcrumb.css`):
 * the trail does not move when the element upgrades. Keep the two in step (breadcrumb.upgrade.test.ts).
 *
 * The list is the author's `ol` in the element or in its `nav`; `(width < 48rem)` is the `sm`
 * breakpoint (768 px).
 */
export const breadcrumbStyles = css`
  @layer qc-ds {
    qc-breadcrumb {
      display: block;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }
    qc-breadcrumb:has(> :is(ol, ul)),
    qc-breadcrumb > nav:has(> :is(ol, ul)) {
      display: flex;
      align-items: flex-start;
      gap: var(--qc-spacer-xs);
    }
    :is(qc-breadcrumb, qc-breadcrumb > nav) > :is(ol, ul) {
      display: flex;
      flex: 1 1 0;
      flex-wrap: wrap;
      align-items: center;
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    :is(qc-breadcrumb, qc-breadcrumb > nav) > :is(ol, ul) > li {
      display: inline-flex;
      align-items: center;
      max-inline-size: 100%;
      margin: 0;
      overflow-wrap: anywhere;
    }
    /* The separator: a chevron drawn with borders (nothing to read; CanvasText in forced colours). */
    :is(qc-breadcrumb, qc-breadcrumb > nav) > :is(ol, ul) > li + li::before {
      content: '';
      flex: none;
      box-sizing: border-box;
      inline-size: var(--qc-spacer-xs);
      block-size: var(--qc-spacer-xs);
      margin-inline: var(--qc-spacer-xxs) var(--qc-spacer-xs);
      border-block-start: var(--qc-focus-ring-width) solid currentColor;
      border-inline-end: var(--qc-focus-ring-width) solid currentColor;
      transform: rotate(45deg);
    }
    qc-breadcrumb li a {
      display: inline-block;
      min-block-size: var(--qc-target-min-size);
      color: var(--qc-color-text-link);
      text-decoration: underline;
    }
    qc-breadcrumb li a:hover {
      color: var(--qc-color-text-link-hover);
    }
    /* The current page: bold and not underlined (not colour alone). */
    qc-breadcrumb li [aria-current]:not([aria-current='false']),
    qc-breadcrumb li[aria-current]:not([aria-current='false']) {
      color: var(--qc-color-text-primary);
      font-weight: var(--qc-font-weight-semi-bold);
      text-decoration: none;
    }
    qc-breadcrumb :is(a, button):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    :is(qc-breadcrumb, qc-breadcrumb > nav) > button[data-qc-part='expand'] {
      display: none;
    }
    @media (width < 48rem) {
      :is(qc-breadcrumb, qc-breadcrumb > nav) > button[data-qc-part='expand'][aria-expanded='false'] {
        display: inline-flex;
        flex: none;
        align-items: center;
        justify-content: center;
        box-sizing: border-box;
        min-inline-size: var(--qc-target-min-size);
        min-block-size: var(--qc-target-min-size);
        margin: 0;
        padding: 0 var(--qc-spacer-xs);
        border: var(--qc-field-border-width) solid currentColor;
        border-radius: var(--qc-radius-sm);
        color: var(--qc-color-text-link);
        background: transparent;
        font: inherit;
        cursor: pointer;
      }
      [data-qc-part='expand'][aria-expanded='false'] ~ :is(ol, ul) > li:not(:nth-last-child(-n + 2)) {
        display: none;
      }
    }
  }
`;
