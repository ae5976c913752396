import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { booleanConverter } from '../internal/converters.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { LocalizeController } from '../internal/localize.js';
import { QcElement } from '../internal/qc-element.js';
import { renderSignature, signatureWhite } from '../internal/signature/signature.js';
import { focusSkipTarget, skipTarget } from '../internal/skip-to.js';
import { pivHeaderStrings, type PivHeaderTermKey } from './piv-header.strings.js';
import { pivHeaderLightStyles, pivHeaderStyles } from './piv-header.styles.js';

/** `go-to-content` is true by default: only `"false"` turns it off, and removing the attribute restores it. */
const trueByDefault = {
  fromAttribute: (value: string | null): boolean => value === null || booleanConverter.fromAttribute!(value, Boolean),
  toAttribute: (value: boolean): string | null => (value ? null : 'false'),
};

/** What a focused search zone yields first when the search opens (qc-search-bar's input included). */
const FIELD = 'input:not([type="hidden"]), textarea, select';

/** Attribute text, trimmed; null and non-strings never throw. */
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/**
 * A `<header>` (scoped to the body) or an element with role banner around `el`: the page already
 * has the banner landmark, so the header must not add a second one.
 */
function insideBanner(el: Element): boolean {
  const banner = el.parentElement?.closest('header, [role="banner"]');
  if (!banner) return false;
  if (banner.localName !== 'header') return true;
  // A <header> inside a sectioning element or main is not a banner (HTML-AAM).
  return !banner.parentElement?.closest('main, article, aside, nav, section, [role="main"]');
}

