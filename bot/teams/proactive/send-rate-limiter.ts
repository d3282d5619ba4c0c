import { realTimer, type MonotonicTimer } from './monotonic-timer';
import { SlidingWindowLog, type SendEntry } from './sliding-window';
import { globalLimit, TEAMS_PER_CONVERSATION_LIMITS, type RateWindow } from './teams-rate-limits';

export interface SendRateLimiterOptions {
  /** Sends per second for the whole app (config.scheduler.sendRatePerSecond). */
  globalPerSecond: number;
  perConversation?: readonly RateWindow[];
  /** Safety margin added to each window (ms). Default 10. */
  marginMs?: number;
  /** How long an unsettled send counts as in flight (ms; a request timeout bounds it). Default 20 000. */
  inFlightCapMs?: number;
  timer?: MonotonicTimer;
}

/** Waiting on sends still in flight: look again this often, as they may settle at any moment. */
const RECHECK_MS = 5;

/** Thrown when a send would have to wait longer than the caller allows (it should be retried later). */
export class LocalRateLimitError extends Error {
  override readonly name = 'LocalRateLimitError';
  constructor(readonly retryAfterMs: number) {
    super(`rate limit: the next slot is ${Math.ceil(retryAfterMs)} ms away`);
  }
}

/** A send that was let through: `at` (monotonic ms); call `done()` when its response arrived. */
export interface SendPermit {
  at: number;
  done(): void;
}

/**
 * Waits (never overshoots) until a send to a conversation fits both the per-conversation
 * windows and the app-wide rate. Waiters are served in order per conversation; a 429's
 * Retry-After pauses the conversation (or the whole app) for that long.
 * In-process: several server processes each get their own share via config.
 */
export class SendRateLimiter {
  private readonly timer: MonotonicTimer;
  private readonly global: SlidingWindowLog;
  private readonly perConversation: readonly RateWindow[];
  private readonly marginMs: number;
  private readonly capMs: number;
  private readonly conversations = new Map<string, SlidingWindowLog>();
  private readonly pausedUntil = new Map<string, number>();
  private globalPausedUntil = 0;
  /** Serializes acquisitions so that a later caller never overtakes an earlier one. */
  private readonly queues = new Map<string, Promise<void>>();
  private globalQueue: Promise<void> = Promise.resolve();

  constructor(options: SendRateLimiterOptions) {
    this.timer = options.timer ?? realTimer;
    this.marginMs = options.marginMs ?? 10;
    this.capMs = options.inFlightCapMs ?? 20_000;
    this.perConversation = options.perConversation ?? TEAMS_PER_CONVERSATION_LIMITS;
    this.global = new SlidingWindowLog([globalLimit(options.globalPerSecond)], this.marginMs);
  }

  /**
   * Resolves when one send to `conversationId` may go out now. The send counts in the windows
   * until its response is in (`done()`), from then on as of that moment.
   */
  async acquire(conversationId: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<SendPermit> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const chained = previous.then(() => mine);
    this.queues.set(conversationId, chained);
    await previous;
    try {
      const log = this.logOf(conversationId);
      for (;;) {
        const now = this.timer.now();
        const window = log.waitMs(now);
        const wait = Math.max(window.ms, (this.pausedUntil.get(conversationId) ?? 0) - now);
        if (wait <= 0) break;
        const settling = window.inFlight && window.ms >= wait;
        if (!settling && wait > maxWaitMs) throw new LocalRateLimitError(wait);
        await this.timer.sleep(settling ? Math.min(wait, RECHECK_MS) : wait);
      }
      const { at, entry } = await this.acquireGlobal(maxWaitMs);
      const own = log.record(at, this.capMs);
      return {
        at,
        done: () => {
          const t = Math.min(this.timer.now(), at + this.capMs);
          own.t = t;
          entry.t = t;
        },
      };
    } finally {
      release();
      if (this.queues.get(conversationId) === chained) this.queues.delete(conversationId);
    }
  }

  /** Pauses sends to a conversation (or all, with `'*'`) for `ms` real milliseconds. */
  pause(conversationId: string | '*', ms: number): void {
    const until = this.timer.now() + ms;
    if (conversationId === '*') this.globalPausedUntil = Math.max(this.globalPausedUntil, until);
    else this.pausedUntil.set(conversationId, Math.max(this.pausedUntil.get(conversationId) ?? 0, until));
  }

  /** Drops the memory of idle conversations (call now and then). */
  sweep(): void {
    const now = this.timer.now();
    for (const [id, log] of this.conversations) {
      if (log.idle(now) && !this.queues.has(id)) this.conversations.delete(id);
    }
    for (const [id, until] of this.pausedUntil) if (until <= now) this.pausedUntil.delete(id);
  }

  private logOf(conversationId: string): SlidingWindowLog {
    let log = this.conversations.get(conversationId);
    if (!log) {
      log = new SlidingWindowLog(this.perConversation, this.marginMs);
      this.conversations.set(conversationId, log);
    }
    return log;
  }

  private async acquireGlobal(maxWaitMs: number): Promise<{ at: number; entry: SendEntry }> {
    const previous = this.globalQueue;
    let release!: () => void;
    this.globalQueue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      for (;;) {
        const now = this.timer.now();
        const window = this.global.waitMs(now);
        const wait = Math.max(window.ms, this.globalPausedUntil - now);
        if (wait <= 0) break;
        const settling = window.inFlight && window.ms >= wait;
        if (!settling && wait > maxWaitMs) throw new LocalRateLimitError(wait);
        await this.timer.sleep(settling ? Math.min(wait, RECHECK_MS) : wait);
      }
      const at = this.timer.now();
      return { at, entry: this.global.record(at, this.capMs) };
    } finally {
      release();
    }
  }
}
