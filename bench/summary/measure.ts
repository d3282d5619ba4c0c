export interface Stats {
  p50: number;
  p99: number;
  mean: number;
  n: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return {
    p50: at(0.5),
    p99: at(0.99),
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    n: sorted.length,
  };
}

/**
 * Runs two operations interleaved (A, B, A, B, …) after a warm-up, so both see the same
 * machine conditions; returns per-call milliseconds for each.
 */
export async function interleaved(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  iterations: number,
  warmup: number,
): Promise<{ a: Stats; b: Stats }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const first = i % 2 === 0;
    for (const [op, out] of first
      ? ([
          [a, ta],
          [b, tb],
        ] as const)
      : ([
          [b, tb],
          [a, ta],
        ] as const)) {
      const start = process.hrtime.bigint();
      await op();
      out.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return { a: stats(ta), b: stats(tb) };
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;
