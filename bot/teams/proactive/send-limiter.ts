/**
 * The rate limiter the proactive sender asks before each request. Two implementations: the
 * in-process SendRateLimiter (one process, SQLite) and the StoreSendLimiter (every instance on
 * one PostgreSQL database shares the limits). The sender does not know which one it has; the
 * scheduler chooses by store dialect.
 */
export interface SendLimiter {
  /**
   * Resolves when one send to `conversationId` may go out now (counted in the windows until its
   * `done()`, from then on as of that moment). Throws LocalRateLimitError when it would have to
   * wait longer than `maxWaitMs`.
   */
  acquire(conversationId: string, maxWaitMs?: number): Promise<SendPermit>;
  /** Pauses sends to a conversation for `ms` real milliseconds (after a 429). */
  pause(conversationId: string, ms: number): void | Promise<void>;
  /** Forgets what no window needs any more (called after every scheduler pass). */
  sweep(): void | Promise<void>;
}

/** A send that was let through: `at` (monotonic ms); call `done()` when its response arrived. */
export interface SendPermit {
  at: number;
  done(): void;
}

/** Thrown when a send would have to wait longer than the caller allows (it should be retried later). */
export class LocalRateLimitError extends Error {
  override readonly name = 'LocalRateLimitError';
  constructor(readonly retryAfterMs: number) {
    super(`rate limit: the next slot is ${Math.ceil(retryAfterMs)} ms away`);
  }
}

/** The limiter could not reach its store: the send did not leave and can be retried later. */
export class LimiterUnavailableError extends Error {
  override readonly name = 'LimiterUnavailableError';
  constructor(cause: unknown) {
    super(`rate limiter unavailable: ${(cause as Error)?.message ?? String(cause)}`.slice(0, 300));
  }
}

/**
 * Runs work for one key after the work queued before it for that key (in this process), so a
 * later caller never overtakes an earlier one.
 */
export class KeyedTurns {
  private readonly queues = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const chained = previous.then(() => mine);
    this.queues.set(key, chained);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.queues.get(key) === chained) this.queues.delete(key);
    }
  }

  has(key: string): boolean {
    return this.queues.has(key);
  }
}
