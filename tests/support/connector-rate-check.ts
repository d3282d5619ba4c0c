/**
 * The stand-in's own enforcement of Teams' limits (independent of the app's limiter, so a
 * test checks the app against the rules, not against itself): the times of the requests that
 * count, per key, checked against sliding windows in real time.
 */
export interface Window {
  max: number;
  ms: number;
}

export const TEAMS_CONVERSATION_WINDOWS: Window[] = [
  { max: 7, ms: 1_000 },
  { max: 8, ms: 2_000 },
  { max: 60, ms: 30_000 },
  { max: 1_800, ms: 3_600_000 },
];

export class WindowCheck {
  private readonly counted = new Map<string, number[]>();

  constructor(private readonly windows: Window[]) {}

  /** Milliseconds until a request for the key fits every window, or 0 if one fits now. */
  waitMs(key: string, now: number): number {
    const times = this.counted.get(key) ?? [];
    const longest = Math.max(...this.windows.map((w) => w.ms));
    while (times.length > 0 && times[0]! <= now - longest) times.shift();
    let waitMs = 0;
    for (const w of this.windows) {
      const inWindow = times.filter((t) => t > now - w.ms);
      if (inWindow.length >= w.max)
        waitMs = Math.max(waitMs, inWindow[inWindow.length - w.max]! + w.ms - now);
    }
    return waitMs;
  }

  /** Records a request that counts toward the windows. */
  record(key: string, now: number): void {
    const times = this.counted.get(key) ?? [];
    times.push(now);
    this.counted.set(key, times);
  }
}

/** The most entries of sorted-or-not `times` (ms) that fall within any window of `ms` milliseconds. */
export function maxInAnyWindow(times: readonly number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= ms) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}
