import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { createPostgresStore, createSqliteStore } from '../../bot/store';
import type { Department } from '../../core/model';
import type { Store } from '../../bot/store/store';
import { ANSWER_COLUMNS, answerRow, buildDataset, type Dataset } from './dataset';

export const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The rows the summary is made of, in one plain query: the department's answers with their authors' names. */
const BASELINE_SQL = `select ${ANSWER_COLUMNS.map((c) => `a.${c}`).join(', ')}, m.name as author_name
  from answers a left join members m on m.id = a.member_id
  where a.forum_id = $1 and a.department_id = $2`;

/** The bench's database: a store holding the dataset, the baseline query on the same rows, and where it is. */
export type WithDataset<T> = (
  store: Store,
  data: Dataset,
  plainQuery: (departmentId: string) => Promise<unknown[]>,
  location: DatasetLocation,
) => Promise<T>;

/** The server settings that open the dataset's database: SQLITE_PATH, or DATABASE_URL and PG_SCHEMA. */
export type DatasetLocation = Record<string, string>;

/** The largest department: the worst case of the six. */
export function largestDepartment(data: Dataset): Department {
  const counts = new Map<string, number>();
  for (const a of data.answers) counts.set(a.departmentId, (counts.get(a.departmentId) ?? 0) + 1);
  return [...data.departments].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0]!;
}

/** A fresh SQLite file with the dataset (answers bulk-inserted), removed afterwards. */
export async function withSqliteDataset<T>(tmpPrefix: string, run: WithDataset<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), tmpPrefix));
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
    return await run(store, data, async (departmentId) => select.all(data.forumId, departmentId), {
      SQLITE_PATH: file,
    });
  } finally {
    raw.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A fresh schema `${schemaPrefix}${pid}` at PG_URL with the dataset (answers bulk-inserted,
 * analyzed), dropped afterwards; or { unreachable: why } when PostgreSQL cannot be reached.
 */
export async function withPostgresDataset<T>(
  schemaPrefix: string,
  run: WithDataset<T>,
): Promise<T | { unreachable: string }> {
  const admin = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return { unreachable: (error as Error).message };
  }
  const schema = `${schemaPrefix}${process.pid}`;
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
    return await run(
      store,
      data,
      async (departmentId) => (await pool.query(BASELINE_SQL, [data.forumId, departmentId])).rows,
      { DATABASE_URL: PG_URL, PG_SCHEMA: schema },
    );
  } finally {
    await opened?.store.close().catch(() => undefined);
    await admin.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
    await admin.end();
  }
}
