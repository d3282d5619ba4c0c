/**
 * The SQLite tally reads a department's answers and chefs a chunk at a time, and the forum's
 * tallies read all its answers in table order: however small the chunks, and in whichever
 * order the answers arrive, the tally is the same (the store contract compares the default chunks with the
 * in-memory pass).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sqliteBulkWriter } from '../../../bench/summary/databases';
import { seedDataset, type Dataset } from '../../../bench/summary/dataset';
import type { KyselyStore } from '../../../bot/store/kysely-store';
import { createSqliteStore } from '../../../bot/store/sqlite/sqlite-store';
import {
  sqliteDepartmentTally,
  sqliteForumTallies,
  type SqliteTallyScope,
} from '../../../bot/store/summary-tally-sqlite';

describe('SQLite department tally in chunks', () => {
  let dir: string;
  let store: KyselyStore;
  let data: Dataset;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samskab-tally-sqlite-'));
    const file = path.join(dir, 'tally.sqlite');
    store = createSqliteStore({ path: file });
    await store.migrate();
    const raw = new BetterSqlite3(file);
    data = await seedDataset(store, 900, sqliteBulkWriter(raw));
    raw.close();
  }, 60_000);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('chunks of 1 and 7 rows count what one chunk counts', async () => {
    const questions = await store.listQuestions(data.forumId);
    const scope: SqliteTallyScope = {
      db: store.adapter((db) => db),
      forumId: data.forumId,
      questions: questions.map((q) => ({ id: q.id, kind: q.shape.kind })),
    };
    for (const d of data.departments) {
      const whole = await sqliteDepartmentTally(scope, d.id, 10, 100_000);
      expect(whole.chefs.members).toBeGreaterThan(7);
      expect(whole.actionTotal).toBeGreaterThan(10);
      for (const chunk of [1, 7]) {
        expect(await sqliteDepartmentTally(scope, d.id, 10, chunk)).toEqual(whole);
      }
      expect(await store.departmentTally(data.forumId, d.id, 10)).toEqual(whole);
    }
  }, 120_000);

  test("the forum's one pass in table order counts what each department's own read counts", async () => {
    const questions = await store.listQuestions(data.forumId);
    const scope: SqliteTallyScope = {
      db: store.adapter((db) => db),
      forumId: data.forumId,
      questions: questions.map((q) => ({ id: q.id, kind: q.shape.kind })),
    };
    const ids = data.departments.map((d) => d.id);
    const whole = await sqliteForumTallies(scope, ids, 10, 100_000);
    expect(whole.answers).toBe(data.answers);
    for (const d of data.departments) {
      expect(whole.departments.get(d.id)).toEqual(await sqliteDepartmentTally(scope, d.id, 10, 100_000));
    }
    for (const chunk of [1, 7]) expect(await sqliteForumTallies(scope, ids, 10, chunk)).toEqual(whole);
  }, 120_000);
});
