import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { dateModifiedStrings } from './date-modified.strings.js';
import { dateModifiedStyles } from './date-modified.styles.js';

/** The values `variant` accepts; the first is the default. */
export const dateModifiedVariants = ['default', 'emphasis'] as const;
export type DateModifiedVariant = (typeof dateModifiedVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Date de mise à jour » / "Date modified") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Date modified — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcDateModified extends QcElement {
  static override styles = dateModifiedStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: DateModifiedVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Date de mise à jour ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, dateModifiedStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, dateModifiedVariants, 'default');
    const label = this.label?.trim() || this.localize.term('dateModifiedLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
