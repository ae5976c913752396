import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { booleanConverter } from '../internal/converters.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { PART } from '../internal/part.js';
import chevronGlyph from '../icon/icons/chevron-up.js';
import { accordionItemLightStyles, accordionItemStyles } from './accordion-item.styles.js';

/** `value` as an accordion heading level (a whole number from 2 to 6), or undefined. */
export function accordionHeadingLevel(value: unknown): number | undefined {
  const text = value === null || value === undefined ? '' : String(value).trim();
  return /^[2-6]$/.test(text) ? Number(text) : undefined;
}

/** The level given to an accordion by its `heading-level` (property first: it may not reflect). */
function groupLevel(group: Element | null): number | undefined {
  if (!group) return undefined;
  const value = 'headingLevel' in group ? group.headingLevel : group.getAttribute('heading-level');
  return accordionHeadingLevel(value);
}

/**
 * Whether the browser opens `hidden="until-found"` content for find-in-page and links to a place
 * in it, firing `beforematch` first: Chromium 102, Firefox 148, Safari 26.2.
 */
const findInPage = (element: Element): boolean => 'onbeforematch' in element;

/** A `toggle` event as `<details>` fires it (ToggleEvent), but bubbling and composed. */
function toggleEvent(open: boolean): Event {
  const init = {
    bubbles: true,
    composed: true,
    oldState: open ? 'closed' : 'open',
    newState: open ? 'open' : 'closed',
  };
  if (typeof ToggleEvent === 'function') return new ToggleEvent('toggle', init);
  return Object.assign(new Event('toggle', init), { oldState: init.oldState, newState: init.newState });
}

