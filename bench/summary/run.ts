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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { RosterCache } from '../../bot/api/roster-cache';
import { loadDepartmentSummary } from '../../bot/api/summary-data';
import { createPostgresStore, createSqliteStore } from '../../bot/store';
import type { Store } from '../../bot/store/store';
import { ANSWER_COLUMNS, answerRow, buildDataset, CLOCK, type Dataset } from './dataset';
import { interleaved, ms, type Stats } from './measure';
import { initialTabJs } from './tab-size';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const WARMUP = 15;
const TARGET_RATIO = 2;
const TAB_TARGET_BYTES = 300 * 1024;
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The rows the summary is made of, in one plain query: the department's answers with their authors' names. */
const BASELINE_SQL = `select ${ANSWER_COLUMNS.map((c) => `a.${c}`).join(', ')}, m.name as author_name
  from answers a left join members m on m.id = a.member_id
  where a.forum_id = $1 and a.department_id = $2`;

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
  // The largest department: the worst case of the six.
  const counts = new Map<string, number>();
  for (const a of data.answers) counts.set(a.departmentId, (counts.get(a.departmentId) ?? 0) + 1);
  const department = [...data.departments].sort(
    (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0),
  )[0]!;
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

async function sqlite(): Promise<Result> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const store = createSqliteStore({ path: file });
  const raw = new BetterSqlite3(file);
  try {
    await store.migrate();
    const data = await buildDataset(store);
    const insert = raw.prepare(
      `insert into answers (${ANSWER_COLUMNS.join(', ')}) values (${ANSWER_COLUMNS.map(() => '?').join(', ')})`,
    );
    raw.transaction(() => data.answers.forEach((a) => insert.run(...answerRow(a))))();
    const select = raw.prepare(BASELINE_SQL.replace('$1', '?').replace('$2', '?'));
    return await measure('SQLite', store, data, async (departmentId) =>
      select.all(data.forumId, departmentId),
    );
  } finally {
    raw.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(): Promise<Result | string> {
  const admin = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return `unreachable at ${PG_URL.replace(/\/\/[^@]*@/, '//***@')}: ${(error as Error).message}`;
  }
  const schema = `bench_summary_${process.pid}`;
  let opened: Awaited<ReturnType<typeof createPostgresStore>> | undefined;
  try {
    opened = await createPostgresStore({ connectionString: PG_URL, schema });
    const { store, pool } = opened;
    await store.migrate();
    const data = await buildDataset(store);
    for (let i = 0; i < data.answers.length; i += 500) {
      const batch = data.answers.slice(i, i + 500);
      const values = batch.map(
        (_, r) => `(${ANSWER_COLUMNS.map((__, c) => `$${r * ANSWER_COLUMNS.length + c + 1}`).join(', ')})`,
      );
      await pool.query(
        `insert into answers (${ANSWER_COLUMNS.join(', ')}) values ${values.join(', ')}`,
        batch.flatMap(answerRow),
      );
    }
    await pool.query('analyze');
    return await measure(
      'PostgreSQL',
      store,
      data,
      async (departmentId) => (await pool.query(BASELINE_SQL, [data.forumId, departmentId])).rows,
    );
  } finally {
    await opened?.store.close().catch(() => undefined);
    await admin.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
    await admin.end();
  }
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
  const results: boolean[] = [report(await sqlite())];
  const pg = await postgres();
  if (typeof pg === 'string') console.log(`\nPostgreSQL: SKIPPED — ${pg}`);
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