/**
 * The Québec government's identification band (PIV): the skip link, the white signature linking to
 * the site's home, the site's or service's name, the utility links (other language, « Nous joindre »)
 * and an optional search zone behind a disclosure button. The band is PIV blue with white text in
 * every theme.
 *
 * It is the page's `banner` landmark, unless the author already wrapped it in a `<header>` (or an
 * element with `role="banner"`): there is one banner either way.
 *
 * Everything a citizen reads can be written in the light DOM (slots `go-to-content`, `signature`,
 * `title`, `links`, `search-zone`), so the page shows the government's name, every link and the
 * skip link before the element upgrades and without JavaScript; `@qc-ds/styles` (`elements.css`)
 * lays that content out as the upgraded header does. Markup written for the incumbent toolkit
 * (attributes only) keeps working: the element then renders those parts itself.
 *
 * @summary Bandeau PIV — the government identification band: skip link, signature, site name, utility links, search.
 *
 * @slot go-to-content - Replaces the built-in skip link: `<a slot="go-to-content" href="#main">Passer au contenu</a>`. Visually hidden until focused; moves the focus to its target.
 * @slot signature - Replaces the built-in signature link: `<a slot="signature" href="https://www.quebec.ca/"><img src="…/QUEBEC_blanc.svg" alt="Gouvernement du Québec — accueil" width="200" height="40"></a>`.
 * @slot title - Replaces `title-text`: the site's or service's name, a link (`<a slot="title" href="/">`) or a `<span slot="title">`. Not a heading.
 * @slot links - Replaces the built-in utility links: `<nav slot="links" aria-label="…"><ul><li><a …>`.
 * @slot search-zone - The search form (`<form slot="search-zone">` holding `<qc-search-bar>`), shown by the search button or `show-search`.
 *
 * @csspart base - The band (the banner landmark when the page has none).
 * @csspart skip-link - The built-in skip link.
 * @csspart signature-link - The built-in link around the signature.
 * @csspart title - The built-in site name (link or text).
 * @csspart links - The built-in utility links `nav`.
 * @csspart search-toggle - The button that shows and hides the search zone.
 * @csspart search-zone - The zone holding the `search-zone` slot.
 *
 * @cssprop --qc-piv-header-background - The band's colour (PIV blue in every theme).
 * @cssprop --qc-piv-header-text - Text, links and signature colour (white).
 * @cssprop --qc-piv-header-focus-ring - Focus ring colour on the band (3:1 against it).
 * @cssprop --qc-piv-header-top-row-min-height - Height of the top row (72 px).
 * @cssprop --qc-piv-header-signature-column - Width of the signature column from 768 px (264 px).
 *
 * @event {CustomEvent<{ open: boolean }>} qc-search-toggle - The search zone was shown or hidden by the user. `detail: { open: boolean }`.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcPivHeader extends QcElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [pivHeaderLightStyles];

  static override styles = pivHeaderStyles;

  /** Address of the signature link (the site's home). Default `/`. */
  @property({ attribute: 'logo-url' }) logoUrl = '/';

  /**
   * Address of a signature image to show instead of the built-in one (inline, white, no request).
   * Use the white signature (`QUEBEC_blanc.svg`, shipped in `@qc-ds/components/assets/`).
   */
  @property({ attribute: 'logo-src' }) logoSrc = '';

  /**
   * Name of the signature link, which should say where it goes. Default « Gouvernement du Québec — accueil » /
   * "Government of Québec — home". Rendered as text.
   */
  @property({ attribute: 'logo-alt' }) logoAlt = '';

  /**
   * Deprecated alias of `logo-alt`, kept because the incumbent's documentation used it (the incumbent
   * ignored it). `logo-alt` wins when both are set.
   * @deprecated Use `logo-alt`.
   */
  @property({ attribute: 'alt-logo' }) altLogo = '';

  /** The site's or service's name, shown next to the signature (on its own row below 768 px). Rendered as text. */
  @property({ attribute: 'title-text' }) titleText = '';

  /** Address of the site's name link. Default `/`; empty makes the name plain text (never a heading). */
  @property({ attribute: 'title-url' }) titleUrl = '/';

  /** Name of the utility links `nav`. Default « Liens utilitaires » / "Utility links". */
  @property({ attribute: 'links-label' }) linksLabel = '';

  /** Text of the language link. Default: the other language's name in that language, « English » or « Français ». */
  @property({ attribute: 'alt-language-text' }) altLanguageText = '';

  /** Address of the same page in the other language. Empty: no language link. */
  @property({ attribute: 'alt-language-url' }) altLanguageUrl = '';

  /** Text of the contact link. Default « Nous joindre » / "Contact us". */
  @property({ attribute: 'join-us-text' }) joinUsText = '';

  /** Address of the contact page. Empty: no contact link. */
  @property({ attribute: 'join-us-url' }) joinUsUrl = '';

  /** Shows the built-in skip link (default true; `go-to-content="false"` removes it). */
  @property({ attribute: 'go-to-content', converter: trueByDefault }) goToContent = true;

  /** Target of the skip link: `#id` of the page's main content. Default `#main`. */
  @property({ attribute: 'go-to-content-anchor' }) goToContentAnchor = '#main';

  /** Text of the skip link. Default « Passer au contenu » / "Skip to content". */
  @property({ attribute: 'go-to-content-text' }) goToContentText = '';

  /** Name of the search button while the search is hidden. Default « Afficher la recherche » / "Show search". */
  @property({ attribute: 'display-search-text' }) displaySearchText = '';

  /** Name of the search button while the search is shown. Default « Masquer la recherche » / "Hide search". */
  @property({ attribute: 'hide-search-text' }) hideSearchText = '';

  /** Spans the whole width of the page instead of the centred container. */
  @property({ attribute: 'full-width', type: Boolean, converter: booleanConverter }) fullWidth = false;

  /** Shows the search button, which shows and hides the `search-zone` slot. */
  @property({ attribute: 'enable-search', type: Boolean, converter: booleanConverter }) enableSearch = false;

  /** Shows the search zone from the start (and the search button). */
  @property({ attribute: 'show-search', type: Boolean, converter: booleanConverter }) showSearch = false;

  /** Whether the search zone is shown. */
  @state() private open = false;

  /** Whether the page already wraps the element in a banner landmark. */
  @state() private wrapped = false;

  private readonly localize = new LocalizeController(this, pivHeaderStrings);

  constructor() {
    super();
    // On the host: the skip link may be the built-in one or slotted light DOM.
    this.addEventListener('click', this.handleSkipClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcPivHeader);
    this.wrapped = insideBanner(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('showSearch')) this.open = this.showSearch;
    if (changed.has('titleText')) this.warnAboutMarkup('title-text', this.titleText);
    if (changed.has('logoAlt')) this.warnAboutMarkup('logo-alt', this.logoAlt);
    if (changed.has('altLogo') && text(this.altLogo) && !text(this.logoAlt)) {
      this.warnOnce('alt-logo', 'alt-logo is not an attribute of the header; use logo-alt (taken as its alias).');
    }
  }

  protected override firstUpdated(): void {
    // The target usually comes after the header in the page: look once the page is parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.checkSkipTarget(), { once: true });
    } else {
      this.checkSkipTarget();
    }
  }

  /** Term `key`, unless the author gave `own` (an attribute). */
  private term(own: string, key: PivHeaderTermKey): string {
    return text(own) || this.localize.term(key);
  }

  private warnAboutMarkup(attribute: string, value: string): void {
    if (!/<[a-z!/?]/i.test(value)) return;
    this.warnOnce(
      `markup:${attribute}`,
      `${attribute} is shown as text, not HTML; use the element's slots for markup.`,
    );
  }

  private get builtInSkipLink(): boolean {
    // Its light DOM is not known on the server (nor, for the same render, on hydration).
    return this.goToContent && (this.serverView || !this.querySelector(':scope > [slot="go-to-content"]'));
  }

  /** Dev warning when the built-in skip link points at nothing (WCAG 2.4.1 would fail silently). */
  private checkSkipTarget(): void {
    if (!this.isConnected || !this.builtInSkipLink) return;
    if (skipTarget(this.goToContentAnchor)) return;
    this.warnOnce(
      `skip-target:${this.goToContentAnchor}`,
      `go-to-content-anchor="${this.goToContentAnchor}" points at no element of the page; the skip link leads nowhere. Give the main content that id (<main id="main">).`,
    );
  }

  /** The skip link (built-in or slotted) also moves the keyboard focus to its target. */
  private readonly handleSkipClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const skip = this.renderRoot.querySelector('.skip');
    if (!skip || !path.includes(skip)) return;
    const link = path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link) return;
    const target = skipTarget(link.getAttribute('href'));
    if (target) {
      focusSkipTarget(target);
    } else {
      this.warnOnce(
        `skip-target:${link.getAttribute('href') ?? ''}`,
        `the skip link's href="${link.getAttribute('href') ?? ''}" points at no element of the page.`,
      );
    }
  };

  private get searchToggle(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.search-toggle');
  }

  /** The first field of the search zone (qc-search-bar's input once it has upgraded). */
  private get searchField(): HTMLElement | null {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="search-zone"]');
    for (const element of slot?.assignedElements({ flatten: true }) ?? []) {
      const field = element.matches(FIELD) ? element : element.querySelector(FIELD);
      if (field instanceof HTMLElement) return field;
    }
    return null;
  }

  private async setOpen(open: boolean, focus: 'field' | 'toggle'): Promise<void> {
    if (this.open === open) return;
    this.open = open;
    await this.updateComplete;
    if (focus === 'field') this.searchField?.focus();
    else this.searchToggle?.focus();
    this.dispatchEvent(new CustomEvent('qc-search-toggle', { bubbles: true, composed: true, detail: { open } }));
  }

  private readonly handleToggleClick = (): void => {
    void this.setOpen(!this.open, this.open ? 'toggle' : 'field');
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open || event.defaultPrevented) return;
    // Only from the search zone or its button: Escape elsewhere in the band is not about the search.
    const zone = this.renderRoot.querySelector('.search-zone');
    const path = event.composedPath();
    if (!path.includes(zone!) && !path.includes(this.searchToggle!)) return;
    event.preventDefault();
    void this.setOpen(false, 'toggle');
  };

  private renderSignatureLink() {
    const label = text(this.logoAlt) || this.term(this.altLogo, 'pivHeaderSignature');
    const src = text(this.logoSrc);
    // prettier-ignore
    return html`<a part="signature-link" class="signature-link" href=${text(this.logoUrl) || '/'}
      >${src
        ? html`<img src=${src} alt=${label} width=${signatureWhite.width} height=${signatureWhite.height} />`
        : renderSignature(signatureWhite, label)}</a
    >`;
  }

  private renderTitle() {
    const title = text(this.titleText);
    if (!title) return nothing;
    const url = text(this.titleUrl);
    return url
      ? html`<a part="title" class="title-text" href=${url}>${title}</a>`
      : html`<span part="title" class="title-text">${title}</span>`;
  }

  private renderLinks() {
    const languageUrl = text(this.altLanguageUrl);
    const joinUsUrl = text(this.joinUsUrl);
    if (!languageUrl && !joinUsUrl) return nothing;
    // The link leads to the other language and reads in it: `lang` for the voice, `hreflang` for the target.
    const other = this.localize.language === 'fr' ? 'en' : 'fr';
    return html`<nav part="links" class="links" aria-label=${this.term(this.linksLabel, 'pivHeaderLinks')}>
      <ul>
        ${
          languageUrl
            ? html`<li>
                <a href=${languageUrl} lang=${other} hreflang=${other}
                  >${this.term(this.altLanguageText, 'pivHeaderAltLanguage')}</a
                >
              </li>`
            : nothing
        }
        ${
          joinUsUrl ? html`<li><a href=${joinUsUrl}>${this.term(this.joinUsText, 'pivHeaderJoinUs')}</a></li>` : nothing
        }
      </ul>
    </nav>`;
  }

  private renderSearchToggle() {
    if (!this.enableSearch && !this.showSearch) return nothing;
    const name = this.open
      ? this.term(this.hideSearchText, 'pivHeaderHideSearch')
      : this.term(this.displaySearchText, 'pivHeaderShowSearch');
    return html`<button
      part="search-toggle"
      class="search-toggle"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="search-zone"
      @click=${this.handleToggleClick}
    >
      <svg class="search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5"></circle>
        <path d="m15.5 15.5 5 5"></path>
      </svg>
      <span class="visually-hidden">${name}</span>
    </button>`;
  }

  override render() {
    const skipText = this.term(this.goToContentText, 'pivHeaderSkip');
    // prettier-ignore
    return html`<div
      part="base"
      class="base ${this.fullWidth ? 'full-width' : ''}"
      role=${this.wrapped ? nothing : 'banner'}
      @keydown=${this.handleKeydown}
    >
      <div class="skip">
        <slot name="go-to-content"
          >${this.goToContent
            ? html`<a part="skip-link" class="skip-link" href=${text(this.goToContentAnchor) || '#main'}>${skipText}</a>`
            : nothing}</slot
        >
      </div>
      <div class="signature"><slot name="signature">${this.renderSignatureLink()}</slot></div>
      <div class="title"><slot name="title">${this.renderTitle()}</slot></div>
      <div class="actions">
        ${this.renderSearchToggle()}
        <div class="links-zone"><slot name="links">${this.renderLinks()}</slot></div>
      </div>
      <div id="search-zone" part="search-zone" class="search-zone" ?hidden=${!this.open}>
        <slot name="search-zone"></slot>
      </div>
    </div>`;
  }
}
