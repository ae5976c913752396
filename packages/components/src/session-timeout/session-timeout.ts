import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QcElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { announce } from '../internal/announce.js';
import type { QcDialog } from '../dialog/dialog.js';
import { formatDuration, sessionTimeoutStrings } from './session-timeout.strings.js';
import { sessionTimeoutStyles } from './session-timeout.styles.js';
import { SessionTimer, systemClock, type Clock, type SessionTimerHost } from './session-timer.js';

/** Why the session ended: the citizen chose to (`end()`, « Mettre fin à la session »), or the time ran out. */
export type SessionEndReason = 'user' | 'timeout';

const DEFAULT_TIMEOUT = 1200;
const DEFAULT_WARNING = 120;
/** WCAG 2.2.1 (Timing Adjustable): at least 20 seconds to answer the warning. */
const MIN_WARNING = 20;
// Stands for the duration while a message is split around it, to set the duration in bold.
const SLOT = '\u0000';

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();

/** Spoken steps: each whole minute, then 30 and 10 seconds. The smallest step at or above `seconds`. */
function stepAtOrAbove(seconds: number): number {
  if (seconds <= 10) return 10;
  if (seconds <= 30) return 30;
  return Math.ceil(seconds / 60) * 60;
}

/**
 * Warns a signed-in citizen that their session is about to expire and lets them continue it
 * without losing anything (WCAG 2.2.1 Timing Adjustable, 3.3.7 Redundant Entry). It counts from
 * its connection to the page (or `restart()`; moved in the page by a framework, it keeps counting
 * from the same start); `warning` seconds before the end of `timeout`, it
 * opens an alert dialog (`<qc-dialog alert>`, `role="alertdialog"`) « Avertissement d’expiration
 * de la session », described by its message, with the focus on « Continuer la session ».
 *
 * - « Continuer la session », Escape, or `extend()`: fires `qc-session-extend` (the page tells its
 *   server: the element itself never makes a request), closes, and counts again. The page is not
 *   reloaded: focus goes back where it was and what the citizen typed stays.
 * - « Mettre fin à la session », or `end()`: fires `qc-session-end` with `reason: 'user'`.
 * - At the end of the time: `qc-session-end` with `reason: 'timeout'`.
 *
 * Unless `qc-session-end` is cancelled, the page then goes to `end-url` (http or https only), when
 * set. The remaining time is computed from timestamps, so a background tab or a sleeping computer
 * catches up as soon as it wakes. The countdown shown every second is hidden from screen readers;
 * they hear the time left when the warning opens, then politely at each minute and at 30 and 10
 * seconds, never every second.
 *
 * @summary Avertissement d’expiration de la session — an alert dialog before a session expires, to continue or end it.
 *
 * @csspart dialog - The `<qc-dialog alert>` that holds the warning (its own parts are not exported).
 * @csspart heading - The heading « Avertissement d’expiration de la session ».
 * @csspart message - The visible message with the countdown (hidden from screen readers, who hear a coarse version).
 * @csspart actions - The wrapper of the two buttons.
 * @csspart continue-button - The `<qc-button>` « Continuer la session ».
 * @csspart end-button - The `<qc-button>` « Mettre fin à la session ».
 *
 * @event {CustomEvent<{ remaining: number }>} qc-session-warn - The warning opened (focus is on « Continuer la session »). `detail.remaining`: seconds left.
 * @event {CustomEvent<undefined>} qc-session-extend - The citizen continued the session (button, Escape, `extend()`): the page tells its server. The count restarts.
 * @event {CustomEvent<{ reason: SessionEndReason }>} qc-session-end - The session ends. `detail.reason`: `user` or `timeout`. Cancelable: `preventDefault()` keeps the page from going to `end-url`.
 *
 * @status experimental
 * @since 0.2.0
 */
export class QcSessionTimeout extends QcElement implements SessionTimerHost {
  static override styles = sessionTimeoutStyles;
  /** @internal The dialog and buttons are defined when the element first renders. */
  static override dependencies = {
    'qc-dialog': () => import('../dialog/qc-dialog.js'),
    'qc-button': () => import('../button/qc-button.js'),
  };

  /**
   * Length of the session, in seconds, counted from the element's connection (or `restart()`).
   * Default 1200 (20 minutes). Not a positive number: 1200, with a console warning.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /**
   * How long before the end the warning opens, in seconds. Default 120 (2 minutes). Not a number,
   * negative, or not less than `timeout`: 120 (at most half the timeout), with a console warning.
   * Under 20 seconds is kept, with a warning (WCAG 2.2.1 asks for at least 20 seconds to answer).
   */
  @property({ type: Number }) warning = DEFAULT_WARNING;

