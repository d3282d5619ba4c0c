import { performance } from 'node:perf_hooks';

/**
 * Real elapsed time for rate limiting. Rate limits are enforced by Teams in real time,
 * so they never read the (possibly simulated) scheduling clock.
 */
export interface MonotonicTimer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: MonotonicTimer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
