import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { searchInputStrings } from './search-input.strings.js';
import { searchInputStyles } from './search-input.styles.js';

/** The values `variant` accepts; the first is the default. */
export const searchInputVariants = ['default', 'emphasis'] as const;
export type SearchInputVariant = (typeof searchInputVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Recherche » / "Search") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Search input — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcSearchInput extends QcElement {
  static override styles = searchInputStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: SearchInputVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Recherche ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, searchInputStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, searchInputVariants, 'default');
    const label = this.label?.trim() || this.localize.term('searchInputLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
