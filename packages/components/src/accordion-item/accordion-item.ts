import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { accordionItemStrings } from './accordion-item.strings.js';
import { accordionItemStyles } from './accordion-item.styles.js';

/** The values `variant` accepts; the first is the default. */
export const accordionItemVariants = ['default', 'emphasis'] as const;
export type AccordionItemVariant = (typeof accordionItemVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Section » / "Section") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Accordion item — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcAccordionItem extends QcElement {
  static override styles = accordionItemStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: AccordionItemVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Section ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, accordionItemStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, accordionItemVariants, 'default');
    const label = this.label?.trim() || this.localize.term('accordionItemLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
