import { css } from 'lit';
import { srOnly } from '../internal/styles.js';

/**
 * qc-stepper's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The same
 * layout, for `qc-stepper:not(:defined)`, is in @qc-ds/styles (`elements/stepper.css`): the steps do
 * not move when the element upgrades. Keep the two in step (stepper.upgrade.test.ts).
 *
 * Each step is a segment of one bar (its top border), its title under it; done and current segments
 * are filled. Below 48rem (768 px, the `sm` breakpoint) the titles are clipped away (still read: the
 * list is whole in the accessibility tree) and only the bar shows under the summary, until the
 * keyboard focus enters the list (a step's link), which shows it whole.
 */
export const stepperStyles = css`
  @layer qc-ds {
    qc-stepper {
      display: block;
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
    }
    qc-stepper > [data-qc-part='summary'] {
      margin: 0 0 var(--qc-spacer-xs);
      font-family: var(--qc-font-family-header);
      font-size: var(--qc-font-size-lg);
      font-weight: var(--qc-font-weight-header-bold);
      line-height: var(--qc-line-height-lg);
      overflow-wrap: anywhere;
    }
    qc-stepper > ol {
      display: flex;
      gap: var(--qc-spacer-xxs);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    qc-stepper > ol > li {
      flex: 1 1 0;
      min-inline-size: 0;
      margin: 0;
      padding-block-start: var(--qc-spacer-xs);
      border-block-start: var(--qc-spacer-xs) solid var(--qc-color-border-subtle);
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
      overflow-wrap: anywhere;
    }
    qc-stepper > ol > :is(li:has(~ li[aria-current='step']), li[aria-current='step']) {
      border-block-start-color: var(--qc-color-action-primary-background);
    }
    qc-stepper > ol > li[aria-current='step'] {
      font-weight: var(--qc-font-weight-bold);
    }
    qc-stepper > ol > li a {
      display: inline-block;
      min-block-size: var(--qc-target-min-size);
      color: var(--qc-color-text-link);
    }
    qc-stepper > ol > li a:focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    @media (width < 48rem) {
      qc-stepper > ol:not(:focus-within) > li {
        block-size: 0;
        padding: 0;
        overflow: hidden;
      }
    }
    /* Steps to come: a dotted segment too, as forced colours paint every border alike. */
    @media (forced-colors: active) {
      qc-stepper > ol > li {
        border-block-start-color: GrayText;
        border-block-start-style: dotted;
      }
      qc-stepper > ol > :is(li:has(~ li[aria-current='step']), li[aria-current='step']) {
        border-block-start-color: CanvasText;
        border-block-start-style: solid;
      }
    }
    qc-stepper [data-qc-part='state'] {
      ${srOnly}
    }
  }
`;