  /**
   * Where the page goes when the session ends and `qc-session-end` is not cancelled (the sign-out
   * page). Relative or absolute; only `http:` and `https:` addresses are followed.
   */
  @property({ attribute: 'end-url' }) endUrl: string | null = null;

  /** Replaces the heading « Avertissement d’expiration de la session » for this element. Rendered as text. */
  @property() heading: string | null = null;

  /** Replaces « Continuer la session » / "Continue session" for this element. Rendered as text. */
  @property({ attribute: 'continue-label' }) continueLabel: string | null = null;

  /** Replaces « Mettre fin à la session » / "End session now" for this element. Rendered as text. */
  @property({ attribute: 'end-label' }) endLabel: string | null = null;

  /** @internal The time source; tests give a clock they advance themselves. */
  clock: Clock = systemClock;

  /** Seconds left, shown in the countdown (every second). */
  @state() private shownSeconds = 0;
  /** Seconds left as screen readers last heard them (when the warning opened, then each step). */
  @state() private spokenSeconds = 0;
  @state() private announcement = '';

  // Getters, not `@query`: the qc-ds build compiles only `@property` and `@state` (no decorator helper ships).
  private get dialog(): QcDialog | null {
    return this.renderRoot?.querySelector('qc-dialog') ?? null;
  }
  private get continueButton(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[part="continue-button"]') ?? null;
  }

  private readonly localize = new LocalizeController(this, sessionTimeoutStrings);
  private readonly timer = new SessionTimer(this);

  /** True while the warning is shown. */
  get open(): boolean {
    return this.timer.phase === 'warning';
  }

  /** Seconds left before the session ends (0 once it ended). */
  get remaining(): number {
    return Math.ceil(this.timer.remaining / 1000);
  }

  /** Counts again from now, without an event (the page already renewed the session, after a request). Closes the warning. */
  restart(): void {
    this.timer.start();
    this.hideWarning();
  }

  /** Continues the session as « Continuer la session » does: fires `qc-session-extend`, closes the warning, counts again. */
  extend(): void {
    this.restart();
    this.dispatchEvent(new CustomEvent('qc-session-extend', { bubbles: true, composed: true }));
  }

  /** Ends the session as « Mettre fin à la session » does: fires `qc-session-end` (`reason: 'user'`), then goes to `end-url`. */
  end(): void {
    this.finish('user');
  }

  /**
   * Goes to the sign-out page. Override to navigate otherwise (a single-page application's router).
   * @param url The resolved `end-url`.
   */
  protected navigate(url: URL): void {
    location.assign(url.href);
  }

  /** @internal */
  sessionTiming(): { timeout: number; warning: number } {
    let timeout = Number(this.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0) {
      const given = this.getAttribute('timeout') ?? String(this.timeout);
      this.warnOnce(
        `timeout:${given}`,
        `invalid timeout="${given}"; expected a number of seconds above 0. Using ${DEFAULT_TIMEOUT}.`,
      );
      timeout = DEFAULT_TIMEOUT;
    }
    let warning = Number(this.warning);
    if (!Number.isFinite(warning) || warning < 0 || warning >= timeout) {
      const fallback = Math.min(DEFAULT_WARNING, timeout / 2);
      const given = this.getAttribute('warning') ?? String(this.warning);
      this.warnOnce(
        `warning:${given}:${timeout}`,
        `invalid warning="${given}"; expected a number of seconds from 0 to less than the timeout (${timeout}). Using ${fallback}.`,
      );
      warning = fallback;
    } else if (warning < MIN_WARNING) {
      this.warnOnce(
        `warning-short:${warning}`,
        `warning="${warning}" gives less than ${MIN_WARNING} seconds to continue the session (WCAG 2.2.1).`,
      );
    }
    return { timeout: timeout * 1000, warning: warning * 1000 };
  }

  /** @internal */
  sessionWarn(remaining: number): void {
    this.shownSeconds = this.spokenSeconds = Math.ceil(remaining / 1000);
    this.announcement = '';
    void this.showWarning();
  }

  /** @internal */
  sessionTick(remaining: number): void {
    const seconds = Math.ceil(remaining / 1000);
    this.shownSeconds = seconds;
    const step = stepAtOrAbove(seconds);
    // Past a step since the last thing said (or several, after a background tab woke): say the latest.
    if (step < this.spokenSeconds) {
      this.spokenSeconds = step;
      this.announcement = this.localize.term('sessionTimeoutRemaining', this.duration(step));
    }
  }

