import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The time source of a session timer. Wall-clock time (`Date.now`), not `performance.now`: the
 * server's session keeps running while a laptop sleeps, and `performance.now` stops in some
 * browsers then. Tests pass a clock they advance themselves.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `counting` toward the warning, `warning` shown, `stopped` (not connected, or the session ended). */
export type SessionPhase = 'counting' | 'warning' | 'stopped';

/** What the timer asks of its element. Durations in milliseconds. */
export interface SessionTimerHost extends ReactiveControllerHost, HTMLElement {
  /** The session length and the warning length, validated. */
  sessionTiming(): { timeout: number; warning: number };
  /** The clock to read (the system clock, or a test's). */
  readonly clock: Clock;
  /** The warning starts, `remaining` ms before the end. */
  sessionWarn(remaining: number): void;
  /** A second of the countdown passed (called at each whole second while the warning is shown). */
  sessionTick(remaining: number): void;
  /** The time is up. */
  sessionExpire(): void;
}

// The longest wait between two checks. Timers stop while a computer sleeps (in some browsers the
// clock they run on does), and a restored back/forward-cache page resumes its old timers: checking
// this often catches up soon after, at the cost of a few wakes a minute. It also keeps the delay
// under setTimeout's limit (2^31 - 1 ms, 24.8 days), past which it would fire at once.
const MAX_WAIT = 15_000;

/**
 * Counts a session from its first connection (or `start()`) to its end, with a warning phase before it.
 * Remaining time is always computed from the start timestamp, never by counting ticks: timers in a
 * background tab (or a sleeping computer) fire late or not at all, and the first wake, or the tab
 * becoming visible again, catches up at once (opening the warning late, or ending the session).
 */
export class SessionTimer implements ReactiveController {
  phase: SessionPhase = 'stopped';
  private startedAt = 0;
  private handle: unknown;
  private started = false;
  /** Disconnected while counting: counting resumes from the same start on reconnection. */
  private suspended = false;
  private readonly host: SessionTimerHost;

  constructor(host: SessionTimerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.check);
    if (!this.started) {
      this.start();
    } else if (this.suspended) {
      // Moved in the page (a framework re-inserting it): the server's session did not restart.
      this.suspended = false;
      this.phase = 'counting';
      this.check();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.check);
    this.suspended = this.phase !== 'stopped';
    this.stop();
  }

  /** Milliseconds left before the end (0 when stopped). */
  get remaining(): number {
    if (this.phase === 'stopped') return 0;
    return Math.max(0, this.startedAt + this.host.sessionTiming().timeout - this.host.clock.now());
  }

  /** Counts again from now. */
  start(): void {
    this.started = true;
    this.startedAt = this.host.clock.now();
    this.phase = 'counting';
    this.check();
  }

  /** Stops counting; nothing happens until `start()`. */
  stop(): void {
    this.phase = 'stopped';
    this.clear();
  }

  /** Brings the phase up to date with the clock and waits for the next moment that matters. */
  readonly check = (): void => {
    this.clear();
    if (this.phase === 'stopped') return;
    const { warning } = this.host.sessionTiming();
    const remaining = this.remaining;
    if (remaining <= 0) {
      this.phase = 'stopped';
      this.host.sessionExpire();
      return;
    }
    if (this.phase === 'counting' && remaining <= warning) {
      this.phase = 'warning';
      this.host.sessionWarn(remaining);
    } else if (this.phase === 'warning') {
      this.host.sessionTick(remaining);
    }
    // A handler may have ended or restarted the session meanwhile.
    if (this.handle !== undefined || (this.phase as SessionPhase) === 'stopped') return;
    const next = this.phase === 'counting' ? remaining - warning : remaining % 1000 || 1000;
    this.handle = this.host.clock.setTimeout(this.check, Math.min(next, MAX_WAIT));
  };

  private clear(): void {
    if (this.handle === undefined) return;
    this.host.clock.clearTimeout(this.handle);
    this.handle = undefined;
  }
}
