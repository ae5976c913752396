import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { LocalizeController } from '../internal/localize.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { deepActiveElement } from '../internal/controllers/focus-return.js';
import { PART } from '../internal/part.js';
import { skipTarget } from '../internal/skip-to.js';
import { toTopStrings } from './to-top.strings.js';
import { toTopStyles } from './to-top.styles.js';

/**
 * Moves the keyboard focus to `target` without scrolling (the page scrolls on its own, smoothly or
 * not). A target that cannot take focus (`<body>`, a heading) gets `tabindex="-1"` only while it
 * has it, as skip links do (internal/skip-to.ts).
 */
function focusStart(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
}

/** True when two boxes overlap (touching edges do not count). */
const overlaps = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * « Retour en haut » / "Back to top": a small fixed link at the bottom right of the window that
 * brings the reader back to the top of a long page. It is a real link to `#top` in the element's
 * light DOM (an author's own `<a>` child is kept), with an arrow icon and a visually hidden name.
 *
 * It appears once the page has been scrolled by more than one window height, whichever way the
 * reader scrolls (the incumbent showed it only while scrolling up, which many readers never do),
 * and it is hidden, not only invisible, near the top: out of the tab order and of the
 * accessibility tree. It never disappears while it has the keyboard focus. So that it never covers
 * the focused element (WCAG 2.4.11), it also steps aside while the focus is on an element under it.
 *
 * Activating it scrolls to the top (smoothly only when the reader has not asked for reduced motion)
 * and moves the keyboard focus there too, so the next Tab starts from the top of the page: to the
 * link's target (`#top`) when the page has one, otherwise to the start of the page (`<body>`), with
 * a `tabindex="-1"` that lasts while it has the focus.
 *
 * @summary Retour en haut — a fixed link back to the top of a long page, shown once the page is scrolled.
 *
 * @cssprop --qc-to-top-size - Side of the square link (40 px).
 * @cssprop --qc-to-top-inset-block-end - Distance from the bottom of the window.
 * @cssprop --qc-to-top-inset-inline-end - Distance from the right side of the window.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcToTop extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [toTopStyles];

  /**
   * The link's name, read by screen readers and visually hidden (default « Retour en haut » /
   * "Back to top"). Rendered as text. Ignored when the author's own `<a>` child has text.
   */
  @property() text: string | null = null;

  /**
   * Keeps the link visible and in the flow of the page, where it is written, for documentation
   * and demonstrations (`demo` or `demo="true"`; `demo="false"` is off).
   */
  @property({ type: Boolean, reflect: true, converter: booleanConverter }) demo = false;

  private readonly localize = new LocalizeController(this, toTopStrings);
  private link: HTMLAnchorElement | null = null;
  /** The name span, when the element owns the name (not when the author's link has text). */
  private label: HTMLElement | null = null;

  constructor() {
    super();
    // A framework may replace the element's children after it upgraded: adopt or recreate the link.
    new LightDomController(this, { config: { childList: true }, callback: () => this.adopt() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcToTop);
    this.adopt();
    window.addEventListener('scroll', this.sync, { passive: true });
    window.addEventListener('resize', this.sync, { passive: true });
    document.addEventListener('focusin', this.sync);
    this.addEventListener('focusout', this.handleFocusOut);
    this.addEventListener('click', this.handleClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.sync);
    window.removeEventListener('resize', this.sync);
    document.removeEventListener('focusin', this.sync);
    this.removeEventListener('focusout', this.handleFocusOut);
    this.removeEventListener('click', this.handleClick);
  }

  /** Finds the author's link or creates one, and gives it the icon and the name. */
  private adopt(): void {
    let link = this.querySelector<HTMLAnchorElement>(':scope > a');
    if (!link) {
      link = document.createElement('a');
      link.setAttribute('href', '#top');
      this.append(link);
    }
    if (link !== this.link) {
      this.link = link;
      link.setAttribute(PART, 'link');
      if (!link.hasAttribute('href')) link.setAttribute('href', '#top');
      if (!link.querySelector('qc-icon')) {
        const icon = document.createElement('qc-icon');
        icon.setAttribute(PART, 'icon');
        icon.setAttribute('icon', 'arrow-up');
        link.prepend(icon);
        if (!customElements.get('qc-icon')) void import('../icon/qc-icon.js');
      }
      this.label = link.querySelector<HTMLElement>(`[${PART}="text"]`);
      if (!this.label && !link.querySelector(`[${PART}="author-text"]`)) {
        const authored = [...link.childNodes].filter((node) => !(node instanceof Element && node.hasAttribute(PART)));
        if (authored.some((node) => (node.textContent ?? '').trim() !== '')) {
          // The author's words name the link: wrap them to hide them visually like the built-in name.
          const span = document.createElement('span');
          span.setAttribute(PART, 'author-text');
          span.append(...authored);
          link.append(span);
        } else {
          this.label = document.createElement('span');
          this.label.setAttribute(PART, 'text');
          link.append(this.label);
        }
      }
      this.requestUpdate();
    }
    this.sync();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.label) this.label.textContent = this.text?.trim() || this.localize.term('toTopLabel');
    this.sync();
  }

  /** Shown when the page is scrolled by more than a window height, unless it covers the focus. */
  private readonly sync = (): void => {
    const link = this.link;
    if (!link) return;
    const show = this.demo || (window.scrollY > window.innerHeight && !this.coversFocus());
    // Never hide the link under the keyboard focus: it is hidden once the focus leaves it.
    if (!show && this.contains(document.activeElement)) return;
    if (link.hidden === !show) return;
    link.hidden = !show;
  };

  /** True when the focused element (outside this one) lies under the link's place. */
  private coversFocus(): boolean {
    const focused = deepActiveElement();
    if (!focused || focused === document.body || focused === document.documentElement) return false;
    if (this.contains(focused)) return false;
    return overlaps(this.getBoundingClientRect(), focused.getBoundingClientRect());
  }

  private readonly handleFocusOut = (): void => {
    // After the focus has settled elsewhere (or nowhere).
    setTimeout(this.sync);
  };

  private readonly handleClick = (event: MouseEvent): void => {
    const link = this.link;
    if (!link || event.defaultPrevented || !(event.target instanceof Node) || !link.contains(event.target)) return;
    // A new tab or window: the browser's business.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute('href') ?? '';
    const target = skipTarget(href);
    // Another page, or a fragment that is not on this page and not the conventional #top.
    if (!target && href.trim() !== '#top') return;
    event.preventDefault();
    const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: no-preference)').matches ? 'smooth' : 'auto';
    // The very top of the page when the target is in its first screen (a header, a title below
    // the page's margin), otherwise the target itself.
    const offset = target ? target.getBoundingClientRect().top + window.scrollY : 0;
    focusStart(target ?? document.body);
    window.scrollTo({ top: offset > window.innerHeight ? offset : 0, behavior });
  };
}
