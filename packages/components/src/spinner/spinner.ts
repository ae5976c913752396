import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { spinnerStrings } from './spinner.strings.js';
import { spinnerStyles } from './spinner.styles.js';

/** The values `size` accepts; `md` is the default. */
export const spinnerSizes = ['sm', 'md', 'lg'] as const;
export type SpinnerSize = (typeof spinnerSizes)[number];

/**
 * How long the status region stays empty before its text is written: screen readers announce a
 * change in a live region they already know, not a region that arrives with its text (the same
 * delay as the page's shared announcer, internal/announce.ts).
 */
export const SPINNER_TEXT_DELAY_MS = 150;

// Spinners already in the page when qc-spinner was defined while the page was loading (written by
// the server): the page's own content, read in place, never announced on arrival. Once the page has
// loaded, a spinner that makes the CDN loader define the element was inserted by a script: announced.
let presentAtDefine: WeakSet<Element> | undefined;

/**
 * A loading indicator: a turning ring (a still, dotted ring when the user asks for reduced motion)
 * and a visible status message, « Chargement en cours… » by default.
 *
 * The message is in a polite `status` live region that is present, empty, before its text is
 * written (`SPINNER_TEXT_DELAY_MS` later), so screen readers announce it once when a script inserts
 * the spinner, and again only when the message changes (`label`) or the spinner is shown again after
 * `hidden`. A spinner already in the HTML while the page loads (written by the server) is not
 * announced: its text is there from the start, read in place like the rest of the page (nothing
 * should speak on its own on arrival).
 *
 * Put `aria-busy="true"` on the region being loaded (the list or section that will change), not on
 * the spinner or on a live region: a busy live region is not announced. Remove `aria-busy` and the
 * spinner when the content has arrived, and move the focus only if the user's place was lost.
 *
 * @summary Spinner — a loading indicator with a status message announced once.
 *
 * @csspart base - The wrapper of the indicator and the message.
 * @csspart indicator - The ring (decorative).
 * @csspart label - The status message (a polite live region).
 *
 * @cssprop --qc-color-action-primary-background - Colour of the turning arc.
 * @cssprop --qc-color-border-subtle - Colour of the ring's track.
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcSpinner extends QcElement {
  static override styles = spinnerStyles;

  /** @internal */
  static override define(tag: string, ctor: CustomElementConstructor = this): void {
    if (!isServer)
      presentAtDefine ??= new WeakSet(document.readyState === 'complete' ? [] : document.querySelectorAll(tag));
    super.define(tag, ctor);
  }

  /**
   * The status message, replacing « Chargement en cours… » / "Loading…" (e.g. « Recherche des
   * résultats… »). Rendered as text; absent or blank keeps the built-in message.
   */
  @property() label: string | null = null;

  /** `sm` (16 px ring, inline), `md` (24 px, default) or `lg` (32 px). An unknown value falls back to `md` with a console warning. */
  @property({ reflect: true }) size: SpinnerSize = 'md';

  /** Hidden (the native attribute): showing the spinner again announces its message again. */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  /** The message is written in the status region (false while the empty region gets known). */
  @state() private speaking = false;

  private readonly localize = new LocalizeController(this, spinnerStrings);
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (presentAtDefine?.has(this) && !this.hasUpdated) this.speaking = true;
    else this.speakSoon();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    // Inserted again later (a framework showing it again): announced again.
    this.speaking = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hidden') && changed.get('hidden') === true && !this.hidden) this.speakSoon();
  }

  /** Empties the status region now and writes the message a moment later. */
  private speakSoon(): void {
    clearTimeout(this.timer);
    this.speaking = false;
    this.timer = setTimeout(() => (this.speaking = true), SPINNER_TEXT_DELAY_MS);
  }

  override render() {
    const size = this.validEnum('size', this.size, spinnerSizes, 'md');
    const label = this.label?.trim() || this.localize.term('spinnerLabel');
    return html`<div part="base" class="base ${size}">
      <span part="indicator" class="indicator" aria-hidden="true"></span>
      <span part="label" class="label" role="status">${this.speaking ? label : nothing}</span>
    </div>`;
  }
}
