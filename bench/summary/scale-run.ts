/**
 * One scale of bench/summary on one database, in a process of its own (so its max RSS is its
 * own): seeds ANSWERS_AT_1X × scale answers, then measures, interleaved with the plain queries
 * for the same rows, the department summary (largest department) and the forum overview as the
 * API builds them (roster cache), and the largest response body the summary routes produce
 * (summary, overview, a full page of answers). Prints one `RESULT {json}` line.
 *
 *   npx tsx bench/summary/scale-run.ts sqlite|postgres <scale>
 */
import { ANSWER_PAGE_MAX } from '../../core/api';
import { loadAnswerPage } from '../../bot/api/answer-pages';
import { RosterCache } from '../../bot/api/roster-cache';
import {
  departmentSummaryBody,
  loadDepartmentSummary,
  loadForumOverview,
  overviewBody,
} from '../../bot/api/summary-data';
import type { Store } from '../../bot/store/store';
import { withPostgresDataset, withSqliteDataset, type PlainQueries } from './databases';
import { ANSWERS_AT_1X, CLOCK, largestDepartment, type Dataset } from './dataset';
import { interleaved } from './measure';

export interface ScaleResult {
  db: 'sqlite' | 'postgres';
  scale: number;
  answers: number;
  departmentRatio: number;
  overviewRatio: number;
  largestResponseBytes: number;
  maxRssBytes: number;
  seconds: number;
  unreachable?: string;
}

/** Fewer repetitions as the data grows (a 100× overview reads a million rows each time). */
function repetitions(scale: number): { iterations: number; warmup: number } {
  if (scale >= 100) return { iterations: 3, warmup: 1 };
  if (scale >= 10) return { iterations: 10, warmup: 2 };
  return { iterations: 40, warmup: 5 };
}

async function measure(store: Store, data: Dataset, plain: PlainQueries, scale: number) {
  const { iterations, warmup } = repetitions(scale);
  const forum = (await store.getForum(data.forumId))!;
  const department = largestDepartment(data);
  const rosters = new RosterCache(store, 3_600_000);

  const summary = await loadDepartmentSummary(store, CLOCK, forum, department, rosters);
  const counted = summary.summary.questions.reduce((n, q) => n + q.answerCount, 0);
  const rows = await plain.department(department.id);
  if (counted !== rows) throw new Error(`the summary counts ${counted} answers, the plain query ${rows}`);
  const overview = await loadForumOverview(store, CLOCK, forum, rosters);
  const biggestQuestion = [...summary.summary.questions].sort((a, b) => b.answerCount - a.answerCount)[0]!;
  const page = await loadAnswerPage(store, forum.id, {
    departmentId: department.id,
    questionId: biggestQuestion.questionId,
    limit: ANSWER_PAGE_MAX,
  });
  const bytes = (body: unknown) => Buffer.byteLength(JSON.stringify(body), 'utf8');
  const largestResponseBytes = Math.max(
    bytes({ ...departmentSummaryBody(summary), canEditTakeaways: true }),
    bytes(overviewBody(overview, {}, {})),
    bytes(page),
  );

  const dept = await interleaved(
    () => loadDepartmentSummary(store, CLOCK, forum, department, rosters),
    () => plain.department(department.id),
    iterations,
    warmup,
  );
  const all = await interleaved(
    () => loadForumOverview(store, CLOCK, forum, rosters),
    () => plain.forum(),
    iterations,
    warmup,
  );
  return {
    answers: data.answers,
    departmentRatio: dept.a.p50 / dept.b.p50,
    overviewRatio: all.a.p50 / all.b.p50,
    largestResponseBytes,
  };
}

async function main() {
  const [db, scaleArg] = process.argv.slice(2);
  const scale = Number(scaleArg);
  if ((db !== 'sqlite' && db !== 'postgres') || !(scale > 0))
    throw new Error('usage: scale-run.ts sqlite|postgres <scale>');
  const started = Date.now();
  const answers = ANSWERS_AT_1X * scale;
  const measured =
    db === 'sqlite'
      ? await withSqliteDataset('samskab-bench-', answers, (s, d, p) => measure(s, d, p, scale))
      : await withPostgresDataset('bench_summary_', answers, (s, d, p) => measure(s, d, p, scale));
  const base = {
    db: db as ScaleResult['db'],
    scale,
    seconds: (Date.now() - started) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  const result: ScaleResult =
    'unreachable' in measured
      ? {
          ...base,
          answers,
          departmentRatio: NaN,
          overviewRatio: NaN,
          largestResponseBytes: NaN,
          unreachable: measured.unreachable,
        }
      : { ...base, ...measured };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
