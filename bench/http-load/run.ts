/**
 * bench/http-load — the tab's two heaviest reads over HTTP, as users meet them: the real server in a
 * process of its own on the summary bench's data (10,000 answers, six departments), requests signed
 * as the tab signs them (Teams SSO tokens, checked against a JWKS), each load generator (autocannon)
 * in a process of its own. Per database, one route after another under the same load:
 *
 *   /healthz (the baseline), the department summary (largest department), the forum overview
 *
 * printing answers/s relative to /healthz, latency p50/p99, errors and timeouts; meanwhile a light
 * probe asks /healthz a few times a second (its p99: what everyone else meets while a heavy route
 * is loaded), and the server's event-loop delay (perf_hooks.monitorEventLoopDelay, server-probe.cjs),
 * in wall-clock time and as CPU time between two timer ticks (cpu p99/max: the longest the loop
 * worked without a break, which other processes on a busy machine do not inflate).
 * Targets: event-loop delay p99 ≤ 100 ms and /healthz p99 ≤ 100 ms while each route is loaded.
 *
 *   npx tsx bench/http-load/run.ts
 *   BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_TARGETS (sqlite,postgres), BENCH_PG_URL,
 *   BENCH_CPU_PROF=dir: a CPU profile of the server per loaded route, dir/<database>-<route>.cpuprofile,
 *   API_HEAVY_CONCURRENCY: the server's admission limit for heavy routes (default 4; 1000 ≈ none)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Store } from '../../bot/store/store';
import { PG_URL, withPostgresDataset, withSqliteDataset, type DatasetLocation } from '../summary/databases';
import { ANSWERS_AT_1X, largestDepartment, type Dataset } from '../summary/dataset';
import { startBenchServer, type BenchServer, type LoopDelay } from './bench-server';
import { runLoad, type LoadFigures } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGETS = (process.env.BENCH_TARGETS ?? 'sqlite,postgres').split(',');
const TIMEOUT_SECONDS = 10;
const PROBE_RATE = 10;
const IDLE_SECONDS = 3;
const TARGET_MS = 100;
const PROFILE_DIR = process.env.BENCH_CPU_PROF;

interface RouteResult {
  name: string;
  load: LoadFigures;
  probe: LoadFigures;
  loop: LoopDelay;
  /** How long the server stayed busy after the load ended (until /healthz answered at once). */
  drainMs: number;
}

async function measure(dialect: string, store: Store, data: Dataset, location: DatasetLocation) {
  const members = await store.listMembers(data.forumId);
  const organizer = members.find((m) => m.role === 'organizer');
  const department = largestDepartment(data);
  const chef = members.find((m) => m.role === 'chef' && m.departmentIds.includes(department.id));
  if (!organizer || !chef) throw new Error('the dataset has no organizer or no chef');
  const server = await startBenchServer(location);
  try {
    const auth = async (aad: string) => ({ authorization: `Bearer ${await server.token(aad)}` });
    const routes = [
      { name: '/healthz (baseline)', path: '/healthz', headers: {} },
      {
        name: 'department summary',
        path: `/api/departments/${department.id}/summary`,
        headers: await auth(chef.aadObjectId),
      },
      {
        name: 'forum overview',
        path: `/api/forums/${data.forumId}/overview`,
        headers: await auth(organizer.aadObjectId),
      },
    ];
    for (const route of routes) await warmUp(server, route.path, route.headers);
    // The machine's share: the server's event-loop delay with no load at all.
    await server.loopDelay();
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const idle = await server.loopDelay();
    const results: RouteResult[] = [];
    for (const route of routes) {
      await server.loopDelay();
      if (PROFILE_DIR) await server.startProfile();
      const [load, probe] = await Promise.all([
        runLoad({
          url: server.url + route.path,
          headers: route.headers,
          connections: CONNECTIONS,
          seconds: SECONDS,
          timeoutSeconds: TIMEOUT_SECONDS,
        }),
        runLoad({
          url: `${server.url}/healthz`,
          connections: 1,
          seconds: SECONDS,
          timeoutSeconds: TIMEOUT_SECONDS,
          rate: PROBE_RATE,
        }),
      ]);
      const loop = await server.loopDelay();
      if (PROFILE_DIR) saveProfile(`${dialect}-${route.name}`, await server.stopProfile());
      const drainMs = await drain(server);
      results.push({ name: route.name, load, probe, loop, drainMs });
    }
    return report(dialect, idle, results);
  } finally {
    await server.stop();
  }
}