/**
 * One section of an accordion (WAI-ARIA APG accordion): a heading whose button shows and hides
 * the section's content. The author writes the heading and the content in light DOM, so before
 * the element upgrades (and without JavaScript) they read as an ordinary heading and its text:
 *
 * `<qc-accordion-item><h3 slot="heading">Quels documents dois-je fournir?</h3><p>…</p></qc-accordion-item>`
 *
 * - The heading's text becomes a button (`aria-expanded`, `aria-controls`) inside a heading of
 *   level `heading-level`, else the accordion's `heading-level`, else the level of the slotted
 *   `h2`–`h6`, else 3. Enter or Space opens and closes the section.
 * - The state lives in the `open` attribute (reflected): a framework that re-renders the children
 *   or other attributes keeps it.
 * - A closed section is `hidden="until-found"` where the browser supports it: find-in-page
 *   searches it and opens it (`beforematch`), and so does a link to a place in it (`#id`).
 *   Elsewhere it is `hidden`, and the element opens it for such a link itself.
 * - A missing or empty heading (the button would have no name) and an invalid `heading-level`
 *   print one console warning; nothing throws.
 *
 * @summary Accordion item — a section whose heading shows and hides its content.
 *
 * @slot heading - The section's heading, as text: an `h2`–`h6` (its level is used when no `heading-level` is given) or a `span`.
 * @slot - The section's content: paragraphs, lists, links, forms.
 *
 * @csspart heading - The heading (`role="heading"`) that holds the button.
 * @csspart button - The button that shows and hides the content.
 * @csspart icon - The chevron (decorative): down when closed, up when open.
 * @csspart panel - The content's container (`hidden` or `hidden="until-found"` when closed).
 *
 * @cssprop --qc-accordion-border-width - The rule between sections.
 * @cssprop --qc-color-text-link - The heading's colour.
 *
 * @event {ToggleEvent} toggle - After the section opened or closed (by the button, find-in-page, the accordion's « show all » or `open`). A `ToggleEvent` as `<details>` fires (`newState`: `"open"` or `"closed"`), but bubbling and composed.
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcAccordionItem extends QcElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [accordionItemLightStyles];

  static override styles = accordionItemStyles;

  /** The section is open. Reflected; accepts `open="false"`. */
  @property({ reflect: true, converter: booleanConverter }) open = false;

  /**
   * The heading's level, 2 to 6, for this section only. Absent: the accordion's `heading-level`,
   * else the slotted `h2`–`h6`'s level, else 3. Another value is ignored with a console warning.
   */
  @property({ attribute: 'heading-level' }) headingLevel: number | string | null = null;

  /** The state last rendered, to fire `toggle` only on a change. */
  private shownOpen: boolean | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcAccordionItem);
    // Moved into (or out of) an accordion: its level may change.
    this.requestUpdate();
    if (!findInPage(this)) {
      window.addEventListener('hashchange', this.revealTarget);
      void this.updateComplete.then(this.revealTarget);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.revealTarget);
  }

  /** Focuses the section's button. */
  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  private get button(): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]');
  }

  private get headingElement(): Element | null {
    // Its light DOM is not known on the server (nor, for the same render, on hydration).
    if (this.serverView) return null;
    return this.querySelector(':scope > [slot="heading"]');
  }

  /** The level rendered: own `heading-level`, else the accordion's, else the slotted heading's, else 3. */
  get effectiveHeadingLevel(): number {
    const tag = /^h([2-6])$/.exec(this.headingElement?.localName ?? '');
    return (
      accordionHeadingLevel(this.headingLevel) ??
      groupLevel(this.serverView ? null : (this.parentElement?.closest('qc-accordion') ?? null)) ??
      (tag ? Number(tag[1]) : 3)
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    const value = this.headingLevel;
    if (changed.has('headingLevel') && value !== null && String(value).trim() && !accordionHeadingLevel(value)) {
      this.warnOnce(
        `level:${String(value)}`,
        `invalid heading-level="${String(value)}"; expected 2 to 6. Using the accordion’s level, else the heading element’s, else 3.`,
      );
    }
  }

  protected override firstUpdated(): void {
    this.checkHeading();
    this.presentHeading();
  }

  protected override updated(): void {
    if (this.shownOpen !== undefined && this.shownOpen !== this.open) this.dispatchEvent(toggleEvent(this.open));
    this.shownOpen = this.open;
  }

  private checkHeading(): void {
    if (!this.headingElement?.textContent?.trim()) {
      this.warnOnce(
        'heading',
        'has no heading text: put it in a child with slot="heading" (<h3 slot="heading">…</h3>). Its button has no name.',
      );
    }
  }

  private readonly handleClick = (): void => {
    this.open = !this.open;
  };

  // Find-in-page found text in the closed panel: the browser removes `hidden` itself; keep the state in step.
  private readonly handleBeforeMatch = (): void => {
    this.open = true;
  };

  /**
   * Where `hidden="until-found"` is missing, the browser does not open a closed section for a link
   * to a place in it (`#id`): opened here, on load and on `hashchange`, then scrolled to.
   */
  private readonly revealTarget = (): void => {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape (`#%E0`): the id as written.
    }
    const target = id && !this.open ? document.getElementById(id) : null;
    if (!target || !this.contains(target)) return;
    this.open = true;
    void this.updateComplete.then(() => target.scrollIntoView());
  };

  private readonly handleHeadingChange = (): void => {
    this.checkHeading();
    this.presentHeading();
    this.requestUpdate();
  };

  /**
   * The slotted `h2`–`h6` sits inside the button, itself inside the heading this element draws:
   * Chromium would list two nested headings. Its own role is removed (`role="none"`, added only
   * when the author gave it no role, and marked as ours) once the element has upgraded; before,
   * it is the page's heading.
   */
  private presentHeading(): void {
    const heading = this.headingElement;
    if (heading && /^h[1-6]$/.test(heading.localName) && !heading.hasAttribute('role')) {
      heading.setAttribute('role', 'none');
      heading.setAttribute(PART, 'heading');
    }
  }

  override render() {
    // Elsewhere a closed panel is plainly `hidden` (not found by the search).
    // The server writes plain `hidden`, and so does the hydrating render (then `until-found`).
    const closed = findInPage(this) && !this.serverView ? 'until-found' : '';
    // prettier-ignore
    return html`<div part="heading" class="heading" role="heading" aria-level=${this.effectiveHeadingLevel}
      ><button part="button" class="button" type="button" aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel" @click=${this.handleClick}
        ><span class="title"><slot name="heading" @slotchange=${this.handleHeadingChange}></slot></span
        ><svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevronGlyph}</svg
      ></button
    ></div
    ><div part="panel" class="panel" id="panel" hidden=${this.open ? nothing : closed}
      @beforematch=${this.handleBeforeMatch}
      ><div class="content"><slot></slot></div
    ></div>`;
  }
}
