import type { PropertyValues } from 'lit';
import { QcLightElement } from '../internal/qc-element.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { PART } from '../internal/part.js';
import { cardStyles } from './card.styles.js';

/** The card's link: a link inside one of the card's headings. */
const HEADING_LINK = ':is(h1, h2, h3, h4, h5, h6, [role="heading"]) a[href]';
/** What keeps its own click: controls, links, labels, and anything an author made focusable. */
const INTERACTIVE =
  'a[href], area[href], button, input, select, textarea, summary, label, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="menuitem"]';
const LINK_PART = 'card-link';

/**
 * A card: a heading whose link leads to a page, a description, an optional image, written in
 * light DOM so it reads right before the element upgrades and without JavaScript:
 *
 * `<qc-card><img slot="image" src="…" alt=""><h3><a href="/dossiers/123">Demande de permis</a></h3><p>…</p></qc-card>`
 *
 * Once upgraded, a click anywhere on the card follows the heading's link (the "block link"
 * pattern), while the link stays the card's only tab stop and its name is the heading text alone
 * (the card is never wrapped in a link). Other links and buttons in the card keep their own clicks
 * and tab stops. The click is forwarded by script rather than by a pseudo-element stretched over
 * the card, so text can still be selected (a drag that selects text does not follow the link),
 * `abbr` titles and other hover content still work; a Ctrl/⌘/Shift click is forwarded with its
 * keys. The link alone offers the browser's link context menu and opens in a new tab on a middle click.
 *
 * The card expects exactly one link in its headings: with none, or several, the card is not
 * clickable as a whole and a developer warning says why.
 *
 * @summary Card — a heading link, a description and an optional image; the whole card follows the heading's link.
 *
 * @slot - The heading with its link (`<h2>`–`<h6>` around `<a href>`), then the description and any secondary links or buttons.
 * @slot image - An optional image (`<img slot="image" alt="">`), shown at the top of the card.
 *
 * @cssprop --qc-color-surface-default - The card's background.
 * @cssprop --qc-color-border-default - The card's border.
 * @cssprop --qc-color-focus-ring - The ring drawn around the card while its link has the keyboard focus.
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcCard extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [cardStyles];

  /** The link the card follows, once marked (a link inside the card's one heading with a link). */
  private link: HTMLAnchorElement | null = null;

  constructor() {
    super();
    // Frameworks re-render the heading or swap the link: find it again.
    new LightDomController(this, {
      config: { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] },
      callback: () => this.requestUpdate(),
    });
    this.addEventListener('click', this.handleClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcCard);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const links = [...this.querySelectorAll<HTMLAnchorElement>(HEADING_LINK)];
    const link = links.length === 1 ? links[0]! : null;
    for (const marked of this.querySelectorAll(`[${PART}="${LINK_PART}"]`)) {
      if (marked !== link) marked.removeAttribute(PART);
    }
    if (link && link.getAttribute(PART) !== LINK_PART) link.setAttribute(PART, LINK_PART);
    this.link = link;
    this.checkImage();
    if (links.length === 0) {
      this.warnOnce(
        'no-link',
        'the card has no link in a heading: write <h3><a href="…">Title</a></h3> in it. It is not clickable as a whole.',
      );
    } else if (links.length > 1) {
      this.warnOnce(
        'links',
        `the card has ${links.length} links in headings; it needs exactly one to be clickable as a whole. Put the other links in the text.`,
      );
    } else if (!link!.textContent?.trim() && !link!.getAttribute('aria-label')?.trim()) {
      this.warnOnce('empty-link', 'the card’s heading link has no text: its name is what screen readers read.');
    }
  }

  private checkImage(): void {
    const image = this.querySelector(':scope > img[slot="image"]:not([alt]), :scope > [slot="image"] img:not([alt])');
    if (image) {
      this.warnOnce('image-alt', 'the card’s image has no alt: write alt="" for a decorative image, or describe it.');
    }
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const link = this.link;
    if (!link?.isConnected || event.defaultPrevented || event.button !== 0) return;
    for (const node of event.composedPath()) {
      if (node === this) break;
      if (node instanceof Element && node.matches(INTERACTIVE)) return;
    }
    // A citizen who dragged to select text in the card is reading, not following the link.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim() && this.contains(selection.anchorNode))
      return;
    const { ctrlKey, metaKey, shiftKey, altKey } = event;
    link.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey, metaKey, shiftKey, altKey }),
    );
  };
}
