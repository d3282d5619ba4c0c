/**
 * bench/summary/breakdown — where the department summary's time goes, step by step, on SQLite
 * and PostgreSQL (same dataset as run.ts): each store read alone, the pure build alone, the
 * whole loader, and the plain query, interleaved round-robin; p50 per step.
 *
 *   npx tsx bench/summary/breakdown.ts
 */
import { RosterCache } from '../../bot/api/roster-cache';
import { loadDepartmentSummary, loadForumOverview } from '../../bot/api/summary-data';
import type { Store } from '../../bot/store/store';
import { buildDepartmentSummary } from '../../core/summary';
import { withPostgresDataset, withSqliteDataset, type PlainQueries } from './databases';
import { ANSWERS_AT_1X, CLOCK, largestDepartment, type Dataset } from './dataset';
import { ms, stats } from './measure';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);

async function breakdown(dialect: string, store: Store, data: Dataset, plain: PlainQueries) {
  const forum = (await store.getForum(data.forumId))!;
  const department = largestDepartment(data);
  const f = forum.id;
  const d = department.id;
  // The pure build's inputs, read as the loader reads them (no roster cache).
  const [answers, members, questions, principles, takeaways, erasedAnswers] = await Promise.all([
    store.listSummaryAnswers(f, { departmentId: d }),
    store.listMembers(f, { departmentId: d }),
    store.listQuestions(f),
    store.listPrinciples(f),
    store.getTakeaways(d),
    store.listErasedAnswerTallies(f, { departmentId: d }),
  ]);
  const inputs = { answers, members, questions, principles, takeaways, erasedAnswers };
  const now = CLOCK.now().toISOString();
  // Kept for the whole run, as between two change notices: what the roster cache saves per read.
  const rosters = new RosterCache(store, 3_600_000);
  const steps: Array<[string, () => unknown]> = [
    ['plain query (baseline)', () => plain.department(d)],
    ['listSummaryAnswers(dept)', () => store.listSummaryAnswers(f, { departmentId: d })],
    ['listMembers(dept)', () => store.listMembers(f, { departmentId: d })],
    ['listMembers(forum) [roster cache fill]', () => store.listMembers(f)],
    ['listQuestions', () => store.listQuestions(f)],
    ['listPrinciples', () => store.listPrinciples(f)],
    ['getTakeaways', () => store.getTakeaways(d)],
    ['listErasedAnswerTallies(dept)', () => store.listErasedAnswerTallies(f, { departmentId: d })],
    ['buildDepartmentSummary (pure)', () => buildDepartmentSummary({ forum, department, ...inputs, now })],
    ['loadDepartmentSummary (all of it)', () => loadDepartmentSummary(store, CLOCK, forum, department)],
    [
      'loadDepartmentSummary (roster cache warm)',
      () => loadDepartmentSummary(store, CLOCK, forum, department, rosters),
    ],
    ['loadForumOverview', () => loadForumOverview(store, CLOCK, forum)],
    ['loadForumOverview (roster cache warm)', () => loadForumOverview(store, CLOCK, forum, rosters)],
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
  await withSqliteDataset('samskab-breakdown-', ANSWERS_AT_1X, (s, d, q) => breakdown('SQLite', s, d, q));
  const pg = await withPostgresDataset('bench_breakdown_', ANSWERS_AT_1X, (s, d, q) =>
    breakdown('PostgreSQL', s, d, q),
  );
  if (pg && 'unreachable' in pg) console.log(`\nPostgreSQL: SKIPPED — ${pg.unreachable}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
