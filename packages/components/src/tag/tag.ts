import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { tagStrings } from './tag.strings.js';
import { tagStyles } from './tag.styles.js';

/** The values `variant` accepts; the first is the default. */
export const tagVariants = ['default', 'emphasis'] as const;
export type TagVariant = (typeof tagVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Étiquette » / "Tag") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Tag — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcTag extends QcElement {
  static override styles = tagStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: TagVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Étiquette ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, tagStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, tagVariants, 'default');
    const label = this.label?.trim() || this.localize.term('tagLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
