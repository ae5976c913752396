import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { iconButtonStrings } from './icon-button.strings.js';
import { iconButtonStyles } from './icon-button.styles.js';

/** The values `variant` accepts; the first is the default. */
export const iconButtonVariants = ['default', 'emphasis'] as const;
export type IconButtonVariant = (typeof iconButtonVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Bouton icône » / "Icon button") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Icon button — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcIconButton extends QcElement {
  static override styles = iconButtonStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: IconButtonVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Bouton icône ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, iconButtonStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, iconButtonVariants, 'default');
    const label = this.label?.trim() || this.localize.term('iconButtonLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
