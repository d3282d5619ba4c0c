import type { RateWindow } from './teams-rate-limits';

/**
 * The send timestamps of one key (a conversation, or the whole app), checked against a set of
 * sliding windows. Keeps only as many timestamps as the largest window allows.
 */
export class SlidingWindowLog {
  private readonly stamps: number[] = [];
  private head = 0;
  private readonly keep: number;
  private readonly longestMs: number;

  constructor(
    private readonly windows: readonly RateWindow[],
    /** Added to every window, to absorb jitter between our clock and the server's. */
    private readonly marginMs: number,
  ) {
    this.keep = Math.max(...windows.map((w) => w.max));
    this.longestMs = Math.max(...windows.map((w) => w.windowMs)) + marginMs;
  }

  /** Milliseconds to wait until one more send fits every window (0: now). */
  waitMs(now: number): number {
    this.prune(now);
    let wait = 0;
    const count = this.stamps.length - this.head;
    for (const w of this.windows) {
      if (count < w.max) continue;
      // The send `max` places back must have left the window.
      const blocking = this.stamps[this.stamps.length - w.max]!;
      wait = Math.max(wait, blocking + w.windowMs + this.marginMs - now);
    }
    return Math.max(0, wait);
  }

  record(now: number): void {
    this.stamps.push(now);
    if (this.stamps.length - this.head > this.keep) this.head++;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps.splice(0, this.head);
      this.head = 0;
    }
  }

  /** True when nothing recent is remembered (the log can be dropped). */
  idle(now: number): boolean {
    this.prune(now);
    return this.stamps.length === this.head;
  }

  private prune(now: number): void {
    while (this.head < this.stamps.length && this.stamps[this.head]! <= now - this.longestMs) this.head++;
  }
}
