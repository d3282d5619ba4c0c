/**
 * bench/summary/breakdown — where the department summary's time goes, step by step, on SQLite
 * and PostgreSQL (same dataset as run.ts): each store read alone, the pure build alone, the
 * whole loader, and the plain query, interleaved round-robin; p50 per step.
 *
 *   npx tsx bench/summary/breakdown.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { loadDepartmentSummary } from '../../bot/api/summary-data';
import { createPostgresStore, createSqliteStore } from '../../bot/store';
import type { Store } from '../../bot/store/store';
import { buildDepartmentSummary } from '../../core/summary';
import { ANSWER_COLUMNS, answerRow, buildDataset, CLOCK, type Dataset } from './dataset';
import { ms, stats } from './measure';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BASELINE_SQL = `select ${ANSWER_COLUMNS.map((c) => `a.${c}`).join(', ')}, m.name as author_name
  from answers a left join members m on m.id = a.member_id
  where a.forum_id = $1 and a.department_id = $2`;

async function breakdown(
  dialect: string,
  store: Store,
  data: Dataset,
  plainQuery: (departmentId: string) => Promise<unknown[]>,
) {
  const forum = (await store.getForum(data.forumId))!;
  const counts = new Map<string, number>();
  for (const a of data.answers) counts.set(a.departmentId, (counts.get(a.departmentId) ?? 0) + 1);
  const department = [...data.departments].sort(
    (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0),
  )[0]!;
  const f = forum.id;
  const d = department.id;
  const [members, questions, principles, answers, takeaways, erasedAnswers] = await Promise.all([
    store.listMembers(f, { departmentId: d }),
    store.listQuestions(f),
    store.listPrinciples(f),
    store.listSummaryAnswers(f, { departmentId: d }),
    store.getTakeaways(d),
    store.listErasedAnswerTallies(f, { departmentId: d }),
  ]);
  const now = CLOCK.now().toISOString();
  const steps: Array<[string, () => unknown]> = [
    ['plain query (baseline)', () => plainQuery(d)],
    ['listSummaryAnswers(dept)', () => store.listSummaryAnswers(f, { departmentId: d })],
    ['listMembers(dept)', () => store.listMembers(f, { departmentId: d })],
    ['listMembers(forum) [roster cache fill]', () => store.listMembers(f)],
    ['listQuestions', () => store.listQuestions(f)],
    ['listPrinciples', () => store.listPrinciples(f)],
    ['getTakeaways', () => store.getTakeaways(d)],
    ['listErasedAnswerTallies(dept)', () => store.listErasedAnswerTallies(f, { departmentId: d })],
    [
      'buildDepartmentSummary (pure)',
      () =>
        buildDepartmentSummary({
          forum,
          department,
          members,
          questions,
          principles,
          answers,
          erasedAnswers,
          takeaways,
          now,
        }),
    ],
    ['loadDepartmentSummary (all of it)', () => loadDepartmentSummary(store, CLOCK, forum, department)],
  ];
  const samples = steps.map(() => [] as number[]);
  for (let i = 0; i < ITERATIONS + 15; i++) {
    for (let s = 0; s < steps.length; s++) {
      const start = process.hrtime.bigint();
      await steps[s]![1]();
      if (i >= 15) samples[s]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  console.log(`\n${dialect}: ${answers.length} answers, ${members.length} department members`);
  const base = stats(samples[0]!).p50;
  steps.forEach(([name], s) => {
    const st = stats(samples[s]!);
    console.log(
      `  ${name.padEnd(40)} p50 ${ms(st.p50).padStart(9)}  (${(st.p50 / base).toFixed(2)}× baseline)  p99 ${ms(st.p99)}`,
    );
  });
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-breakdown-'));
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
    await breakdown('SQLite', store, data, async (d) => select.all(data.forumId, d));
  } finally {
    raw.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const admin = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`\nPostgreSQL: SKIPPED — ${(error as Error).message}`);
    return;
  }
  const schema = `bench_breakdown_${process.pid}`;
  let opened: Awaited<ReturnType<typeof createPostgresStore>> | undefined;
  try {
    opened = await createPostgresStore({ connectionString: PG_URL, schema });
    const { store: pg, pool } = opened;
    await pg.migrate();
    const data = await buildDataset(pg);
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
    await breakdown(
      'PostgreSQL',
      pg,
      data,
      async (d) => (await pool.query(BASELINE_SQL, [data.forumId, d])).rows,
    );
  } finally {
    await opened?.store.close().catch(() => undefined);
    await admin.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
