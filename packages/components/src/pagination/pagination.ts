import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { paginationStrings } from './pagination.strings.js';
import { paginationStyles } from './pagination.styles.js';
import { pageItems, type PageItem } from './window.js';

/** Detail of `qc-page-change`: the page the user asked for (1-based). */
export interface PageChangeDetail {
  page: number;
}

type ControlKind = 'previous' | 'next' | 'page';

const PLACEHOLDER = '{page}';

/** A whole number written in an attribute or set as a property; NaN when it is not one. */
const wholeNumber = (value: unknown): number => {
  const number = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(number) ? number : NaN;
};

/** True for an address the browser would follow as http(s): relative ones resolve against the page. */
function isWebAddress(href: string): boolean {
  try {
    const { protocol } = new URL(href, document.baseURI);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** `url` with `page={page}` added to its query (before any fragment). */
function withPageQuery(url: string): string {
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const separator = !path.includes('?') ? '?' : /[?&]$/.test(path) ? '' : '&';
  return `${path}${separator}page=${PLACEHOLDER}${fragment}`;
}

/**
 * Navigation between the pages of a list (search results, news): a `nav` landmark named
 * « Pagination », previous and next pages, the first and last pages, the current page and its
 * neighbours, with ellipses (hidden from assistive technologies) for the pages left out.
 *
 * With `url`, every page is a real link (`url="?page={page}"`): the server renders each page, and
 * the links work in new tabs and without further script. Without `url`, pages are buttons: the
 * element fires `qc-page-change` and, unless the event is cancelled, shows the new page as current;
 * the keyboard focus stays on the page the user chose (or on « Page suivante » while there is one).
 *
 * Previous and next are left out on the first and last pages (as GOV.UK does) rather than shown
 * disabled: a disabled link is not focusable and says nothing useful. On narrow widths (the element's
 * own width, a container query), previous and next show only their chevron and fewer numbers are
 * shown, so the list never scrolls sideways at 320 px.
 *
 * @summary Pagination — links or buttons to the pages of a list, current page marked.
 *
 * @csspart base - The `nav` landmark.
 * @csspart list - The list of pages.
 * @csspart control - Each link or button (pages, previous, next).
 * @csspart current - The current page's link or button.
 * @csspart previous - The previous page's link or button.
 * @csspart next - The next page's link or button.
 * @csspart ellipsis - An ellipsis standing for pages left out.
 *
 * @cssprop --qc-pagination-item-size - Minimum side of a page number (at least the 24 px target size).
 * @cssprop --qc-pagination-gap - Space between the items.
 *
 * @event {CustomEvent<{ page: number }>} qc-page-change - Button mode only: the user chose another page. Cancelable; unless cancelled, `current-page` becomes `detail.page`.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcPagination extends QcElement {
  static override styles = paginationStyles;

  /**
   * The number of pages. Below 2 no pagination is shown (0 is normal: no results). A negative or
   * non-whole value shows none either, with a console warning.
   */
  @property({ attribute: 'total-pages', type: Number }) totalPages = 1;

  /**
   * The current page, from 1. Updated by the element when the user chooses a page in button mode.
   * A value below 1 or not a whole number falls back to 1, and one above `total-pages` to the
   * last page, with a console warning.
   */
  @property({ attribute: 'current-page', type: Number, reflect: true }) currentPage = 1;

  /**
   * The address of a page, with `{page}` where its number goes: `?page={page}`,
   * `/resultats/page-{page}`. Pages are then links. Without `{page}`, `page={page}` is added to the
   * query, with a warning. Only http(s) and relative addresses are used: any other (`javascript:`)
   * is ignored with a warning and pages are buttons. Absent: buttons firing `qc-page-change`.
   */
  @property() url: string | null = null;

  /**
   * Replaces the name of the navigation (« Pagination ») for this element, e.g. « Pages des
   * résultats » when the page has several. Rendered as text; absent or blank keeps the built-in name.
   */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, paginationStrings);

  // Derived once per change of the attributes (in willUpdate), with their warnings.
  private total = 0;
  private current = 1;
  private pattern: string | null = null;
  /** What the user activated in button mode, to keep the focus on it after the update. */
  private focusAfterUpdate: ControlKind | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('totalPages') || changed.has('currentPage')) {
      const total = wholeNumber(this.totalPages);
      if (Number.isNaN(total) || total < 0) {
        this.warnOnce(
          `total:${String(this.totalPages)}`,
          `invalid total-pages="${String(this.totalPages)}"; expected a whole number of pages. Showing no pagination.`,
        );
      }
      this.total = Number.isNaN(total) ? 0 : Math.max(0, total);
      const current = wholeNumber(this.currentPage);
      if (Number.isNaN(current) || current < 1) {
        this.warnOnce(
          `current:${String(this.currentPage)}`,
          `invalid current-page="${String(this.currentPage)}"; expected a page number from 1. Using 1.`,
        );
        this.current = 1;
      } else if (this.total >= 1 && current > this.total) {
        this.warnOnce(
          `current:${current}>${this.total}`,
          `current-page="${current}" is past total-pages="${this.total}"; showing the last page as current.`,
        );
        this.current = this.total;
      } else {
        this.current = current;
      }
    }
    if (changed.has('url')) this.pattern = this.resolvePattern();
  }

  /** The link pattern in use, or null for button mode. */
  private resolvePattern(): string | null {
    const url = this.url?.trim();
    if (!url) return null;
    let pattern = url;
    if (!url.includes(PLACEHOLDER)) {
      pattern = withPageQuery(url);
      this.warnOnce(
        `url-placeholder:${url}`,
        `url="${url}" has no {page}; using "${pattern}". Put {page} where the page number goes.`,
      );
    }
    if (!isWebAddress(pattern.replaceAll(PLACEHOLDER, '1'))) {
      this.warnOnce(
        `url-unsafe:${url}`,
        `url="${url}" is not an http(s) or relative address and is ignored; pages are buttons firing qc-page-change.`,
      );
      return null;
    }
    return pattern;
  }

  override render() {
    const total = this.total;
    if (total < 2) return nothing;
    const current = this.current;
    const label = this.label?.trim() || this.localize.term('paginationLabel');
    // prettier-ignore
    return html`<nav part="base" class="base" aria-label=${label}
      ><ul part="list" class="list"
        >${current > 1 ? html`<li class="item">${this.control('previous', current - 1)}</li>` : nothing}${repeat(
          pageItems(current, total),
          (item, index) => (item.kind === 'page' ? `p${item.page}` : `g${index}`),
          (item) => this.item(item),
        )}${current < total ? html`<li class="item">${this.control('next', current + 1)}</li>` : nothing}</ul
      ></nav
    >`;
  }

  private item(item: PageItem): TemplateResult {
    if (item.kind === 'gap') {
      const layout = item.wideOnly ? 'wide-only' : item.narrowOnly ? 'narrow-only' : '';
      // Hidden from assistive technologies: the page names around it already tell what is left out.
      return html`<li part="ellipsis" class="gap ${layout}" aria-hidden="true">…</li>`;
    }
    return html`<li class="item ${item.wideOnly ? 'wide-only' : ''}">${this.control('page', item.page)}</li>`;
  }

  private control(kind: ControlKind, page: number): TemplateResult {
    const isCurrent = kind === 'page' && page === this.current;
    const part = kind === 'page' ? (isCurrent ? 'control current' : 'control') : `control ${kind}`;
    // Numbers are named « Page 3 » (bare numbers mean nothing to a screen reader user); the current
    // one « Page 3 sur 10 ». The visible number is part of the name (WCAG 2.5.3).
    const name =
      kind === 'page'
        ? isCurrent
          ? this.localize.term('paginationCurrent', page, this.total)
          : this.localize.term('paginationPage', page)
        : undefined;
    const content =
      kind === 'page'
        ? String(page)
        : html`<span class="chevron" aria-hidden="true"></span
            ><span class="text"
              >${this.localize.term(kind === 'previous' ? 'paginationPrevious' : 'paginationNext')}</span
            >`;
    const current = isCurrent ? 'page' : nothing;
    const classes = `control ${kind}`;
    if (this.pattern !== null) {
      const href = this.pattern.replaceAll(PLACEHOLDER, String(page));
      const rel = kind === 'page' ? nothing : kind === 'previous' ? 'prev' : 'next';
      return html`<a
        part=${part}
        class=${classes}
        href=${href}
        rel=${rel}
        aria-current=${current}
        aria-label=${name ?? nothing}
        >${content}</a
      >`;
    }
    return html`<button
      type="button"
      part=${part}
      class=${classes}
      data-kind=${kind}
      data-page=${page}
      aria-current=${current}
      aria-label=${name ?? nothing}
      @click=${this.handleActivate}
    >
      ${content}
    </button>`;
  }

  private readonly handleActivate = (event: Event): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const page = Number(button.dataset.page);
    const kind = button.dataset.kind as ControlKind;
    if (page === this.current) return;
    const change = new CustomEvent<PageChangeDetail>('qc-page-change', {
      detail: { page },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(change)) return;
    this.currentPage = page;
    this.focusAfterUpdate = kind;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const kind = this.focusAfterUpdate;
    if (!kind) return;
    this.focusAfterUpdate = undefined;
    // Previous or next while it still exists; otherwise (a number, or the last page reached) the
    // new current page: the focus is never dropped to <body>.
    const root = this.renderRoot as ShadowRoot;
    const target =
      (kind !== 'page' && root.querySelector<HTMLElement>(`[data-kind="${kind}"]`)) ||
      root.querySelector<HTMLElement>('[aria-current="page"]');
    target?.focus();
  }
}
