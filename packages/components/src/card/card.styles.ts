import { css } from 'lit';

/**
 * qc-card's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The same
 * layout, for `qc-card:not(:defined)`, is in @qc-ds/styles (`elements/card.css`): the card does
 * not move when the element upgrades. Keep the two in step (card.upgrade.test.ts).
 *
 * A card never overflows its column: it shrinks to any width (a grid of cards reflows at 320 px)
 * and long words wrap.
 */
export const cardStyles = css`
  @layer qc-ds {
    qc-card {
      display: flex;
      flex-direction: column;
      gap: var(--qc-spacer-sm);
      box-sizing: border-box;
      min-inline-size: 0;
      padding: var(--qc-spacer-md);
      border: var(--qc-field-border-width) solid var(--qc-color-border-default);
      background-color: var(--qc-color-surface-default);
      color: var(--qc-color-text-primary);
      font-family: var(--qc-font-family-content);
      font-size: var(--qc-font-size-md);
      line-height: var(--qc-line-height-md);
      overflow-wrap: anywhere;
    }
    qc-card > * {
      margin: 0;
    }
    /* The image spans the card's width at the top, whatever its place in the markup. */
    qc-card > [slot='image'] {
      display: block;
      order: -1;
      box-sizing: border-box;
      inline-size: calc(100% + 2 * var(--qc-spacer-md));
      max-inline-size: none;
      block-size: auto;
      margin: calc(-1 * var(--qc-spacer-md)) calc(-1 * var(--qc-spacer-md)) 0;
      object-fit: cover;
    }
    /* A <picture slot="image"> holds its image at the same width. */
    qc-card > [slot='image'] img {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
    qc-card a[href] {
      color: var(--qc-color-text-link);
      text-decoration: underline;
    }
    qc-card a[href]:focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    /* Upgraded, with its one heading link: the whole card is the target. */
    qc-card:has([data-qc-part='card-link']) {
      cursor: pointer;
    }
    qc-card:has([data-qc-part='card-link']):hover [data-qc-part='card-link'] {
      color: var(--qc-color-text-link-hover);
      text-decoration-thickness: var(--qc-focus-ring-width);
    }
    /* The ring goes around the card the link stands for (an outline: kept in forced colours). */
    qc-card:has([data-qc-part='card-link']:focus-visible) {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    qc-card [data-qc-part='card-link']:focus-visible {
      outline: none;
    }
  }
`;
