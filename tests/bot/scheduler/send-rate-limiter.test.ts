import {
  backoffMs,
  classifySendError,
  LocalRateLimitError,
  SendRateLimiter,
  type MonotonicTimer,
} from '../../../bot/teams/proactive';
import { TEAMS_CONVERSATION_WINDOWS, type Window } from '../../support/connector-rate-check';

/** Virtual time: sleeping moves the clock; nothing really waits. */
function virtualTimer(): MonotonicTimer & { t: number } {
  const timer = {
    t: 0,
    now: () => timer.t,
    sleep: async (ms: number) => {
      timer.t += Math.max(ms, 0.001);
    },
  };
  return timer;
}

function maxInAnyWindow(stamps: number[], ms: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < stamps.length; end++) {
    while (stamps[end]! - stamps[start]! >= ms) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

function expectWithin(stamps: number[], windows: Window[]) {
  for (const w of windows) expect(maxInAnyWindow(stamps, w.ms)).toBeLessThanOrEqual(w.max);
}

describe('send rate limiter', () => {
  it("keeps one conversation within Teams' 7/1 s, 8/2 s, 60/30 s and waits rather than overshoots", async () => {
    const timer = virtualTimer();
    const limiter = new SendRateLimiter({ globalPerSecond: 1000, timer, marginMs: 0 });
    const stamps: number[] = [];
    for (let i = 0; i < 130; i++) {
      const permit = await limiter.acquire('group-1');
      permit.done();
      stamps.push(permit.at);
    }
    expectWithin(stamps, TEAMS_CONVERSATION_WINDOWS);
    // 130 sends need at least two full 30-second windows.
    expect(stamps[stamps.length - 1]!).toBeGreaterThanOrEqual(60_000);
    expect(stamps[stamps.length - 1]!).toBeLessThan(70_000);
  });

  it('paces many conversations at the global rate, concurrently', async () => {
    const timer = virtualTimer();
    const limiter = new SendRateLimiter({ globalPerSecond: 30, timer, marginMs: 0 });
    const stamps: number[] = [];
    await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const permit = await limiter.acquire(`personal-${i}`);
        permit.done();
        stamps.push(permit.at);
      }),
    );
    stamps.sort((a, b) => a - b);
    expect(maxInAnyWindow(stamps, 1_000)).toBeLessThanOrEqual(30);
  });

  it("pauses a conversation for a 429's Retry-After", async () => {
    const timer = virtualTimer();
    const limiter = new SendRateLimiter({ globalPerSecond: 30, timer });
    (await limiter.acquire('c')).done();
    limiter.pause('c', 5_000);
    const before = timer.now();
    await limiter.acquire('c');
    expect(timer.now() - before).toBeGreaterThanOrEqual(5_000);
  });
});

describe('limiter deadline', () => {
  it('gives up instead of waiting longer than allowed (the delivery is retried, its lease kept safe)', async () => {
    const timer = virtualTimer();
    const limiter = new SendRateLimiter({ globalPerSecond: 30, timer });
    limiter.pause('c', 5_000);
    const error = await limiter.acquire('c', 1_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalRateLimitError);
    expect(classifySendError(error)).toEqual(
      expect.objectContaining({ kind: 'transient', retryAfterMs: 5_000 }),
    );
    expect(timer.now()).toBe(0);
    // The queue is not blocked by the one that gave up.
    expect((await limiter.acquire('other', 1_000)).at).toBe(0);
  });
});

describe('retry policy', () => {
  it('grows exponentially with jitter, capped, and never undercuts Retry-After', () => {
    expect(backoffMs(1, null, () => 0)).toBe(500);
    expect(backoffMs(1, null, () => 1)).toBe(1_000);
    expect(backoffMs(4, null, () => 1)).toBe(8_000);
    expect(backoffMs(30, null, () => 1)).toBe(600_000);
    expect(backoffMs(1, 12_000, () => 0.5)).toBe(12_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2019-09-02T07:00:00Z');
    const headers = (v: string) => ({ get: (n: string) => (n === 'retry-after' ? v : undefined) });
    expect(classifySendError({ statusCode: 429, response: { headers: headers('3') } }, now)).toEqual(
      expect.objectContaining({ kind: 'transient', retryAfterMs: 3_000 }),
    );
    expect(
      classifySendError(
        { statusCode: 503, response: { headers: headers('Mon, 02 Sep 2019 07:00:10 GMT') } },
        now,
      ),
    ).toEqual(expect.objectContaining({ kind: 'transient', retryAfterMs: 10_000 }));
    expect(classifySendError({ statusCode: 400 }, now).kind).toBe('permanent');
    expect(classifySendError({ code: 'ECONNRESET' }, now).kind).toBe('transient');
    expect(classifySendError(new Error('boom'), now).kind).toBe('permanent');
  });
});
