import { realTimer, type MonotonicTimer } from './monotonic-timer';
import { SlidingWindowLog } from './sliding-window';
import { globalLimit, TEAMS_PER_CONVERSATION_LIMITS, type RateWindow } from './teams-rate-limits';

export interface SendRateLimiterOptions {
  /** Sends per second for the whole app (config.scheduler.sendRatePerSecond). */
  globalPerSecond: number;
  perConversation?: readonly RateWindow[];
  /** Safety margin added to each window (ms), so jitter never makes us overshoot. Default 50. */
  marginMs?: number;
  timer?: MonotonicTimer;
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
  private readonly conversations = new Map<string, SlidingWindowLog>();
  private readonly pausedUntil = new Map<string, number>();
  private globalPausedUntil = 0;
  /** Serializes acquisitions so that a later caller never overtakes an earlier one. */
  private readonly queues = new Map<string, Promise<void>>();
  private globalQueue: Promise<void> = Promise.resolve();

  constructor(options: SendRateLimiterOptions) {
    this.timer = options.timer ?? realTimer;
    this.marginMs = options.marginMs ?? 50;
    this.perConversation = options.perConversation ?? TEAMS_PER_CONVERSATION_LIMITS;
    this.global = new SlidingWindowLog([globalLimit(options.globalPerSecond)], this.marginMs);
  }

  /** Resolves when one send to `conversationId` may go out now; records it and returns its (monotonic) time. */
  async acquire(conversationId: string): Promise<number> {
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
        const wait = Math.max(log.waitMs(now), (this.pausedUntil.get(conversationId) ?? 0) - now);
        if (wait <= 0) break;
        await this.timer.sleep(wait);
      }
      const at = await this.acquireGlobal();
      log.record(at);
      return at;
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

  private async acquireGlobal(): Promise<number> {
    const previous = this.globalQueue;
    let release!: () => void;
    this.globalQueue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      for (;;) {
        const now = this.timer.now();
        const wait = Math.max(this.global.waitMs(now), this.globalPausedUntil - now);
        if (wait <= 0) break;
        await this.timer.sleep(wait);
      }
      const at = this.timer.now();
      this.global.record(at);
      return at;
    } finally {
      release();
    }
  }
}
