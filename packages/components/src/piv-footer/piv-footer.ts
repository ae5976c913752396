import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { renderSignature, signatureColour } from '../internal/signature/signature.js';
import { pivFooterStrings } from './piv-footer.strings.js';
import { pivFooterLightStyles, pivFooterStyles } from './piv-footer.styles.js';

/** The incumbent's logo box, in CSS pixels: the fallbacks of `logo-width` and `logo-height` (same as their defaults). */
const DEFAULT_WIDTH = 139;
const DEFAULT_HEIGHT = 50;
const NAV = 'nav, [role="navigation" i]';
const markup = /<[a-z!/?]/i;

/** An attribute or property value as trimmed text; null, undefined and non-strings never throw. */
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** The name a `<nav>` already has from its author (aria-label, aria-labelledby, title). */
function authoredName(nav: Element): string {
  const ids = text(nav.getAttribute('aria-labelledby'));
  if (ids) {
    const root = nav.getRootNode() as Document | ShadowRoot;
    const named = ids
      .split(/\s+/)
      .map((id) => text(root.getElementById?.(id)?.textContent))
      .join(' ')
      .trim();
    if (named) return named;
  }
  return text(nav.getAttribute('aria-label')) || text(nav.getAttribute('title'));
}

/** True when `el` is inside (or is) a `<footer>` or a `contentinfo`, across shadow roots. */
function insideContentinfo(el: Element): boolean {
  let node: Element | null = el;
  while (node) {
    if (node.closest('footer, [role="contentinfo" i]')) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/**
 * The footer of the Government of Québec's visual identity programme (PIV): the site's footer
 * links (the author's `<nav>`, in the page's DOM), the government signature linking to the site's
 * home, and the copyright line.
 *
 * **One `contentinfo` landmark.** Inside the page's own `<footer>` (or `[role=contentinfo]`), the
 * element adds none; standing alone, it is the page's `contentinfo` itself.
 *
 * **Labelled navigation.** Put the links in a `<nav>` with a `<ul>`. An unnamed `<nav>` gets the
 * label « Navigation du pied de page » (`nav-label`); every other `<nav>` needs its own distinct
 * label (a console warning says so). Links without any `<nav>` are still exposed as a navigation
 * region with that label, with a warning.
 *
 * **Consistent help (WCAG 3.2.6).** Contact and help links (« Nous joindre », « Accessibilité »…)
 * must appear in the same relative order on every page of the site: render the same footer
 * markup everywhere.
 *
 * **Signature.** Drawn inline from the incumbent's artwork (no request): the colour signature in
 * the light and high-contrast themes, the white one where the colour scheme is dark
 * (`data-qc-theme="dark"`, or `"auto"` on a dark system), following forced colours. With
 * `logo-src` (and `logo-src-dark-theme`), the author's images are shown instead, the dark one
 * when the element's computed `color-scheme` is dark.
 *
 * **Copyright.** « © Gouvernement du Québec, {year} » stays in French on English pages (it is the
 * government's legal name; marked `lang="fr"`), while the link goes to the English page.
 *
 * @summary Pied de page PIV — footer links, the Government of Québec signature and the copyright line.
 *
 * @slot - The footer links: `<nav aria-label="…"><ul><li><a href="…">…</a></li>…</ul></nav>`.
 * @slot copyright - Replaces the copyright link (for instance a link that opens in a new window).
 *
 * @csspart base - The column holding links, signature and copyright (the `contentinfo` when standalone).
 * @csspart links - The wrapper of the footer links.
 * @csspart logo - The signature link.
 * @csspart logo-image - The signature: inline SVG, or the author's `<img>`.
 * @csspart copyright - The copyright line.
 *
 * @cssprop --qc-piv-footer-margin-block-start - Space above the footer.
 * @cssprop --qc-piv-footer-padding-block-end - Space below the footer.
 * @cssprop --qc-piv-footer-signature-wordmark - Colour of the signature's wordmark (light schemes).
 * @cssprop --qc-piv-footer-signature-flag - Colour of the signature's flag (light schemes).
 * @cssprop --qc-piv-footer-signature-inverse - Colour of the white signature (dark schemes).
 *
 * @status stable
 * @since 0.1.0
 */
export class QcPivFooter extends QcElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [pivFooterLightStyles];

  static override styles = pivFooterStyles;

  /** Where the signature links to: the site's home page. */
  @property({ attribute: 'logo-url' }) logoUrl = '/';

  /** An image replacing the colour signature (light and high-contrast themes). */
  @property({ attribute: 'logo-src' }) logoSrc = '';

  /** An image replacing the white signature (dark colour scheme); defaults to `logo-src` when only that is given. */
  @property({ attribute: 'logo-src-dark-theme' }) logoSrcDarkTheme = '';

  /**
   * The signature link's name, saying where it goes. Default « Gouvernement du Québec — accueil »
   * / "Government of Québec — home". Rendered as text.
   */
  @property({ attribute: 'logo-alt' }) logoAlt = '';

  /** Width of the signature box, in CSS pixels (default 139). An invalid value falls back with a warning. */
  @property({ attribute: 'logo-width' }) logoWidth: number | string = 139;

  /** Height of the signature box, in CSS pixels (default 50). An invalid value falls back with a warning. */
  @property({ attribute: 'logo-height' }) logoHeight: number | string = 50;

  /**
   * The copyright link's text. Default « © Gouvernement du Québec, » and the current year, in
   * French in every language. Rendered as text: use the `copyright` slot for markup.
   */
  @property({ attribute: 'copyright-text' }) copyrightText = '';

  /** The copyright link's address. Default https://www.quebec.ca/droit-auteur (English: /en/copyright). */
  @property({ attribute: 'copyright-url' }) copyrightUrl = '';

  /** The label given to an unnamed footer `<nav>`. Default « Navigation du pied de page » / "Footer navigation". */
  @property({ attribute: 'nav-label' }) navLabel = '';

  /** False inside the page's own `<footer>`/`contentinfo`. */
  @state() private landmark = true;
  /** `nav`: the author wrote a `<nav>`; `bare`: links without one; `none`: no links. */
  @state() private links: 'nav' | 'bare' | 'none' = 'none';
  /** The computed colour scheme is dark (only followed while an author image is shown). */
  @state() private dark = false;

  private readonly localize = new LocalizeController(this, pivFooterStrings);
  /** Navs this element named, with the name it gave (an author's own name is never touched). */
  private readonly labelled = new WeakMap<Element, string>();
  private stopThemeWatch: (() => void) | undefined;

  constructor() {
    super();
    new LightDomController(this, {
      config: {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-label', 'aria-labelledby', 'title', 'role', 'slot'],
      },
      callback: () => this.syncLinks(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcPivFooter);
    this.landmark = !insideContentinfo(this);
    this.syncLinks();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopThemeWatch?.();
    this.stopThemeWatch = undefined;
  }

  private size(attribute: 'logo-width' | 'logo-height', value: unknown, fallback: number): number {
    const n = typeof value === 'number' ? value : Number(text(value));
    if (Number.isFinite(n) && n > 0) return n;
    this.warnOnce(
      `size:${attribute}:${String(value)}`,
      `invalid ${attribute}="${String(value)}"; expected a positive number of CSS pixels. Using ${fallback}.`,
    );
    return fallback;
  }

  private url(attribute: string, value: unknown, fallback: string): string {
    const url = text(value);
    if (!url) return fallback;
    // Browsers ignore white space and control characters inside the scheme: so does this check.
    const scheme = [...url].filter((c) => c.charCodeAt(0) > 0x20).join('');
    if (/^javascript:/i.test(scheme)) {
      this.warnOnce(`url:${attribute}`, `${attribute} does not accept a javascript: URL. Using "${fallback}".`);
      return fallback;
    }
    return url;
  }

  /** Names the author's unnamed nav, notes whether there is one, and warns about missing or repeated names. */
  private syncLinks(): void {
    const content = [...this.children].filter((child) => !child.hasAttribute('slot'));
    const navs = content.flatMap((child) => [...(child.matches(NAV) ? [child] : []), ...child.querySelectorAll(NAV)]);
    const label = text(this.navLabel) || this.localize.term('pivFooterNav');
    const names: string[] = [];
    let offered = false;
    for (const nav of navs) {
      const ours = this.labelled.get(nav);
      const name = authoredName(nav);
      if (ours !== undefined && name === ours) {
        // Ours: follow a change of language or of nav-label.
        if (ours !== label) nav.setAttribute('aria-label', label);
        this.labelled.set(nav, label);
        names.push(label);
        offered = true;
        continue;
      }
      if (ours !== undefined) this.labelled.delete(nav);
      if (name) {
        names.push(name);
      } else if (!offered && !navs.some((other) => authoredName(other) === label)) {
        nav.setAttribute('aria-label', label);
        this.labelled.set(nav, label);
        names.push(label);
        offered = true;
      } else {
        names.push('');
      }
    }
    if (names.some((name) => !name) || new Set(names).size !== names.length) {
      this.warnOnce(
        'nav:distinct',
        'each <nav> in <qc-piv-footer> needs its own distinct name: give each one an aria-label.',
      );
    }
    // Links outside any <nav> still form the footer's navigation; other content (text) is left as is.
    const hasLinks = content.some((child) => child.matches('a[href]') || child.querySelector('a[href]'));
    const links = navs.length > 0 ? 'nav' : hasLinks ? 'bare' : 'none';
    if (links === 'bare') {
      this.warnOnce(
        'nav:missing',
        `put the footer links in a <nav aria-label="…"><ul>; meanwhile they are exposed as a navigation named "${label}".`,
      );
    }
    this.links = links;
  }

  /** Follows the computed colour scheme (data-qc-theme anywhere, the system preference for "auto"). */
  private watchTheme(): void {
    if (this.stopThemeWatch) return;
    const update = () => {
      const scheme = getComputedStyle(this).colorScheme;
      this.dark = /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme);
    };
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-qc-theme'], subtree: true });
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    this.stopThemeWatch = () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
    update();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const usesImages = text(this.logoSrc) !== '' || text(this.logoSrcDarkTheme) !== '';
    if (usesImages) this.watchTheme();
    else if (this.stopThemeWatch) {
      this.stopThemeWatch();
      this.stopThemeWatch = undefined;
    }
    if (changed.has('copyrightText') && markup.test(text(this.copyrightText))) {
      this.warnOnce(
        'markup:copyright-text',
        'copyright-text is shown as text, not HTML; put a formatted copyright in slot="copyright".',
      );
    }
  }

  protected override updated(): void {
    // A change of language or of nav-label renames the nav this element named.
    this.syncLinks();
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it does not).
    const logo = this.renderRoot.querySelector<HTMLElement>('.logo');
    if (logo) {
      logo.style.setProperty('--_logo-width', String(this.size('logo-width', this.logoWidth, DEFAULT_WIDTH)));
      logo.style.setProperty('--_logo-height', String(this.size('logo-height', this.logoHeight, DEFAULT_HEIGHT)));
    }
  }

  private renderLogo(alt: string) {
    const light = text(this.logoSrc);
    const src = this.dark ? text(this.logoSrcDarkTheme) || light : light;
    if (src) return html`<img part="logo-image" class="logo-image" src=${src} alt=${alt} />`;
    return html`<span part="logo-image" class="logo-image signature">${renderSignature(signatureColour, alt)}</span>`;
  }

  override render() {
    const localize = this.localize;
    const year = new Date().getFullYear();
    const alt = text(this.logoAlt) || localize.term('pivFooterSignature');
    const ownText = text(this.copyrightText);
    const copyright = ownText || localize.term('pivFooterCopyright', year);
    // The built-in French legal name on a page in another language is marked as French.
    const french = !ownText && localize.language !== 'fr' && copyright === pivFooterStrings.fr.pivFooterCopyright(year);
    const copyrightUrl = this.url('copyright-url', this.copyrightUrl, localize.term('pivFooterCopyrightUrl'));
    const bare = this.links === 'bare';
    return html`<div part="base" class="base" role=${this.landmark ? 'contentinfo' : nothing}>
      <div
        part="links"
        class="links"
        role=${bare ? 'navigation' : nothing}
        aria-label=${bare ? text(this.navLabel) || localize.term('pivFooterNav') : nothing}
      >
        <slot @slotchange=${() => this.syncLinks()}></slot>
      </div>
      <a part="logo" class="logo" href=${this.url('logo-url', this.logoUrl, '/')}>${this.renderLogo(alt)}</a>
      <div part="copyright" class="copyright">
        <slot name="copyright"
          ><a class="copyright-link" href=${copyrightUrl} lang=${french ? 'fr' : nothing}>${copyright}</a></slot
        >
      </div>
    </div>`;
  }
}
