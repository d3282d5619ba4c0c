import { realTimer, type MonotonicTimer } from './monotonic-timer';
import { KeyedTurns, LocalRateLimitError, type SendLimiter, type SendPermit } from './send-limiter';
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

/** The turn key of the app-wide window (conversation ids never contain a NUL). */
const GLOBAL_KEY = '\u0000app';

/**
 * Waits (never overshoots) until a send to a conversation fits both the per-conversation
 * windows and the app-wide rate. Waiters are served in order per conversation; a 429's
 * Retry-After pauses the conversation for that long.
 * In-process: for one server process (SQLite); several instances share StoreSendLimiter instead.
 */
export class SendRateLimiter implements SendLimiter {
  private readonly timer: MonotonicTimer;
  private readonly global: SlidingWindowLog;
  private readonly perConversation: readonly RateWindow[];
  private readonly marginMs: number;
  private readonly capMs: number;
  private readonly conversations = new Map<string, SlidingWindowLog>();
  private readonly pausedUntil = new Map<string, number>();
  /** Serializes acquisitions so that a later caller never overtakes an earlier one. */
  private readonly turns = new KeyedTurns();

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
  acquire(conversationId: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<SendPermit> {
    return this.turns.run(conversationId, async () => {
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
    });
  }

  /** Pauses sends to a conversation for `ms` real milliseconds. */
  pause(conversationId: string, ms: number): void {
    const until = this.timer.now() + ms;
    this.pausedUntil.set(conversationId, Math.max(this.pausedUntil.get(conversationId) ?? 0, until));
  }

  /** Drops the memory of idle conversations (call now and then). */
  sweep(): void {
    const now = this.timer.now();
    for (const [id, log] of this.conversations) {
      if (log.idle(now) && !this.turns.has(id)) this.conversations.delete(id);
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

  private acquireGlobal(maxWaitMs: number): Promise<{ at: number; entry: SendEntry }> {
    return this.turns.run(GLOBAL_KEY, async () => {
      for (;;) {
        const now = this.timer.now();
        const window = this.global.waitMs(now);
        const wait = window.ms;
        if (wait <= 0) break;
        const settling = window.inFlight && window.ms >= wait;
        if (!settling && wait > maxWaitMs) throw new LocalRateLimitError(wait);
        await this.timer.sleep(settling ? Math.min(wait, RECHECK_MS) : wait);
      }
      const at = this.timer.now();
      return { at, entry: this.global.record(at, this.capMs) };
    });
  }
}
