/**
 * The SQLite tallies on a mid-size forum (30,000 answers, about 830 chefs per department): the
 * summaries equal the in-memory pass over every answer, and the event loop keeps turning. Cells of
 * more than one chunk (2,000 answers) need far more data: tests/bot/store/summary-tally-sqlite
 * crosses chunk boundaries with tiny chunks, and the bench's 10× and 100× runs check the answer
 * counts against the plain query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { loadDepartmentSummary, loadForumOverview } from '../../../bot/api/summary-data';
import { createSqliteStore } from '../../../bot/store/sqlite/sqlite-store';
import type { Store } from '../../../bot/store/store';
import { buildDepartmentSummary, buildForumOverview } from '../../../core/summary';
import { sqliteBulkWriter } from '../../../bench/summary/databases';
import { CLOCK, largestDepartment, seedDataset, type Dataset } from '../../../bench/summary/dataset';

/** 6 departments × 6 questions: about 830 answers per department and question, 830 chefs per department. */
const ANSWERS = 30_000;

describe('summary tallies on a mid-size forum (SQLite)', () => {
  let dir: string;
  let store: Store;
  let data: Dataset;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samskab-tally-chunks-'));
    const file = path.join(dir, 'chunks.sqlite');
    store = createSqliteStore({ path: file });
    await store.migrate();
    const raw = new BetterSqlite3(file);
    raw.pragma('synchronous = OFF');
    data = await seedDataset(store, ANSWERS, sqliteBulkWriter(raw));
    raw.close();
  }, 120_000);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the overview and the largest department equal the in-memory pass; no statement holds the loop 100 ms', async () => {
    const forum = (await store.getForum(data.forumId))!;
    const department = largestDepartment(data);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const { overview } = await loadForumOverview(store, CLOCK, forum);
    const { summary } = await loadDepartmentSummary(store, CLOCK, forum, department);
    delay.disable();

    const [members, questions, principles, answers, erasedAnswers, departments] = await Promise.all([
      store.listMembers(forum.id),
      store.listQuestions(forum.id),
      store.listPrinciples(forum.id),
      store.listSummaryAnswers(forum.id),
      store.listErasedAnswerTallies(forum.id),
      store.listDepartments(forum.id),
    ]);
    const now = CLOCK.now().toISOString();
    const takeaways = await Promise.all(departments.map((d) => store.getTakeaways(d.id)));
    const all = { forum, members, questions, principles, answers, erasedAnswers, now };
    expect(overview).toEqual(buildForumOverview({ ...all, departments, takeaways }));
    expect(summary).toEqual(
      buildDepartmentSummary({ ...all, department, takeaways: await store.getTakeaways(department.id) }),
    );
    expect(summary.participation.members).toBeGreaterThan(800);
    // A generous bound for a shared, loaded machine; each statement reads at most 2,000 answers.
    expect(delay.max / 1e6).toBeLessThan(250);
  }, 600_000);
});
