import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client, type Pool } from 'pg';
import { createPostgresStore, createSqliteStore } from '../../bot/store';
import type { Store } from '../../bot/store/store';
import type { Member } from '../../core/model';
import {
  ANSWER_COLUMNS,
  answerRow,
  MEMBER_COLUMNS,
  memberRow,
  seedDataset,
  type BulkWriter,
  type Dataset,
} from './dataset';

export const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The rows the summary is made of, in one plain query: the department's answers with their authors' names. */
const DEPARTMENT_SQL = `select ${ANSWER_COLUMNS.map((c) => `a.${c}`).join(', ')}, m.name as author_name
  from answers a left join members m on m.id = a.member_id
  where a.forum_id = $1 and a.department_id = $2`;
/** The same for the whole forum (the overview's rows). */
const FORUM_SQL = `select ${ANSWER_COLUMNS.map((c) => `a.${c}`).join(', ')}, m.name as author_name
  from answers a left join members m on m.id = a.member_id
  where a.forum_id = $1`;
/** Rows per raw batch where the forum's rows are read in batches (PostgreSQL, as the store does). */
const RAW_BATCH = 5000;

/** The baselines: the same rows as the summary and the overview, read with plain SQL. */
export interface PlainQueries {
  /** A department's rows in one query. */
  department(departmentId: string): Promise<number>;
  /** Every row of the forum, streamed (SQLite: one statement iterated; PostgreSQL: keyset batches). */
  forum(): Promise<number>;
}

/** The server settings that open the dataset's database: SQLITE_PATH, or DATABASE_URL and PG_SCHEMA. */
export type DatasetLocation = Record<string, string>;

export type WithDataset<T> = (
  store: Store,
  data: Dataset,
  plain: PlainQueries,
  location: DatasetLocation,
) => Promise<T>;

/**
 * A fresh SQLite file with `answers` answers (bulk-inserted), removed afterwards. With
 * BENCH_SQLITE_KEEP=dir the file is `dir/bench-<answers>.sqlite` and is kept: a later run with
 * the same setting and size reuses it instead of seeding again (seeding 100× takes minutes).
 */
export async function withSqliteDataset<T>(
  tmpPrefix: string,
  answers: number,
  run: WithDataset<T>,
): Promise<T> {
  const keep = process.env.BENCH_SQLITE_KEEP;
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), tmpPrefix));
  if (keep) mkdirSync(keep, { recursive: true });
  const file = path.join(dir, keep ? `bench-${answers}.sqlite` : 'bench.sqlite');
  const seeded = `${file}.dataset.json`;
  const store = createSqliteStore({ path: file });
  const raw = new BetterSqlite3(file);
  try {
    await store.migrate();
    let data: Dataset;
    if (keep && existsSync(seeded)) {
      data = datasetFromJson(readFileSync(seeded, 'utf8'));
    } else {
      // A bench's scratch file: no durability needed while seeding (1,000,000 answers otherwise wait on fsync).
      raw.pragma('synchronous = OFF');
      const bulk = sqliteBulkWriter(raw);
      data = await seedDataset(store, answers, bulk);
      raw.exec('analyze');
      if (keep) writeFileSync(seeded, datasetToJson(data));
    }
    const department = raw.prepare(DEPARTMENT_SQL.replace('$1', '?').replace('$2', '?'));
    const forum = raw.prepare(FORUM_SQL.replace('$1', '?'));
    return await run(
      store,
      data,
      {
        department: async (departmentId) => department.all(data.forumId, departmentId).length,
        forum: async () => {
          let n = 0;
          for (const row of forum.iterate(data.forumId)) if (row) n++;
          return n;
        },
      },
      { SQLITE_PATH: file },
    );
  } finally {
    raw.close();
    await store.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function datasetToJson(data: Dataset): string {
  return JSON.stringify({ ...data, answerCounts: [...data.answerCounts] });
}

function datasetFromJson(text: string): Dataset {
  const parsed = JSON.parse(text) as Omit<Dataset, 'answerCounts'> & { answerCounts: [string, number][] };
  return { ...parsed, answerCounts: new Map(parsed.answerCounts) };
}

/** Bulk writes into a SQLite file, one transaction per chunk (also used by the 100,000-answer test). */
export function sqliteBulkWriter(raw: BetterSqlite3.Database): BulkWriter {
  const insertAnswer = raw.prepare(
    `insert into answers (${ANSWER_COLUMNS.join(', ')}) values (${ANSWER_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertMember = raw.prepare(
    `insert into members (${MEMBER_COLUMNS.join(', ')}) values (${MEMBER_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertMembership = raw.prepare(
    'insert into member_departments (member_id, department_id, position) values (?, ?, ?)',
  );
  return {
    members: async (members) =>
      raw.transaction(() => {
        for (const m of members) {
          insertMember.run(...memberRow(m));
          m.departmentIds.forEach((d, i) => insertMembership.run(m.id, d, i));
        }
      })(),
    answers: async (rows) => raw.transaction(() => rows.forEach((a) => insertAnswer.run(...answerRow(a))))(),
  };
}

/**
 * A fresh schema `${schemaPrefix}${pid}` at PG_URL with `answers` answers (bulk-inserted,
 * analyzed), dropped afterwards; or { unreachable: why } when PostgreSQL cannot be reached.
 */
export async function withPostgresDataset<T>(
  schemaPrefix: string,
  answers: number,
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
    const bulk: BulkWriter = {
      members: async (members) => {
        await insertRows(pool, 'members', MEMBER_COLUMNS, members.map(memberRow));
        await insertRows(
          pool,
          'member_departments',
          ['member_id', 'department_id', 'position'],
          members.flatMap((m: Member) => m.departmentIds.map((d, i) => [m.id, d, i])),
          { position: 'integer' },
        );
      },
      answers: (rows) =>
        insertRows(pool, 'answers', ANSWER_COLUMNS, rows.map(answerRow), { revision: 'integer' }),
    };
    const data = await seedDataset(store, answers, bulk);
    await pool.query('analyze');
    return await run(
      store,
      data,
      {
        department: async (departmentId) =>
          (await pool.query(DEPARTMENT_SQL, [data.forumId, departmentId])).rows.length,
        forum: async () => {
          let n = 0;
          let after: [string, string] | null = null;
          for (;;) {
            const sql: string = after
              ? `${FORUM_SQL} and (a.created_at, a.id) > ($2, $3) order by a.created_at, a.id limit ${RAW_BATCH}`
              : `${FORUM_SQL} order by a.created_at, a.id limit ${RAW_BATCH}`;
            const { rows }: { rows: { created_at: string; id: string }[] } = await pool.query(
              sql,
              after ? [data.forumId, ...after] : [data.forumId],
            );
            n += rows.length;
            if (rows.length < RAW_BATCH) return n;
            const last: { created_at: string; id: string } = rows[rows.length - 1]!;
            after = [last.created_at, last.id];
          }
        },
      },
      { DATABASE_URL: PG_URL, PG_SCHEMA: schema },
    );
  } finally {
    await opened?.store.close().catch(() => undefined);
    await admin.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
    await admin.end();
  }
}

/**
 * One INSERT … SELECT FROM unnest(…) per call: one array parameter per column (text unless
 * `types` says otherwise), so a chunk of thousands of rows is one short statement to parse.
 */
async function insertRows(
  pool: Pool,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  types: Record<string, string> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, c) => rows.map((r) => r[c]));
  const unnest = columns.map((col, c) => `$${c + 1}::${types[col] ?? 'text'}[]`).join(', ');
  await pool.query(`insert into ${table} (${columns.join(', ')}) select * from unnest(${unnest})`, arrays);
}
