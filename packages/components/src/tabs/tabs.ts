import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { FocusGroupController } from '../internal/controllers/focus-group.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { uniqueId } from '../internal/ids.js';
import { PART } from '../internal/part.js';
import { setAttr } from '../internal/breadcrumb-side-nav.js';
import { tabsStrings } from './tabs.strings.js';
import { tabsStyles } from './tabs.styles.js';

/** The values `activation` accepts; the first is the default. */
export const tabsActivations = ['auto', 'manual'] as const;
export type TabsActivation = (typeof tabsActivations)[number];

/** `detail` of `qc-tab-show`: the id of the section now shown. */
export interface TabShowDetail {
  id: string;
}

/** Marks the heading of a section that its tab now shows (visually hidden while enhanced, still a heading). */
const HEADING_FLAG = `${PART}-tab-heading`;
const HEADING = 'h1, h2, h3, h4, h5, h6';
/** What takes focus in a panel; a panel without any is itself focusable (APG). */
const FOCUSABLE =
  'a[href], area[href], button:not(:disabled), input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled), iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The id `location.hash` names ('' when none or malformed). */
function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * Tabs (WAI-ARIA APG), built on the author's light-DOM sections, so the page reads as a list of
 * sections with headings, in order, before the element upgrades and without JavaScript:
 *
 * `<qc-tabs label="Votre dossier"><section id="resume"><h2>Résumé</h2>…</section><section id="documents"><h2>Documents</h2>…</section></qc-tabs>`
 *
 * - The element inserts, before the first section, a `tablist` named by `label` holding one
 *   `<button role="tab">` per section, whose text is the section's first heading. All in light DOM, so
 *   `aria-controls` and `aria-labelledby` stay in one tree. Sections become `tabpanel`s named by their
 *   tab; unselected ones are `hidden`. The heading in each panel is visually hidden (its tab shows it)
 *   but stays a heading. A panel holding nothing focusable gets `tabindex="0"`.
 * - Keyboard: one tab stop on the selected tab, then Tab goes into the panel; ←/→ move between tabs
 *   (wrapping), Home/End to the first/last. `activation="auto"` (default) shows a tab's section as it
 *   gets focus; `manual` waits for Enter or Space.
 * - `location.hash` naming a section, or an element in one, selects it on load and on `hashchange`
 *   (the tab then takes focus, or the element is scrolled into view). When the page's hash names one of
 *   the sections, choosing another tab replaces the hash (no history entry, no page jump), so links to a
 *   section keep working; otherwise the URL is left alone (hash routers are safe).
 * - Sections a framework adds, removes or re-renders are followed; the selection is kept while its
 *   section (by id) remains, else the section in its place is selected.
 *
 * @summary Tabs — one section at a time, from the author's sections and their headings.
 *
 * @slot - `<section>` elements, each with an `id` (to link to it) and a heading (its tab's text).
 *
 * @event {CustomEvent<TabShowDetail>} qc-tab-show - A user chose a tab (click, keys or a link to a section). `detail: { id }`, the section's id.
 *
 * @cssprop --qc-color-text-link - Colour of the unselected tabs.
 * @cssprop --qc-target-min-size - Minimum height of each tab (24 px).
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcTabs extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [tabsStyles];

  /** The tab list's name for assistive technologies (missing: « Sommaire » / "Contents" and a dev warning). Text only. */
  @property() label: string | null = null;

  /** `auto` (default): a tab shows its section when it gets focus; `manual`: on Enter, Space or click. */
  @property() activation: TabsActivation = 'auto';

  /** The id of the selected section (reflects). Unknown ids select the first section, with a dev warning. */
  @property({ reflect: true }) selected = '';

  private readonly tabOf = new WeakMap<Element, HTMLButtonElement>();
  /** Section ids at the last update: the place of a selected section a framework removes. */
  private ids: string[] = [];
  private hashRead = false;
  private readonly localize = new LocalizeController(this, tabsStrings);
  private readonly roving = new FocusGroupController(this, { items: () => this.tabs, orientation: 'horizontal' });

  constructor() {
    super();
    // Frameworks add, remove and re-render sections and headings: follow them (not our tab list).
    new LightDomController(this, {
      config: { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['id'] },
      callback: (records) => {
        if (records.some((record) => !this.tablist?.contains(record.target))) this.requestUpdate();
      },
    });
    this.addEventListener('click', this.onClick);
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcTabs);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The author's sections, in order. */
  get sections(): HTMLElement[] {
    return [...this.children].filter((child): child is HTMLElement => child.localName === 'section');
  }

  private get tablist(): HTMLElement | null {
    return this.querySelector(`:scope > [${PART}="tablist"]`);
  }

  private get tabs(): HTMLButtonElement[] {
    return [...(this.tablist?.children ?? [])].filter((tab): tab is HTMLButtonElement => tab.localName === 'button');
  }

  /** Picks the selected section before `selected` reflects: the hash at first, else the id, else a neighbour. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const sections = this.sections;
    for (const section of sections) if (!section.id) section.id = uniqueId('qc-tabs-section');
    // The hash is read once, when there are sections (a framework may add them after the first update).
    const fromHash = this.hashRead ? undefined : this.sectionFor(hashId());
    this.hashRead ||= sections.length > 0;
    let chosen = fromHash ?? sections.find((section) => section.id === this.selected);
    if (!chosen && sections.length) {
      const place = this.ids.indexOf(this.selected);
      if (place >= 0) chosen = sections[Math.min(place, sections.length - 1)];
      else if (this.selected)
        this.warnOnce(`selected:${this.selected}`, `no section has id="${this.selected}"; selecting the first.`);
    }
    chosen ??= sections[0];
    // No section yet: `selected` waits for them.
    if (chosen) this.selected = chosen.id;
    this.ids = sections.map((section) => section.id);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const sections = this.sections;
    let tablist = this.tablist;
    if (!sections.length) {
      tablist?.remove();
      this.warnOnce('no-sections', 'no <section> inside: write <section id="…"><h2>…</h2>…</section> for each tab.');
      return;
    }
    if (!tablist) {
      tablist = document.createElement('div');
      tablist.setAttribute(PART, 'tablist');
      tablist.setAttribute('role', 'tablist');
    }
    if (tablist.nextElementSibling !== sections[0]) this.insertBefore(tablist, sections[0]!);
    const label = this.label?.trim();
    if (!label) this.warnOnce('no-label', 'no label: name the tab list with label="…" (« Sommaire » is used).');
    setAttr(tablist, 'aria-label', label || this.localize.term('tabsLabel'));
    this.validEnum('activation', this.activation, tabsActivations, 'auto');
    const tabs = sections.map((section, index) => this.syncSection(section, index));
    // Only the tabs out of place move (a moved node loses focus): a section added keeps the focus where it is.
    tabs.forEach((tab, index) => {
      const there = tablist.children[index];
      if (there !== tab) tablist.insertBefore(tab, there ?? null);
    });
    while (tablist.children.length > tabs.length) tablist.lastElementChild!.remove();
    const selectedTab = tabs[sections.findIndex((section) => section.id === this.selected)];
    if (selectedTab && !tablist.contains(document.activeElement)) this.roving.active = selectedTab;
  }

  /** A section as a tab panel, and its tab (reused from one update to the next). */
  private syncSection(section: HTMLElement, index: number): HTMLButtonElement {
    let tab = this.tabOf.get(section);
    if (!tab) {
      tab = document.createElement('button');
      tab.type = 'button';
      tab.id = uniqueId('qc-tabs-tab');
      tab.setAttribute('role', 'tab');
      tab.setAttribute(PART, 'tab');
      this.tabOf.set(section, tab);
    }
    const heading = section.querySelector(HEADING);
    for (const flagged of section.querySelectorAll(`[${HEADING_FLAG}]`)) {
      // Headings of tabs nested in this section are theirs to mark.
      if (flagged !== heading && flagged.closest('qc-tabs') === this) flagged.removeAttribute(HEADING_FLAG);
    }
    let name = text(heading);
    if (heading) setAttr(heading, HEADING_FLAG, '');
    if (!name) {
      this.warnOnce(`no-heading:${section.id}`, `section #${section.id} has no heading: its tab is named by position.`);
      name = section.getAttribute('aria-label')?.trim() || this.localize.term('tabsUntitled', index + 1);
    }
    if (tab.textContent !== name) tab.textContent = name;
    const selected = section.id === this.selected;
    setAttr(tab, 'aria-selected', String(selected));
    setAttr(tab, 'aria-controls', section.id);
    setAttr(section, 'role', 'tabpanel');
    setAttr(section, 'aria-labelledby', tab.id);
    setAttr(section, 'tabindex', section.querySelector(FOCUSABLE) ? null : '0');
    if (section.hidden === selected) section.hidden = !selected;
    return tab;
  }

  /** The section `id` names, or holds the element `id` names. */
  private sectionFor(id: string): HTMLElement | undefined {
    if (!id) return undefined;
    return this.sections.find((section) => section.id === id || section.querySelector(`#${CSS.escape(id)}`));
  }

  /** Selects `section` for the user: the event, and the hash when it named one of the sections. */
  private show(section: HTMLElement): void {
    if (section.id === this.selected) return;
    if (this.sectionFor(hashId())) history.replaceState(history.state, '', `#${section.id}`);
    this.selected = section.id;
    this.dispatchEvent(
      new CustomEvent<TabShowDetail>('qc-tab-show', { detail: { id: section.id }, bubbles: true, composed: true }),
    );
  }

  private sectionOf(target: EventTarget | null): HTMLElement | undefined {
    const tab = target instanceof Element ? target.closest(`[${PART}="tab"]`) : null;
    if (!tab || tab.parentElement !== this.tablist) return undefined;
    return this.sections.find((section) => section.id === tab.getAttribute('aria-controls'));
  }

  private readonly onClick = (event: MouseEvent): void => {
    const section = this.sectionOf(event.target);
    if (section) this.show(section);
  };

  /** Automatic activation: the tab that gets focus (arrows, Home, End) shows its section. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    if (this.validEnum('activation', this.activation, tabsActivations, 'auto') !== 'auto') return;
    const section = this.sectionOf(event.target);
    if (section) this.show(section);
  };

  /** Leaving the list (manual activation) puts the tab stop back on the selected tab. */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const tablist = this.tablist;
    if (!tablist || tablist.contains(event.relatedTarget as Node | null)) return;
    const selected = this.tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
    if (selected) this.roving.active = selected;
  };

  /** A link to a section (or into one) shows it: the tab takes focus, or the element scrolls into view. */
  private readonly onHashChange = (): void => {
    const id = hashId();
    const section = this.sectionFor(id);
    if (!section || section.id === this.selected) return;
    this.show(section);
    void this.updateComplete.then(() => {
      if (section.id === id) this.tabOf.get(section)?.focus();
      else section.querySelector(`#${CSS.escape(id)}`)?.scrollIntoView();
    });
  };
}
