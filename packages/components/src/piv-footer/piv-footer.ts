import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { pivFooterStrings } from './piv-footer.strings.js';
import { pivFooterStyles } from './piv-footer.styles.js';

/** The values `variant` accepts; the first is the default. */
export const pivFooterVariants = ['default', 'emphasis'] as const;
export type PivFooterVariant = (typeof pivFooterVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Pied de page PIV » / "PIV footer") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Piv footer — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcPivFooter extends QcElement {
  static override styles = pivFooterStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: PivFooterVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Pied de page PIV ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, pivFooterStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, pivFooterVariants, 'default');
    const label = this.label?.trim() || this.localize.term('pivFooterLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
