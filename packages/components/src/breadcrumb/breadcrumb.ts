import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { uniqueId } from '../internal/ids.js';
import { PART } from '../internal/part.js';
import { setAttr, syncNavLandmark } from '../internal/breadcrumb-side-nav.js';
import { breadcrumbStrings } from './breadcrumb.strings.js';
import { breadcrumbStyles } from './breadcrumb.styles.js';

/** Marks the `aria-current` the element added (the author marked no current page). */
const CURRENT_FLAG = `${PART}-current`;
/** From this many items, narrow screens show only the last two and a button for the rest. */
const COLLAPSE_FROM = 3;

/**
 * The trail of pages from the home page to the current one (APG Breadcrumb), on the author's
 * light-DOM list, so it reads right before the element upgrades and without JavaScript:
 *
 * `<qc-breadcrumb><ol><li><a href="/">Accueil</a></li>…<li><a href="…" aria-current="page">Titre</a></li></ol></qc-breadcrumb>`
 *
 * The element is the `navigation` landmark named « Fil d’Ariane » (or `label`); an author's own
 * `<nav>` around the list is used instead. The current page carries `aria-current="page"`: when
 * the author marked none, the last item is marked (its link, or the item). Separators are drawn
 * by CSS and not read.
 *
 * Below 768 px (the `sm` breakpoint), a trail of three items or more shows only the parent and the
 * current page after a « … » button named « Voir tout le fil d’Ariane » (`aria-expanded`) that shows
 * the whole trail and moves the focus to its first link; every link stays one button press away,
 * and the trail wraps at 320 px and 400 % zoom. Without JavaScript (scripting disabled) the whole
 * trail is shown.
 *
 * @summary Breadcrumb — a navigation landmark over the author's list, current page marked, compact on small screens.
 *
 * @slot - An `<ol>` of `<li>`, each with a link (the current page may be a link or text), optionally inside the author's `<nav aria-label>`.
 *
 * @cssprop --qc-color-text-link - Colour of the links.
 * @cssprop --qc-target-min-size - Minimum height of each link and of the button (24 px).
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcBreadcrumb extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [breadcrumbStyles];

  /** The landmark's name (« Fil d’Ariane » / "Breadcrumb" when absent or blank). Text only. */
  @property() label: string | null = null;

  /** The name of the narrow-screen button that shows the whole trail (« Voir tout le fil d’Ariane »). Text only. */
  @property({ attribute: 'expand-label' }) expandLabel: string | null = null;

  /** True once the user showed the whole trail on a narrow screen. */
  @state() private expanded = false;

  private readonly localize = new LocalizeController(this, breadcrumbStrings);

  constructor() {
    super();
    // Frameworks re-render the list (items added, the current page moved): follow them.
    new LightDomController(this, {
      config: { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-current'] },
      callback: () => this.requestUpdate(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcBreadcrumb);
  }

  /** The author's list (`ol`, or `ul`), in the host or its `<nav>`. */
  get list(): HTMLOListElement | HTMLUListElement | null {
    return this.querySelector(':scope > :is(ol, ul), :scope > nav > :is(ol, ul)');
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const landmark = syncNavLandmark(this, this.label?.trim() || this.localize.term('breadcrumbLabel'));
    const list = this.list;
    const items = list ? [...list.children].filter((child) => child.localName === 'li') : [];
    this.syncCurrent(list, items);
    this.syncToggle(landmark, list, items.length >= COLLAPSE_FROM);
    if (!list)
      this.warnOnce('no-list', 'the breadcrumb has no list: write <ol><li><a href="…">…</a></li>…</ol> inside it.');
  }

  /** The last item is the current page unless the author marked one. */
  private syncCurrent(list: Element | null, items: Element[]): void {
    const added = [...this.querySelectorAll(`[${CURRENT_FLAG}]`)];
    const authored = list?.querySelector(`[aria-current]:not([aria-current="false"]):not([${CURRENT_FLAG}])`);
    const last = items[items.length - 1];
    const target = authored || !last ? null : (last.querySelector('a') ?? last);
    for (const element of added) {
      if (element !== target) {
        element.removeAttribute('aria-current');
        element.removeAttribute(CURRENT_FLAG);
      }
    }
    if (target) {
      setAttr(target, 'aria-current', 'page');
      setAttr(target, CURRENT_FLAG, '');
    }
  }

  /** The « … » button before the list, while the trail is long enough to collapse. */
  private syncToggle(landmark: HTMLElement, list: HTMLElement | null, collapsible: boolean): void {
    let button = this.querySelector<HTMLButtonElement>(`button[${PART}="expand"]`);
    if (!list || !collapsible) {
      button?.remove();
      return;
    }
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.setAttribute(PART, 'expand');
      button.textContent = '…';
      button.addEventListener('click', () => this.expand());
    }
    if (!list.id) list.id = uniqueId('qc-breadcrumb-list');
    setAttr(button, 'aria-controls', list.id);
    setAttr(button, 'aria-expanded', String(this.expanded));
    setAttr(button, 'aria-label', this.expandLabel?.trim() || this.localize.term('breadcrumbExpand'));
    // First in the landmark, where the pre-upgrade styles keep its room (before an author's heading too).
    if (landmark.firstElementChild !== button) landmark.prepend(button);
  }

  /** Shows the whole trail; the button goes away, so the focus goes to the trail's first link. */
  private expand(): void {
    this.expanded = true;
    const list = this.list;
    this.updateComplete.then(() => {
      const first = list?.querySelector<HTMLElement>('a[href]');
      first?.focus();
    });
  }
}