  /** @internal */
  sessionExpire(): void {
    this.finish('timeout');
  }

  private finish(reason: SessionEndReason): void {
    this.timer.stop();
    this.hideWarning();
    const proceed = this.dispatchEvent(
      new CustomEvent('qc-session-end', { bubbles: true, composed: true, cancelable: true, detail: { reason } }),
    );
    const url = proceed ? this.endLocation() : null;
    if (url) this.navigate(url);
    else if (reason === 'timeout') announce(this.localize.term('sessionTimeoutExpired'));
  }

  /** `end-url` resolved against the page, when it is an http(s) address. */
  private endLocation(): URL | null {
    const value = text(this.endUrl);
    if (!value) return null;
    let url: URL | null = null;
    try {
      url = new URL(value, document.baseURI);
    } catch {
      url = null;
    }
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return url;
    this.warnOnce(`end-url:${value}`, `end-url="${value}" is not an http(s) address; the page stays.`);
    return null;
  }

  private async showWarning(): Promise<void> {
    await customElements.whenDefined('qc-dialog');
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || !this.open || dialog.open) return;
    await dialog.updateComplete;
    if (!this.open) return;
    dialog.show();
    if (!dialog.open) return;
    this.continueButton?.focus();
    this.dispatchEvent(
      new CustomEvent('qc-session-warn', { bubbles: true, composed: true, detail: { remaining: this.remaining } }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Closed for good: put back in the page, the timer opens it again if it is still time to.
    this.hideWarning();
  }

  private hideWarning(): void {
    this.announcement = '';
    this.dialog?.close();
  }

  private duration(seconds: number): string {
    return formatDuration(seconds, this.localize.lang);
  }

  private readonly handleCancel = (event: Event): void => {
    // Escape continues the session (as HMRC's warning does): the citizen is still there.
    event.preventDefault();
    event.stopPropagation();
    this.extend();
  };

  private readonly handleClose = (event: Event): void => {
    // qc-dialog's own events stay inside: the page listens to this element's events.
    event.stopPropagation();
    // Closed by something other than this element (a close request the browser would not let be
    // cancelled): the citizen is there, so the session continues.
    if (this.open) this.extend();
  };

  private readonly stopEvent = (event: Event): void => event.stopPropagation();

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New timing: the phase is brought up to date from the same start (not a restart).
    if (this.hasUpdated && (changed.has('timeout') || changed.has('warning'))) this.timer.check();
  }

  override render() {
    const heading = text(this.heading) || this.localize.term('sessionTimeoutHeading');
    const continueLabel = text(this.continueLabel) || this.localize.term('sessionTimeoutContinue');
    const endLabel = text(this.endLabel) || this.localize.term('sessionTimeoutEnd');
    const [before = '', after = ''] = this.localize.term('sessionTimeoutMessage', SLOT, continueLabel).split(SLOT);
    const spoken = this.localize.term('sessionTimeoutMessage', this.duration(this.spokenSeconds), continueLabel);
    // qc-dialog alert is described by its content (default slot): the spoken message, once (the
    // countdown is aria-hidden). The live region is in the footer: inside the modal dialog (heard)
    // but out of the description (not read after the message at each step).
    // prettier-ignore
    return html`<qc-dialog part="dialog" alert @cancel=${this.handleCancel} @close=${this.handleClose}
      @qc-show=${this.stopEvent}
      ><h2 slot="heading" part="heading" class="heading">${heading}</h2
      ><p part="message" class="message" aria-hidden="true"
        >${before}<strong class="time">${this.duration(this.shownSeconds)}</strong>${after}</p
      ><p class="message-spoken sr-only">${spoken}</p
      ><div slot="footer" part="actions" class="actions"
        ><p class="sr-only" role="status">${this.announcement}</p
        ><qc-button part="continue-button" type="button" @click=${() => this.extend()}>${continueLabel}</qc-button
        ><qc-button part="end-button" type="button" variant="secondary" @click=${() => this.end()}>${endLabel}</qc-button
      ></div
    ></qc-dialog>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qc-session-warn': CustomEvent<{ remaining: number }>;
    'qc-session-extend': CustomEvent<undefined>;
    'qc-session-end': CustomEvent<{ reason: SessionEndReason }>;
  }
}
