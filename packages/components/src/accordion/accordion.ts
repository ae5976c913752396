import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { booleanConverter } from '../internal/converters.js';
import chevronGlyph from '../icon/icons/chevron-up.js';
import { accordionHeadingLevel, type QcAccordionItem } from '../accordion-item/accordion-item.js';
import { accordionStrings } from './accordion.strings.js';
import { accordionStyles } from './accordion.styles.js';

/** The item's state as its reflected attribute says (also before the item upgrades). */
const isOpen = (item: Element): boolean => booleanConverter.fromAttribute!(item.getAttribute('open'), Boolean);

/** Opens or closes an item through its attribute, where its state lives. */
function setOpen(item: Element, open: boolean): void {
  if (open) item.setAttribute('open', '');
  else item.removeAttribute('open');
}

/**
 * A list of sections that open and close (WAI-ARIA APG accordion): `<qc-accordion-item>`
 * children, each a heading whose button shows its content. Sections open independently.
 *
 * `<qc-accordion heading-level="3"><qc-accordion-item open><h3 slot="heading">…</h3><p>…</p></qc-accordion-item>…</qc-accordion>`
 *
 * - With two sections or more, a button before them shows or hides every section at once:
 *   « Afficher toutes les sections » / « Masquer toutes les sections » (`aria-expanded`).
 * - Keyboard: Tab moves between the headings' buttons (and into the open content); Enter or Space
 *   opens and closes a section; ↓/↑ move to the next/previous heading (wrapping), Home/End to the
 *   first/last.
 * - `heading-level` sets every section's heading level (an item's own `heading-level` wins).
 *   Absent, each section uses its slotted `h2`–`h6`'s level, else 3. Another value is ignored
 *   with a console warning.
 *
 * @summary Accordion — sections whose headings show and hide their content, with a « show all » button.
 *
 * @slot - The sections: `<qc-accordion-item>` elements.
 *
 * @csspart controls - The row that holds the « show all » button (two sections or more).
 * @csspart show-all - The button that shows or hides every section.
 *
 * @cssprop --qc-color-text-link - The « show all » button's colour.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcAccordion extends QcElement {
  static override styles = accordionStyles;

  /** The heading level of every section, 2 to 6 (an item's own `heading-level` wins). See above for the fallback. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string | null = null;

  /** Replaces « Afficher toutes les sections » for this element. Text only; blank keeps the built-in text. */
  @property({ attribute: 'show-all-label' }) showAllLabel: string | null = null;

  /** Replaces « Masquer toutes les sections » for this element. Text only; blank keeps the built-in text. */
  @property({ attribute: 'hide-all-label' }) hideAllLabel: string | null = null;

  private readonly localize = new LocalizeController(this, accordionStrings);

  constructor() {
    super();
    this.addEventListener('keydown', this.handleKeyDown);
    this.addEventListener('toggle', this.handleToggle);
  }

  /** The sections: the `<qc-accordion-item>` children. */
  get items(): QcAccordionItem[] {
    return [...this.children].filter((child): child is QcAccordionItem => child.localName === 'qc-accordion-item');
  }

  /** Opens every section. */
  showAll(): void {
    for (const item of this.items) setOpen(item, true);
  }

  /** Closes every section. */
  hideAll(): void {
    for (const item of this.items) setOpen(item, false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const value = this.headingLevel;
    if (changed.has('headingLevel') && value !== null && String(value).trim() && !accordionHeadingLevel(value)) {
      this.warnOnce(
        `level:${String(value)}`,
        `invalid heading-level="${String(value)}"; expected 2 to 6. Each section uses its heading element’s level, else 3.`,
      );
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('headingLevel')) for (const item of this.items) item.requestUpdate?.();
  }

  // A section opened or closed (by its button, find-in-page, a framework): the « show all » state follows.
  private readonly handleToggle = (event: Event): void => {
    if (this.items.includes(event.target as QcAccordionItem)) this.requestUpdate();
  };

  private readonly handleShowAll = (): void => {
    if (this.items.every(isOpen)) this.hideAll();
    else this.showAll();
  };

  /** ↓/↑ (wrapping), Home and End between the sections' buttons (APG accordion, optional keys). */
  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const origin = event.composedPath()[0];
    const items = this.items.filter((item) => !item.hidden);
    const index = items.findIndex(
      (item) =>
        origin instanceof Element &&
        item.shadowRoot !== null &&
        origin.getRootNode() === item.shadowRoot &&
        origin.getAttribute('part') === 'button',
    );
    if (index < 0) return;
    const last = items.length - 1;
    const targets: Record<string, number> = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[next]!.focus();
  };

  private readonly handleSlotChange = (): void => {
    this.requestUpdate();
  };

  override render() {
    // The sections are light DOM, not known on the server: « show all » comes with the script.
    const items = this.serverView ? [] : this.items;
    const allOpen = items.length > 0 && items.every(isOpen);
    const label = allOpen
      ? this.hideAllLabel?.trim() || this.localize.term('accordionHideAll')
      : this.showAllLabel?.trim() || this.localize.term('accordionShowAll');
    // prettier-ignore
    return html`${items.length >= 2
      ? html`<div part="controls" class="controls"
          ><button part="show-all" class="show-all" type="button" aria-expanded=${allOpen ? 'true' : 'false'}
            @click=${this.handleShowAll}
            ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevronGlyph}</svg
            ><span class="label">${label}</span></button
        ></div>`
      : nothing}<slot @slotchange=${this.handleSlotChange}></slot>`;
  }
}
