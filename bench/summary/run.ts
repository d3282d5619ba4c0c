/**
 * bench/summary — the department summary endpoint's work (the store reads and
 * buildDepartmentSummary, exactly what GET /api/departments/:id/summary does after auth)
 * against reading the same answer rows with one plain query, interleaved in the same run,
 * with 10,000 answers over six departments, on SQLite and on PostgreSQL.
 * Also prints the tab's initial JavaScript, gzipped.
 *
 *   npx tsx bench/summary/run.ts        (BENCH_PG_URL overrides postgres://postgres@127.0.0.1:5432/test)
 *
 * Where the time goes, read by read: `npx tsx bench/summary/breakdown.ts`.
 */
import path from 'node:path';
import { RosterCache } from '../../bot/api/roster-cache';
import { loadDepartmentSummary } from '../../bot/api/summary-data';
import type { Store } from '../../bot/store/store';
import { largestDepartment, PG_URL, withPostgresDataset, withSqliteDataset } from './databases';
import { CLOCK, type Dataset } from './dataset';
import { interleaved, ms, type Stats } from './measure';
import { initialTabJs } from './tab-size';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const WARMUP = 15;
const TARGET_RATIO = 2;
const TAB_TARGET_BYTES = 300 * 1024;

interface Result {
  dialect: string;
  answersInDepartment: number;
  /** B: as the API runs it: members/questions/principles from the roster cache, answers fresh. */
  endpoint: Stats;
  baseline: Stats;
  /** A: exactly "store reads + buildDepartmentSummary": every read from the store on every call. */
  uncached: Stats;
  uncachedBaseline: Stats;
}

async function measure(
  dialect: string,
  store: Store,
  data: Dataset,
  plainQuery: (departmentId: string) => Promise<unknown[]>,
): Promise<Result> {
  const forum = (await store.getForum(data.forumId))!;
  const department = largestDepartment(data);
  const check = await loadDepartmentSummary(store, CLOCK, forum, department);
  const rows = await plainQuery(department.id);
  const answered = check.summary.questions.reduce((n, q) => n + q.answers.length, 0);
  if (answered !== rows.length)
    throw new Error(`${dialect}: summary holds ${answered} answers, the plain query ${rows.length}`);
  const cold = await interleaved(
    () => loadDepartmentSummary(store, CLOCK, forum, department),
    () => plainQuery(department.id),
    ITERATIONS,
    WARMUP,
  );
  const rosters = new RosterCache(store, 60_000);
  const cached = await interleaved(
    () => loadDepartmentSummary(store, CLOCK, forum, department, rosters),
    () => plainQuery(department.id),
    ITERATIONS,
    WARMUP,
  );
  return {
    dialect,
    answersInDepartment: rows.length,
    endpoint: cached.a,
    baseline: cached.b,
    uncached: cold.a,
    uncachedBaseline: cold.b,
  };
}

function report(r: Result): boolean {
  const ratio = (a: Stats, b: Stats) => ({ p50: a.p50 / b.p50, p99: a.p99 / b.p99 });
  const cold = ratio(r.uncached, r.uncachedBaseline);
  const warm = ratio(r.endpoint, r.baseline);
  const ok = cold.p50 <= TARGET_RATIO && cold.p99 <= TARGET_RATIO;
  const verdict = (x: { p50: number; p99: number }) =>
    x.p50 <= TARGET_RATIO && x.p99 <= TARGET_RATIO ? 'met' : 'NOT met';
  console.log(`\n${r.dialect}: department with ${r.answersInDepartment} of 10,000 answers (six departments)`);
  console.log(
    `  A. store reads + buildDepartmentSummary   p50 ${ms(r.uncached.p50)}  p99 ${ms(r.uncached.p99)}  (n=${r.uncached.n})`,
  );
  console.log(
    `     one plain query, same rows              p50 ${ms(r.uncachedBaseline.p50)}  p99 ${ms(r.uncachedBaseline.p99)}`,
  );
  console.log(
    `     ratio                                   p50 ${cold.p50.toFixed(2)}×  p99 ${cold.p99.toFixed(2)}×  (target ≤ ${TARGET_RATIO}×: ${verdict(cold)})`,
  );
  console.log(
    `  B. as the API serves it (roster cache)    p50 ${ms(r.endpoint.p50)}  p99 ${ms(r.endpoint.p99)}  (n=${r.endpoint.n})`,
  );
  console.log(
    `     one plain query, same rows              p50 ${ms(r.baseline.p50)}  p99 ${ms(r.baseline.p99)}`,
  );
  console.log(
    `     ratio                                   p50 ${warm.p50.toFixed(2)}×  p99 ${warm.p99.toFixed(2)}×  (target ≤ ${TARGET_RATIO}×: ${verdict(warm)})`,
  );
  return ok;
}

async function main() {
  const started = Date.now();
  console.log('bench/summary: GET /api/departments/:id/summary work vs. one plain query for the same rows');
  const results: boolean[] = [
    report(await withSqliteDataset('samskab-bench-', (s, d, q) => measure('SQLite', s, d, q))),
  ];
  const pg = await withPostgresDataset('bench_summary_', (s, d, q) => measure('PostgreSQL', s, d, q));
  if ('unreachable' in pg)
    console.log(
      `\nPostgreSQL: SKIPPED — unreachable at ${PG_URL.replace(/\/\/[^@]*@/, '//***@')}: ${pg.unreachable}`,
    );
  else results.push(report(pg));

  const tab = initialTabJs(path.resolve(__dirname, '../../tab/dist'));
  if (!tab) console.log('\nTab initial JS: tab/dist not built (run `npm run build:tab`) — not measured');
  else {
    console.log(
      `\nTab initial JS (gzip -9): ${(tab.gzipBytes / 1024).toFixed(1)} KB (target ≤ ${TAB_TARGET_BYTES / 1024} KB: ${tab.gzipBytes <= TAB_TARGET_BYTES ? 'met' : 'NOT met'})`,
    );
    for (const f of tab.files)
      console.log(
        `  ${f.file}  ${(f.bytes / 1024).toFixed(1)} KB raw, ${(f.gzipBytes / 1024).toFixed(1)} KB gzip`,
      );
  }
  console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (results.includes(false)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
