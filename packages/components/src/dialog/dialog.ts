import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { dialogStrings } from './dialog.strings.js';
import { dialogStyles } from './dialog.styles.js';

/** The values `variant` accepts; the first is the default. */
export const dialogVariants = ['default', 'emphasis'] as const;
export type DialogVariant = (typeof dialogVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Fenêtre de dialogue » / "Dialog") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Dialog — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcDialog extends QcElement {
  static override styles = dialogStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: DialogVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Fenêtre de dialogue ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, dialogStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, dialogVariants, 'default');
    const label = this.label?.trim() || this.localize.term('dialogLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