function saveProfile(name: string, profile: unknown) {
  mkdirSync(PROFILE_DIR!, { recursive: true });
  const file = path.resolve(PROFILE_DIR!, `${name.replace(/\W+/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
}

/** A few sequential requests first, so every route runs compiled code and warm caches. */
async function warmUp(server: BenchServer, path: string, headers: Record<string, string>) {
  for (let i = 0; i < 5; i++) {
    const res = await fetch(server.url + path, { headers });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
}

/** Waits until /healthz answers within 20 ms: the server has worked off what the load left queued. */
async function drain(server: BenchServer): Promise<number> {
  const start = Date.now();
  for (;;) {
    const t = Date.now();
    await (await fetch(`${server.url}/healthz`)).arrayBuffer();
    if (Date.now() - t < 20 || Date.now() - start > 120_000) return Date.now() - start;
  }
}

function report(dialect: string, idle: LoopDelay, results: RouteResult[]): boolean {
  const base = results[0]!.load.perSecond;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `\n${dialect}: ${CONNECTIONS} connections, ${SECONDS} s per route, timeout ${TIMEOUT_SECONDS} s`,
  );
  console.log(
    `  ${'route'.padEnd(20)}${pad('answers/s', 10)}${pad('× healthz', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('timeouts', 9)}${pad('non-2xx', 8)}${pad('KB/answer', 10)}  |${pad('healthz p99', 12)}${pad('loop p99', 10)}${pad('loop max', 10)}${pad('cpu p99', 9)}${pad('cpu max', 9)}${pad('drain ms', 10)}`,
  );
  console.log(
    `  ${'idle (no load)'.padEnd(20)}${' '.repeat(83)}  |${' '.repeat(12)}${pad(idle.p99, 10)}${pad(idle.max, 10)}${pad(idle.cpuP99, 9)}${pad(idle.cpuMax, 9)}`,
  );
  let ok = true;
  for (const [i, r] of results.entries()) {
    // The targets are for the heavy routes; the baseline row shows what /healthz alone costs.
    const routeOk = r.loop.p99 <= TARGET_MS && r.probe.p99 <= TARGET_MS && r.probe.timeouts === 0;
    if (i > 0) ok &&= routeOk;
    console.log(
      `  ${r.name.padEnd(20)}${pad(r.load.perSecond.toFixed(1), 10)}${pad((r.load.perSecond / base).toFixed(4), 10)}${pad(r.load.p50, 9)}${pad(r.load.p99, 9)}${pad(r.load.errors, 8)}${pad(r.load.timeouts, 9)}${pad(r.load.non2xx, 8)}${pad((r.load.bytesPerResponse / 1024).toFixed(1), 10)}  |${pad(r.probe.p99 + (r.probe.timeouts ? ` (${r.probe.timeouts} t/o)` : ''), 12)}${pad(r.loop.p99, 10)}${pad(r.loop.max, 10)}${pad(r.loop.cpuP99, 9)}${pad(r.loop.cpuMax, 9)}${pad(r.drainMs, 10)}  ${i === 0 ? '' : routeOk ? 'met' : 'NOT met'}`,
    );
  }
  console.log(
    `  targets while loaded: event-loop delay p99 ≤ ${TARGET_MS} ms, /healthz probe (${PROBE_RATE}/s) p99 ≤ ${TARGET_MS} ms and no timeouts: ${ok ? 'met' : 'NOT met'}`,
  );
  return ok;
}

async function main() {
  const started = Date.now();
  console.log('bench/http-load: summary and overview over HTTP against /healthz, server in its own process');
  const results: boolean[] = [];
  if (TARGETS.includes('sqlite'))
    results.push(
      await withSqliteDataset('samskab-http-', ANSWERS_AT_1X, (s, d, _q, at) => measure('SQLite', s, d, at)),
    );
  if (TARGETS.includes('postgres')) {
    const pg = await withPostgresDataset('bench_http_', ANSWERS_AT_1X, (s, d, _q, at) =>
      measure('PostgreSQL', s, d, at),
    );
    if (typeof pg === 'object')
      console.log(
        `\nPostgreSQL: SKIPPED — unreachable at ${PG_URL.replace(/\/\/[^@]*@/, '//***@')}: ${pg.unreachable}`,
      );
    else results.push(pg);
  }
  console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (results.includes(false)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
