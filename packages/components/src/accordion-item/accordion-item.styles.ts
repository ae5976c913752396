import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/**
 * Tokens only (`var(--qc-…)`), sizes in rem. The heading row and the content's place are the same
 * before the upgrade (@qc-ds/styles `elements/accordion.css`, accordion.upgrade.test.ts): keep the
 * two in step.
 */
export const accordionItemStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      max-inline-size: var(--qc-max-content-width);
      border-block-end: var(--qc-accordion-border-width) solid var(--qc-color-border-default);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-weight: var(--qc-font-weight-regular);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      /* Long unbroken words and URLs wrap instead of pushing the section past a 320 px screen. */
      overflow-wrap: anywhere;
    }
    :host(:first-of-type) {
      border-block-start: var(--qc-accordion-border-width) solid var(--qc-color-border-default);
    }

    .heading {
      margin: 0;
    }

    .button {
      display: flex;
      align-items: flex-start;
      gap: var(--qc-spacer-sm);
      inline-size: 100%;
      min-block-size: var(--qc-target-min-size);
      margin: 0;
      padding: var(--qc-spacer-sm) var(--qc-spacer-xs);
      border: 0;
      background: transparent;
      color: var(--qc-color-text-link);
      font: inherit;
      font-size: var(--qc-font-size-lg);
      line-height: var(--qc-line-height-lg);
      font-weight: var(--qc-font-weight-bold);
      text-align: start;
      cursor: pointer;
    }
    .button:hover {
      background-color: var(--qc-color-action-tertiary-background-hover);
    }
    .button:hover .title {
      text-decoration: underline;
    }
    .button:focus-visible {
      ${focusRing}
    }

    .title {
      flex: 1 1 auto;
      min-inline-size: 0;
    }

    .icon {
      flex: none;
      inline-size: var(--qc-icon-size-nm);
      block-size: var(--qc-icon-size-nm);
      /* Centred on the first line of the heading. */
      margin-block: calc((var(--qc-line-height-lg) - var(--qc-icon-size-nm)) / 2);
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
      transform: rotate(180deg);
    }
    :host([open]:not([open='false' i])) .icon {
      transform: none;
    }

    /* No padding or border on the panel: a panel closed with hidden="until-found" keeps its box. */
    .content {
      padding: 0 var(--qc-spacer-xs) var(--qc-spacer-md);
    }

    @media (prefers-reduced-motion: no-preference) {
      .icon {
        transition: transform var(--qc-duration-base) var(--qc-easing-standard);
      }
    }

    @media (forced-colors: active) {
      .button {
        color: ButtonText;
      }
      .button:hover {
        text-decoration: underline;
      }
    }
  `,
];

/**
 * Light-DOM rules, adopted once per root (in `@layer qc-ds`, so any page rule wins): the slotted
 * heading takes the button's font and no margin (a `::slotted()` rule loses to the page's heading
 * styles), and the content's outer margins are 0. The same rules are in @qc-ds/styles for the
 * page before the upgrade.
 */
export const accordionItemLightStyles = css`
  @layer qc-ds {
    qc-accordion-item > [slot='heading'] {
      margin: 0;
      padding: 0;
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
      text-transform: inherit;
    }
    qc-accordion-item > :not([slot]):not(:not([slot]) ~ *) {
      margin-block-start: 0;
    }
    qc-accordion-item > :not([slot]):last-child {
      margin-block-end: 0;
    }
  }
`;
