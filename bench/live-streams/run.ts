/**
 * bench/live-streams — a soak of the live-update streams against the real server in its own process
 * (SQLite, the summary bench's data): five rounds of opening 1,000 streams (/api/events with
 * tickets, 1,000 chefs, as the tab opens them), one change notice to every stream (a takeaways save
 * per department), then closing them all from the client side. After each round, once every
 * stream's slot is given back, the server collects its garbage (--expose-gc, server-probe.cjs) and
 * reports heapUsed and RSS. Target: after GC, heapUsed within 10 % of the start (the baseline,
 * measured in the same run before the first stream).
 *
 *   npx tsx bench/live-streams/run.ts      BENCH_STREAMS (1000), BENCH_ROUNDS (5)
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Member } from '../../core/model';
import type { Store } from '../../bot/store/store';
import { openSse } from '../../tests/bot/api/support/sse';
import { startBenchServer, type BenchServer, type Memory } from '../http-load/bench-server';
import { withSqliteDataset, type DatasetLocation } from '../summary/databases';
import { ANSWERS_AT_1X, type Dataset } from '../summary/dataset';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OPEN_CONCURRENCY = 50;
const TARGET_GROWTH = 0.1;

type Stream = Awaited<ReturnType<typeof openSse>>;

async function soak(store: Store, data: Dataset, location: DatasetLocation): Promise<boolean> {
  const chefs = (await store.listMembers(data.forumId)).filter((m) => m.role === 'chef').slice(0, STREAMS);
  if (chefs.length < STREAMS) throw new Error(`only ${chefs.length} chefs for ${STREAMS} streams`);
  const slots = slotCounter(location);
  const openSlots = slots.count;
  const server = await startBenchServer(location);
  try {
    const tokens = await Promise.all(chefs.map((chef) => server.token(chef.aadObjectId)));
    const start = await server.memory();
    console.log(`\nSQLite: ${STREAMS} streams (one per chef) × ${ROUNDS} rounds`);
    console.log(`  ${'after GC'.padEnd(10)}${'heapUsed MB'.padStart(13)}${'RSS MB'.padStart(10)}   round`);
    line('start', start, '');
    const rounds: Memory[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const t0 = Date.now();
      const streams = await openAll(server, tokens);
      const opened = Date.now() - t0;
      const changes = await oneChangeEach(server, store, data, chefs, tokens, streams);
      for (const stream of streams) stream.close();
      const released = await until(() => openSlots() === 0, 60_000);
      if (!released) throw new Error(`round ${round}: ${openSlots()} stream slots still held after 60 s`);
      const memory = await server.memory();
      rounds.push(memory);
      line(
        `round ${round}`,
        memory,
        `${streams.length} opened in ${opened} ms, ${changes} got their change notice, all closed in ${Date.now() - t0 - opened} ms`,
      );
    }
    const last = rounds[rounds.length - 1]!;
    const growth = last.heapUsed / start.heapUsed - 1;
    const rssGrowth = last.rss / start.rss - 1;
    const ok = growth <= TARGET_GROWTH;
    console.log(
      `  after ${ROUNDS} rounds: heapUsed ${pct(growth)} of the start, RSS ${pct(rssGrowth)} (target heapUsed ≤ +${TARGET_GROWTH * 100} %: ${ok ? 'met' : 'NOT met'})`,
    );
    return ok;
  } finally {
    await server.stop();
    slots.close();
  }
}

/** Tickets for every person, then the streams, OPEN_CONCURRENCY at a time; each has said `ready`. */
async function openAll(server: BenchServer, tokens: string[]): Promise<Stream[]> {
  const streams: Stream[] = [];
  await inBatches(tokens, async (token) => {
    const res = await fetch(`${server.url}/api/events/ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`ticket: ${res.status} ${await res.text()}`);
    const { url } = (await res.json()) as { url: string };
    const stream = await openSse(server.url + url);
    if (stream.status !== 200) throw new Error(`stream: ${stream.status} ${await stream.text()}`);
    streams.push(stream);
    const ready = await stream.next(30_000);
    if (ready.event !== 'ready') throw new Error(`stream said ${ready.event} first`);
  });
  return streams;
}

/**
 * Saves the takeaways of every department the streams' chefs are in (as one of its chefs, through
 * the API), so every stream is sent exactly one change notice; resolves with how many got it.
 */
async function oneChangeEach(
  server: BenchServer,
  store: Store,
  data: Dataset,
  chefs: Member[],
  tokens: string[],
  streams: Stream[],
): Promise<number> {
  for (const department of data.departments) {
    const i = chefs.findIndex((c) => c.departmentIds.includes(department.id));
    if (i < 0) continue;
    const { version } = await store.getTakeaways(department.id);
    const res = await fetch(`${server.url}/api/departments/${department.id}/takeaways`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: `Runde ${version + 1}`, expectedVersion: version }),
    });
    if (!res.ok) throw new Error(`takeaways: ${res.status} ${await res.text()}`);
  }
  let got = 0;
  await inBatches(streams, async (stream) => {
    const event = await stream.next(30_000);
    if (event.event === 'change') got += 1;
  });
  return got;
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: OPEN_CONCURRENCY }, worker));
}

/** The slots (one per open stream) in the server's database, read beside it. */
function slotCounter(location: DatasetLocation) {
  const db = new BetterSqlite3(location.SQLITE_PATH!, { readonly: true });
  const count = db.prepare('select count(*) as n from event_streams');
  return { count: () => (count.get() as { n: number }).n, close: () => db.close() };
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
function line(label: string, m: Memory, note: string) {
  console.log(`  ${label.padEnd(10)}${mb(m.heapUsed).padStart(13)}${mb(m.rss).padStart(10)}   ${note}`);
}

async function main() {
  const started = Date.now();
  console.log('bench/live-streams: open and close live-update streams, memory after GC per round');
  const ok = await withSqliteDataset('samskab-streams-', ANSWERS_AT_1X, (s, d, _q, at) => soak(s, d, at));
  console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
