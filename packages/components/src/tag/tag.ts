import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { booleanConverter } from '../internal/converters.js';
import { announce } from '../internal/announce.js';
import closeGlyph from '../icon/icons/xclose.js';
import { focusAfterRemoval, itemToRemove } from './removal.js';
import { tagStrings } from './tag.strings.js';
import { tagStyles } from './tag.styles.js';

/** The values `variant` accepts; the first is the default. */
export const tagVariants = ['neutral', 'info', 'success', 'warning', 'error'] as const;
export type TagVariant = (typeof tagVariants)[number];

/** A value as trimmed text with runs of spaces collapsed; null and undefined are ''. */
const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();

/** True for a URL that would run script when followed (`javascript:`, however it is spelled). */
function runsScript(href: string): boolean {
  try {
    return new URL(href, document.baseURI).protocol === 'javascript:';
  } catch {
    return false;
  }
}

/**
 * A short label for a status or a category (« En traitement », « Approuvé »), in the colours of
 * the feedback tokens. The text is the element's light-DOM content, so it reads right before the
 * element upgrades.
 *
 * - Static by default: plain text, no role, no tab stop.
 * - With `href`, the tag is a link (named by its text), once the element has upgraded: before, and
 *   without JavaScript, its text shows in the same box, not as a link.
 * - With `removable`, a button « Retirer {texte} » / "Remove {text}" (at least 24 × 24 px) follows
 *   the text. Pressing it fires `qc-remove` (cancelable). Unless the event is cancelled, the tag
 *   removes itself (and its `<li>` when it was the item's only content), announces
 *   « Étiquette retirée : {texte} » politely, and moves the focus to the next tag's remove button
 *   (or link) in its group, else the previous one's, else the heading before the group, else
 *   `main`. A group is the tags of one parent, or of the `<li>` items of one `ul`/`ol`. A framework
 *   that renders the tags from its state cancels `qc-remove` and removes the item from its state.
 *
 * @summary Tag — a short status or category label; static, link, or removable with a cancelable `qc-remove`.
 *
 * @slot - The tag's text.
 *
 * @csspart base - The coloured box around the text and the remove button.
 * @csspart label - The text of a static tag.
 * @csspart link - The link, with `href`.
 * @csspart remove-button - The remove button, with `removable`.
 *
 * @cssprop --qc-color-feedback-neutral-background - Background of the `neutral` tag (also `-text`, `-border`, and the same for `information`, `success`, `warning`, `error`).
 * @cssprop --qc-target-min-size - Minimum size of the remove button and the link (24 px).
 *
 * @event {CustomEvent<undefined>} qc-remove - Before a removable tag removes itself (remove button). Cancelable: `preventDefault()` keeps it; bubbles, composed.
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcTag extends QcElement {
  static override styles = tagStyles;

  /**
   * The colour: `neutral` (default), `info`, `success`, `warning` or `error`. Colour is never the
   * only meaning: the text says it. An unknown value falls back to `neutral` with a console warning.
   */
  @property({ reflect: true }) variant: TagVariant = 'neutral';

  /** Makes the tag a link to this URL. Blank, or a `javascript:` URL (with a warning), keeps it static. */
  @property() href: string | null = null;

  /** Adds the remove button. Accepts `removable="true"` / `"false"`. */
  @property({ reflect: true, converter: booleanConverter }) removable = false;

  /**
   * Replaces the remove button's name (« Retirer {texte} »). Text only. It should hold the tag's
   * text, so screen-reader users know which tag it removes: a developer warning says when it does not.
   */
  @property({ attribute: 'remove-label' }) removeLabel: string | null = null;

  private readonly localize = new LocalizeController(this, tagStrings);

  constructor() {
    super();
    // The remove button's name holds the text: follow a framework changing it.
    new LightDomController(this, {
      config: { childList: true, subtree: true, characterData: true },
      callback: () => this.requestUpdate(),
    });
  }

  /** The tag's text, spaces collapsed. */
  private get text(): string {
    // Its light DOM is not known on the server (nor, for the same render, on hydration).
    return this.serverView ? '' : text(this.textContent);
  }

  private get link(): string {
    const href = this.href?.trim() ?? '';
    if (href && runsScript(href)) {
      this.warnOnce(`href:${href}`, `href="${href}" would run script; the tag is shown as static text.`);
      return '';
    }
    return href;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.text) this.warnOnce('empty', 'the tag has no text: write it inside the element.');
    const label = text(this.removeLabel);
    if (this.removable && label && this.text && !label.toLowerCase().includes(this.text.toLowerCase())) {
      this.warnOnce(
        `remove-label:${label}`,
        `remove-label="${label}" does not hold the tag's text ("${this.text}"): screen-reader users will not know which tag it removes.`,
      );
    }
    super.willUpdate(changed);
  }

  private readonly handleRemove = (): void => {
    const proceed = this.dispatchEvent(
      new CustomEvent('qc-remove', { bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return;
    // Worded and placed while the tag is still in the page (its language, its group).
    const message = this.localize.term('tagRemoved', this.text);
    const destination = focusAfterRemoval(this);
    destination?.();
    itemToRemove(this).remove();
    announce(message);
  };

  override render() {
    const variant = this.validEnum('variant', this.variant, tagVariants, 'neutral');
    const href = this.link;
    const removeName = text(this.removeLabel) || this.localize.term('tagRemove', this.text);
    // prettier-ignore
    return html`<span part="base" class="base ${variant}"
      >${href
        ? html`<a part="link" class="link" href=${href}><slot></slot></a>`
        : html`<span part="label" class="label"><slot></slot></span>`}${this.removable
        ? html`<button part="remove-button" class="remove" type="button" aria-label=${removeName} @click=${this.handleRemove}
            ><svg class="remove-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${closeGlyph}</svg
          ></button>`
        : nothing}</span
    >`;
  }
}
