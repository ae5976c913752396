import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { uniqueId } from '../internal/ids.js';
import { PART } from '../internal/part.js';
import { setAttr, syncNavLandmark } from '../internal/breadcrumb-side-nav.js';
import { sideNavStrings } from './side-nav.strings.js';
import { sideNavStyles } from './side-nav.styles.js';

const LIST = ':is(ul, ol)';
const CURRENT = '[aria-current]:not([aria-current="false"])';

/** True when `element` is rendered (the narrow-screen menu button exists at every width; CSS shows it). */
const rendered = (element: Element | null): element is HTMLElement => !!element && element.getClientRects().length > 0;

/**
 * Navigation between the pages of a section, as a list of links with sub-lists (WAI-ARIA APG
 * « disclosure navigation »: links and buttons in the tab order, no arrow-key menu). The author's
 * light-DOM list is used as written, so every link reads and works before the element upgrades and
 * without JavaScript (then every sub-list is shown):
 *
 * `<qc-side-nav label="Dans cette section"><ul><li><a href="…">Page</a></li><li><a href="…">Section</a><ul><li><a aria-current="page" href="…">Sous-page</a></li></ul></li></ul></qc-side-nav>`
 *
 * - The element is the `navigation` landmark named by `label` (« Dans cette section » when absent);
 *   an author's own `<nav>` around the list is used instead.
 * - Each item with a sub-list gets a disclosure button after its link (`aria-expanded`,
 *   `aria-controls`), named « Sous-pages de {section} »; Enter or Space opens and closes it. Sections
 *   that hold the current page (`aria-current="page"`, kept from the author) start open.
 * - Below 992 px (the `md` breakpoint) the whole navigation folds into one disclosure button
 *   « Dans cette rubrique », closed at first; Escape closes it and puts the focus back on it.
 *
 * @summary Side navigation — the pages of a section, with sections that open and close; one button on small screens.
 *
 * @slot - A `<ul>` of `<li>`, each with a link and optionally a nested `<ul>`, optionally inside the author's `<nav>`.
 *
 * @cssprop --qc-color-text-link - Colour of the links.
 * @cssprop --qc-target-min-size - Minimum size of the links and buttons (24 px).
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcSideNav extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [sideNavStyles];

  /** The landmark's name (« Dans cette section » / "In this section" when absent or blank). Text only. */
  @property() label: string | null = null;

  /** The text of the narrow-screen button that holds the menu (« Dans cette rubrique » / "In this section"). Text only. */
  @property({ attribute: 'menu-label' }) menuLabel: string | null = null;

  /** The narrow-screen menu is open. */
  @state() private menuOpen = false;

  /** Open or closed, per sub-list (the author's nodes; a list a framework replaces starts afresh). */
  private readonly open = new WeakMap<Element, boolean>();
  private current: Element | null = null;
  private readonly localize = new LocalizeController(this, sideNavStrings);

  constructor() {
    super();
    // Frameworks re-render the list (items, sub-lists, the current page, link texts): follow them.
    new LightDomController(this, {
      config: {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['aria-current'],
      },
      callback: () => this.requestUpdate(),
    });
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKeyDown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcSideNav);
  }

  /** The author's top list, in the host or its `<nav>`. */
  get list(): HTMLElement | null {
    return this.querySelector(`:scope > ${LIST}, :scope > nav > ${LIST}`);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const landmark = syncNavLandmark(this, this.label?.trim() || this.localize.term('sideNavLabel'));
    const list = this.list;
    this.syncMenu(landmark, list);
    this.syncSections(list);
    if (!list)
      this.warnOnce(
        'no-list',
        'the side navigation has no list: write <ul><li><a href="…">…</a></li>…</ul> inside it.',
      );
  }

  /** The narrow-screen button before the top list (CSS shows it below the md breakpoint only). */
  private syncMenu(landmark: HTMLElement, list: HTMLElement | null): void {
    let button = this.querySelector<HTMLButtonElement>(`button[${PART}="menu"]`);
    if (!list) {
      button?.remove();
      return;
    }
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.setAttribute(PART, 'menu');
    }
    if (!list.id) list.id = uniqueId('qc-side-nav-list');
    setAttr(button, 'aria-controls', list.id);
    setAttr(button, 'aria-expanded', String(this.menuOpen));
    const text = this.menuLabel?.trim() || this.localize.term('sideNavMenu');
    if (button.textContent !== text) button.textContent = text;
    // First in the landmark, where the pre-upgrade styles keep its room (before an author's heading too).
    if (landmark.firstElementChild !== button) landmark.prepend(button);
  }

  /** One disclosure button per item with a sub-list, between its link and the sub-list. */
  private syncSections(list: HTMLElement | null): void {
    const current = list?.querySelector(CURRENT) ?? null;
    const currentMoved = current !== this.current;
    this.current = current;
    const wanted = new Set<HTMLButtonElement>();
    for (const sub of list ? list.querySelectorAll<HTMLElement>(`li > ${LIST}`) : []) {
      const item = sub.parentElement!;
      if (!this.open.has(sub) || (currentMoved && current && sub.contains(current))) {
        this.open.set(sub, !!current && sub.contains(current));
      }
      let button = sub.previousElementSibling;
      if (!(button instanceof HTMLButtonElement && button.getAttribute(PART) === 'toggle')) {
        button = document.createElement('button');
        (button as HTMLButtonElement).type = 'button';
        button.setAttribute(PART, 'toggle');
        button.append(document.createElement('span'));
        item.insertBefore(button, sub);
      }
      const toggle = button as HTMLButtonElement;
      wanted.add(toggle);
      if (!sub.id) sub.id = uniqueId('qc-side-nav-section');
      setAttr(toggle, 'aria-controls', sub.id);
      setAttr(toggle, 'aria-expanded', String(this.open.get(sub)));
      const link = [...item.children].find((child) => child.localName === 'a');
      const name = this.localize.term('sideNavSection', (link?.textContent ?? '').replace(/\s+/g, ' ').trim());
      const span = toggle.firstElementChild ?? toggle.appendChild(document.createElement('span'));
      if (span.textContent !== name) span.textContent = name;
    }
    for (const stale of this.querySelectorAll<HTMLButtonElement>(`button[${PART}="toggle"]`)) {
      if (!wanted.has(stale)) stale.remove();
    }
  }

  private readonly onClick = (event: MouseEvent): void => {
    const button = event.target instanceof Element ? event.target.closest(`button[${PART}]`) : null;
    if (!button || !this.contains(button)) return;
    if (button.getAttribute(PART) === 'menu') {
      this.menuOpen = !this.menuOpen;
    } else if (button.getAttribute(PART) === 'toggle') {
      const sub = button.nextElementSibling;
      if (sub) this.open.set(sub, !this.open.get(sub));
      this.requestUpdate();
    }
  };

  /** Escape closes the narrow-screen menu and puts the focus back on its button. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.isComposing || !this.menuOpen) return;
    const button = this.querySelector<HTMLButtonElement>(`button[${PART}="menu"]`);
    if (!rendered(button)) return;
    event.preventDefault();
    this.menuOpen = false;
    button.focus();
  };
}
