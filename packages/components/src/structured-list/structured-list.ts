import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { PART } from '../internal/part.js';
import { structuredListStrings } from './structured-list.strings.js';
import { structuredListStyles } from './structured-list.styles.js';

/** The values `heading-level` accepts; the first is the default. */
export const structuredListHeadingLevels = ['2', '3', '4', '5', '6'] as const;
export type StructuredListHeadingLevel = (typeof structuredListHeadingLevels)[number];

/** What counts as an action in a row's actions `dd` (the hidden button of a qc-button is its own). */
const ACTIONS = 'a, button, qc-button';
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** True when `words` holds `key` as whole words, whatever the case (« Modifier le nom », not « Renommer »). */
function mentions(words: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(words);
}

/** The rows of a `dl`: each `div` child, or each run of `dt`s then `dd`s written without one. */
function rowsOf(dl: Element): Element[][] {
  const rows: Element[][] = [];
  let row: Element[] | undefined;
  for (const child of dl.children) {
    if (child.localName === 'div') {
      rows.push([...child.children]);
      row = undefined;
    } else if (child.localName === 'dt' || child.localName === 'dd') {
      if (!row || (child.localName === 'dt' && row.some((cell) => cell.localName === 'dd'))) rows.push((row = []));
      row.push(child);
    }
  }
  return rows;
}

/**
 * A list of label/value rows (design.quebec.ca « Liste structurée », GOV.UK « summary list »), on
 * the author's light-DOM `<dl>`, which stays whole in the page (so the `dt`/`dd` semantics, axe's
 * `definition-list` and `dlitem` rules and the layout hold before the element upgrades and
 * without JavaScript):
 *
 * `<qc-structured-list heading="Vos coordonnées"><dl><div><dt>Adresse</dt><dd>123, rue …</dd><dd><button>Modifier</button></dd></div>…</dl></qc-structured-list>`
 *
 * - Each row is a `div` holding a `dt` (the key) and a `dd` (the value), or `dt`/`dd` written directly
 *   in the `dl`. A row's last `dd`, when it is not its first, holds the row's actions (`a`,
 *   `button`, `qc-button`).
 * - Each action gets a visually hidden text from the row's key after its own text, so that two
 *   « Modifier » say what they change: « Modifier adresse », « Modifier courriel » (EN "Change
 *   address"). The text follows the key and the action when a framework re-renders them. An action
 *   the author named (`aria-label`, `aria-labelledby`) or whose text already holds the key is left alone.
 * - Rows with and without actions line up in three columns (key, value, actions; a value spans the
 *   actions column when its row has none). Below 768 px (the `sm` breakpoint) each row stacks.
 * - `heading` adds the « avec en-tête » variant's heading before the list; an author may write the
 *   heading in the element instead (then it shows before the element upgrades too).
 *
 * @summary Structured list — label/value rows on the author's `<dl>`; actions named by their row.
 *
 * @slot - A `<dl>` of rows (`<div><dt>…</dt><dd>…</dd>[<dd>actions</dd>]</div>`), optionally after the author's heading.
 *
 * @cssprop --qc-color-border-subtle - The line between rows.
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcStructuredList extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [structuredListStyles];

  /** The list's heading (the « avec en-tête » variant), shown before the list. Text only; absent or blank: no heading. */
  @property() heading: string | null = null;

  /** The level of the `heading`: 2 to 6 (2 when absent). An invalid value falls back to 2 with a console warning. */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  private readonly localize = new LocalizeController(this, structuredListStrings);

  constructor() {
    super();
    // Frameworks re-render rows, keys and actions: keep each action's hidden text in step.
    new LightDomController(this, {
      config: {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['aria-label', 'aria-labelledby'],
      },
      callback: () => this.requestUpdate(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcStructuredList);
  }

  /** The author's list. */
  get list(): HTMLDListElement | null {
    return this.querySelector(':scope > dl');
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.syncHeading();
    const list = this.list;
    const wanted = new Set<Element>();
    if (list) {
      for (const row of rowsOf(list)) this.syncRow(row, wanted);
    } else {
      this.warnOnce(
        'no-list',
        'the structured list has no <dl>: write <dl><div><dt>…</dt><dd>…</dd></div>…</dl> inside it.',
      );
    }
    for (const stale of this.querySelectorAll(`[${PART}="context"]`)) if (!wanted.has(stale)) stale.remove();
  }

  /** The `heading` as the element's first child (`h2` by default), replaced when its level changes. */
  private syncHeading(): void {
    let heading = this.querySelector<HTMLElement>(`:scope > [${PART}="heading"]`);
    const textValue = this.heading?.trim();
    if (!textValue) {
      heading?.remove();
      return;
    }
    const level = this.validEnum('heading-level', this.headingLevel, structuredListHeadingLevels, '2');
    if (heading?.localName !== `h${level}`) {
      heading?.remove();
      // The tag comes from the validated list only, never from the attribute's text.
      heading = document.createElement(`h${level}`);
      heading.setAttribute(PART, 'heading');
    }
    if (heading.textContent !== textValue) heading.textContent = textValue;
    if (this.firstElementChild !== heading) this.prepend(heading);
  }

  /** Gives each action of the row's actions `dd` the row's key as hidden text. */
  private syncRow(row: Element[], wanted: Set<Element>): void {
    const dds = row.filter((cell) => cell.localName === 'dd');
    if (dds.length < 2) return;
    const key = row
      .filter((cell) => cell.localName === 'dt')
      .map(text)
      .join(' ')
      .trim();
    const actions = [...dds[dds.length - 1]!.querySelectorAll(ACTIONS)].filter(
      (action) => !action.parentElement?.closest('qc-button'),
    );
    if (actions.length && !key)
      this.warnOnce('no-key', 'a row with actions has no <dt> text: its actions cannot say what they change.');
    const context = key && this.localize.term('structuredListActionContext', key);
    for (const action of actions) {
      let span = action.querySelector(`:scope > [${PART}="context"]`);
      const own = [...action.childNodes]
        .filter((node) => node !== span)
        .map((node) => node.textContent)
        .join('');
      const named = action.hasAttribute('aria-label') || action.hasAttribute('aria-labelledby');
      if (!context || named || mentions(own.replace(/\s+/g, ' '), key)) continue;
      if (!span) {
        span = document.createElement('span');
        span.setAttribute(PART, 'context');
        action.append(span);
      }
      // The space keeps the two words apart in every engine's name computation.
      if (span.textContent !== ` ${context}`) span.textContent = ` ${context}`;
      wanted.add(span);
    }
  }
}
