import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { PART } from '../internal/part.js';
import { dateModifiedStrings } from './date-modified.strings.js';
import { dateModifiedStyles } from './date-modified.styles.js';

/** The values `type` accepts; the first is the default. */
export const dateModifiedTypes = ['date', 'version'] as const;
export type DateModifiedType = (typeof dateModifiedTypes)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The day an ISO 8601 date (`2026-11-30`) or date and time (`2026-11-30T14:05:00-05:00`) names, and
 * the time zone to read it in: a date alone is a calendar day (read in UTC so it never shifts); a
 * date and time is read in the citizen's time zone. `null` when the text is not a real date.
 */
export function parseIsoDate(text: string): { date: Date; timeZone: string | undefined } | null {
  const day = DATE.exec(text);
  if (day) {
    const [year, month, dayOfMonth] = day.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
    // 2026-02-30 rolls over to March: not a real date.
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
    return real ? { date, timeZone: 'UTC' } : null;
  }
  if (!DATE_TIME.test(text)) return null;
  const date = new Date(text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : { date, timeZone: undefined };
}

/**
 * When the page was last updated, or its version, as GCDS and Canada.ca show it at the end of
 * `main` (after the page feedback): a definition list in the light DOM,
 *
 * `<dl><dt>Date de mise à jour :</dt><dd><time datetime="2026-11-30">30 novembre 2026</time></dd></dl>`,
 *
 * with the date written by `Intl.DateTimeFormat` in the element's language (« 30 novembre 2026 »,
 * "November 30, 2026") and written again when the language changes. `type="version"` shows
 * « Version » and the element's text (`<qc-date-modified type="version">2.4.1</qc-date-modified>`).
 *
 * The author's content is adopted, never duplicated: a `<time datetime>` child is moved into the
 * `dd` (its `datetime` is used when the element has none); other text is the version, or the date
 * shown as written when `datetime` is absent. A `datetime` that is not an ISO 8601 date is shown as
 * written, with one console warning. Before the element upgrades (and without JavaScript),
 * @qc-ds/styles (`elements.css`) shows the label before the content on the same line.
 *
 * Frameworks: prefer setting `datetime` to rendering children (the children move into the `dd`).
 *
 * @summary Date modified — « Date de mise à jour : » and the date in the page's language, or the version.
 *
 * @slot - Optional: a `<time datetime>` to adopt, or the text of the version (`type="version"`).
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcDateModified extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [dateModifiedStyles];

  /** The date, ISO 8601: `2026-11-30` or `2026-11-30T14:05:00-05:00`. Not a date → shown as written, one warning. */
  @property() datetime: string | null = null;

  /** `date` (default): « Date de mise à jour : » and the date; `version`: « Version » and the text. Unknown → `date`, one warning. */
  @property() type: DateModifiedType = 'date';

  /** Replaces the label (« Date de mise à jour : » or « Version ») for this element. Text only; blank keeps the built-in one. */
  @property() label: string | null = null;

  private readonly localize = new LocalizeController(this, dateModifiedStrings);
  private readonly lightDom: LightDomController;

  constructor() {
    super();
    // Frameworks change the adopted <time>'s datetime or add children: follow them.
    this.lightDom = new LightDomController(this, {
      config: { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['datetime'] },
      callback: () => this.requestUpdate(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcDateModified);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const type = this.validEnum('type', this.type, dateModifiedTypes, 'date');
    const { dt, dd } = this.structure();
    setText(
      dt,
      this.label?.trim() || this.localize.term(type === 'version' ? 'dateModifiedVersion' : 'dateModifiedLabel'),
    );
    if (type === 'date') this.syncDate(dd);
    // Our own writes are not news.
    this.lightDom.takeRecords();
  }

  /** The `dl` (created once), with the author's content moved into its `dd`. */
  private structure(): { dt: HTMLElement; dd: HTMLElement } {
    let dl = this.querySelector<HTMLElement>(`:scope > dl[${PART}="base"]`);
    if (!dl) {
      dl = document.createElement('dl');
      dl.setAttribute(PART, 'base');
      dl.append(document.createElement('dt'), document.createElement('dd'));
    }
    const dt = dl.firstElementChild as HTMLElement;
    const dd = dl.lastElementChild as HTMLElement;
    // Content the author (or a framework) put in the element: adopted into the dd, replacing the old.
    const adopted = [...this.childNodes].filter((node) => node !== dl && !isBlank(node));
    if (adopted.length) dd.replaceChildren(...adopted);
    for (const node of [...this.childNodes]) if (node !== dl) node.remove();
    if (dl.parentNode !== this) this.append(dl);
    return { dt, dd };
  }

  /** The dd holds one `<time>`: the author's or ours, with the date in the element's language. */
  private syncDate(dd: HTMLElement): void {
    let time = dd.querySelector('time');
    const own = this.datetime?.trim();
    // The element's datetime, else the adopted <time>'s, else the text as written.
    const raw = own || time?.getAttribute('datetime')?.trim() || (time ?? dd).textContent?.trim() || '';
    if (!time) {
      time = document.createElement('time');
      dd.replaceChildren(time);
    }
    const parsed = raw ? parseIsoDate(raw) : null;
    if (!parsed) {
      if (raw)
        this.warnOnce(
          `datetime:${raw}`,
          `invalid datetime="${raw}"; expected an ISO 8601 date (2026-11-30). Shown as written.`,
        );
      else this.warnOnce('no-datetime', 'no date: set datetime="2026-11-30" (ISO 8601).');
      // Shown as written; a <time> without a machine-readable value says nothing wrong.
      if (own) time.removeAttribute('datetime');
      if (own || !time.textContent?.trim()) setText(time, raw);
      return;
    }
    if (time.getAttribute('datetime') !== raw) time.setAttribute('datetime', raw);
    setText(time, this.format(parsed.date, parsed.timeZone));
  }

  /** « 30 novembre 2026 » / "November 30, 2026", in the element's language (its region too: `fr-CA`). */
  private format(date: Date, timeZone: string | undefined): string {
    const lang = this.localize.lang;
    const locale = lang.split('-')[0] === this.localize.language ? lang : this.localize.language;
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
    } catch {
      // A malformed lang (lang="fr_CA!") is not a locale Intl accepts.
      return new Intl.DateTimeFormat(this.localize.language, { dateStyle: 'long', timeZone }).format(date);
    }
  }
}

const isBlank = (node: Node): boolean =>
  node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim());

/** Writes `text` only when it changes (the light-DOM observer sees every write). */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
