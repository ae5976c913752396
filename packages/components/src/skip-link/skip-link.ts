import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { PART } from '../internal/part.js';
import { focusSkipTarget, skipTarget } from '../internal/skip-to.js';
import { skipLinkStrings } from './skip-link.strings.js';
import { skipLinkStyles } from './skip-link.styles.js';

/** The target when `href` is absent: the incumbent's `go-to-content-anchor` default. */
const DEFAULT_HREF = '#main';

/**
 * `href` as a same-page fragment (`#main`), or null when it is not one (`javascript:…`, another
 * page): the element only ever creates a link that stays on the page.
 */
function fragmentOf(value: string): string | null {
  const text = value.trim();
  if (/^#[^\s#]+$/.test(text)) return text;
  // A bare id (`main`), as the incumbent's anchor attribute was sometimes written.
  if (/^[A-Za-z_][\w.-]*$/.test(text)) return `#${text}`;
  return null;
}

/**
 * A skip link for pages without the PIV header (which has its own): « Passer au contenu » /
 * "Skip to content", hidden until it has the keyboard focus, first in the tab order when the
 * element is the first thing in `<body>`. Following it moves the focus to the target too (with a
 * `tabindex="-1"` that lasts until the target loses the focus, GOV.UK's pattern), so the next Tab
 * starts there and screen readers read from there.
 *
 * Write the link yourself, so it works before and without JavaScript:
 * `<qc-skip-link><a href="#main">Passer au contenu</a></qc-skip-link>`; or give only `href`
 * (and `text`) and the element creates the link. A link the author wrote is never changed.
 *
 * @summary Skip link — « Passer au contenu », hidden until focused; moves the focus to the main content.
 *
 * @slot - Optional: the author's own `<a href="#…">`. Without it, the element creates one from `href` and `text`.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcSkipLink extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [skipLinkStyles];

  /**
   * The id of the target on this page, as a fragment (`#main`; a bare `main` is read as `#main`).
   * Used only when the element creates the link; anything else (another page, `javascript:`) falls
   * back to `#main` with a console warning.
   */
  @property() href = DEFAULT_HREF;

  /**
   * The link's text when the element creates the link; absent or blank gives the built-in
   * « Passer au contenu » / "Skip to content". Rendered as text, never as HTML.
   */
  @property() text: string | null = null;

  private readonly localize = new LocalizeController(this, skipLinkStrings);

  constructor() {
    super();
    // A framework that replaces or adds the link later: create ours only while there is none.
    new LightDomController(this, { config: { childList: true }, callback: () => this.requestUpdate() });
    this.addEventListener('click', this.onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcSkipLink);
  }

  /** The link the user follows: the author's, or the one the element created. */
  get link(): HTMLAnchorElement | null {
    return this.querySelector('a[href]');
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.syncLink();
  }

  protected override firstUpdated(): void {
    // A task later, as the page may render the target just after the link.
    setTimeout(() => {
      const link = this.link;
      if (link && this.isConnected) this.checkTarget(link);
    });
  }

  private syncLink(): void {
    const own = this.querySelector<HTMLAnchorElement>(`a[${PART}="link"]`);
    const author = [...this.querySelectorAll('a[href]')].find((a) => a !== own);
    if (author) {
      own?.remove();
      return;
    }
    const link = own ?? document.createElement('a');
    const href = this.validHref();
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
    const text = this.text?.trim() || this.localize.term('skipLinkText');
    if (link.textContent !== text) link.textContent = text;
    if (!own) {
      link.setAttribute(PART, 'link');
      this.prepend(link);
    }
  }

  private validHref(): string {
    const value = this.href ?? '';
    if (!value.trim()) return DEFAULT_HREF;
    const fragment = fragmentOf(value);
    if (fragment) return fragment;
    this.warnOnce(
      `href:${value}`,
      `invalid href="${value}": a skip link goes to an element of this page ("#main"). Using "${DEFAULT_HREF}".`,
    );
    return DEFAULT_HREF;
  }

  /** The target of `link`, with one warning for the element when there is none. */
  private checkTarget(link: HTMLAnchorElement): HTMLElement | null {
    const href = link.getAttribute('href');
    const target = skipTarget(href, this.ownerDocument);
    if (!target)
      this.warnOnce(
        'no-target',
        `the skip link's target "${href ?? ''}" is not on the page: give the main content that id (<main id="main">).`,
      );
    return target;
  }

  /** Enter on a link is a click too. The browser still follows the fragment (scroll, URL). */
  private readonly onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || !this.contains(link)) return;
    const target = this.checkTarget(link);
    if (target) focusSkipTarget(target);
  };
}
