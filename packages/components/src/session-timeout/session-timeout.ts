import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { sessionTimeoutStrings } from './session-timeout.strings.js';
import { sessionTimeoutStyles } from './session-timeout.styles.js';

/** The values `variant` accepts; the first is the default. */
export const sessionTimeoutVariants = ['default', 'emphasis'] as const;
export type SessionTimeoutVariant = (typeof sessionTimeoutVariants)[number];

/**
 * A group that sets its content apart, named for assistive technologies by a built-in label
 * (« Avertissement d’expiration de la session » / "Session timeout warning") that an author can replace with `label`. The content is
 * authored in light DOM and slotted, so the page says what it must before the element upgrades.
 *
 * @summary Session timeout — a named group around its content.
 *
 * @slot - The content a citizen reads: paragraphs, lists, links.
 *
 * @csspart base - The group that holds the content.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcSessionTimeout extends QcElement {
  static override styles = sessionTimeoutStyles;

  /** The look: `default` or `emphasis`. An unknown value falls back to `default` with a console warning. */
  @property({ reflect: true }) variant: SessionTimeoutVariant = 'default';

  /**
   * Replaces the built-in name of the group (« Avertissement d’expiration de la session ») for this element. Rendered as text;
   * `null` (no attribute) or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, sessionTimeoutStrings);

  override render() {
    const variant = this.validEnum('variant', this.variant, sessionTimeoutVariants, 'default');
    const label = this.label?.trim() || this.localize.term('sessionTimeoutLabel');
    return html`<div part="base" class="base ${variant}" role="group" aria-label=${label}><slot></slot></div>`;
  }
}
