import type { RateWindow } from './teams-rate-limits';

/** One send: counted from when it was let through until it is known to have arrived. */
export interface SendEntry {
  /**
   * The latest instant the request can have reached the server: the time its response came
   * back (or a cap while it is still in flight). Counting windows from this upper bound means
   * that delays between our timestamp and the server's (event-loop lag, network jitter) can
   * never make the server see more sends in a window than the limit.
   */
  t: number;
}

/**
 * Milliseconds until one more send fits every window, given the instants the earlier sends count
 * from (0: now). `inFlight`: the wait is due to sends whose response is not in yet (their instant
 * lies in the future); it shrinks as soon as they settle. Shared by the in-process log and the
 * store-backed limiter, so both apply the same rule.
 */
export function windowWait(
  times: readonly number[],
  windows: readonly RateWindow[],
  marginMs: number,
  now: number,
): { ms: number; inFlight: boolean } {
  let ms = 0;
  let inFlight = false;
  for (const w of windows) {
    const span = w.windowMs + marginMs;
    const inWindow = times.filter((t) => t > now - span);
    if (inWindow.length < w.max) continue;
    inWindow.sort((a, b) => a - b);
    // Enough of the oldest must leave the window for one more to fit.
    const leaving = inWindow[inWindow.length - w.max]!;
    if (leaving + span - now > ms) {
      ms = leaving + span - now;
      inFlight = leaving > now;
    }
  }
  return { ms: Math.max(0, ms), inFlight };
}

/** The longest window plus the margin: how far back sends matter. */
export function lookbackMs(windows: readonly RateWindow[], marginMs: number): number {
  return Math.max(...windows.map((w) => w.windowMs)) + marginMs;
}

/** The sends of one key (a conversation, or the whole app), checked against sliding windows. */
export class SlidingWindowLog {
  private entries: SendEntry[] = [];
  private readonly longestMs: number;

  constructor(
    private readonly windows: readonly RateWindow[],
    /** Added to every window, to absorb clock granularity. */
    private readonly marginMs: number,
  ) {
    this.longestMs = lookbackMs(windows, marginMs);
  }

  /**
   * Milliseconds to wait until one more send fits every window (0: now). `inFlight`: the wait is
   * due to sends whose response is not in yet; it shrinks as soon as they settle.
   */
  waitMs(now: number): { ms: number; inFlight: boolean } {
    this.prune(now);
    return windowWait(
      this.entries.map((e) => e.t),
      this.windows,
      this.marginMs,
      now,
    );
  }

  /** Records a send let through now; call `settle` when its response arrived. */
  record(now: number, inFlightCapMs: number): SendEntry {
    const entry = { t: now + inFlightCapMs };
    this.entries.push(entry);
    return entry;
  }

  /** True when nothing recent is remembered (the log can be dropped). */
  idle(now: number): boolean {
    this.prune(now);
    return this.entries.length === 0;
  }

  private prune(now: number): void {
    if (this.entries.length === 0) return;
    const cutoff = now - this.longestMs;
    if (this.entries.every((e) => e.t > cutoff)) return;
    this.entries = this.entries.filter((e) => e.t > cutoff);
  }
}
