import { performance } from 'node:perf_hooks';

export interface LoadSample {
  latencies: number[];
  errors: number;
  seconds: number;
  /** CPU time spent during the slice by the server's process (when it has one of its own) and its database backends. */
  cpu?: CpuReading;
}

/** CPU time in ms: the server's process (user + system), and its PostgreSQL backends (null: not measured). */
export interface CpuReading {
  server: number;
  postgres: number | null;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** The server's CPU time per request, when every slice measured it; the same for its PostgreSQL backends. */
  cpuMsPerRequest: number | null;
  postgresCpuMsPerRequest: number | null;
}

/** Closed-loop load: `concurrency` workers post back to back for `seconds`; latencies in ms. */
export async function runLoad(options: {
  url: string;
  concurrency: number;
  seconds: number;
  body: (i: number) => unknown;
  firstIndex?: number;
}): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  let i = options.firstIndex ?? 0;
  const start = performance.now();
  const end = start + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const n = i++;
      const t0 = performance.now();
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(options.body(n)),
      }).catch(() => null);
      if (response) await response.arrayBuffer();
      if (!response || response.status >= 300) errors++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latencies, errors, seconds: (performance.now() - start) / 1000 };
}

export function summarize(samples: LoadSample[]): LoadResult {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  const perRequest = (read: (cpu: CpuReading) => number | null) => {
    const readings = samples.map((s) => (s.cpu ? read(s.cpu) : null));
    if (latencies.length === 0 || readings.some((ms) => ms === null)) return null;
    return readings.reduce((sum: number, ms) => sum + ms!, 0) / latencies.length;
  };
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    seconds,
    perSecond: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
    cpuMsPerRequest: perRequest((cpu) => cpu.server),
    postgresCpuMsPerRequest: perRequest((cpu) => cpu.postgres),
  };
}
