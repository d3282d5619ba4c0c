import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import type { Config } from '../../../bot/config';

/**
 * A picture of every table of the app's database (JSON per table, rows in a stable order), to
 * prove that a rejected request changed nothing: a read-only connection to the SQLite file, or a
 * separate client on the PostgreSQL schema. Kysely's own migration tables are left out.
 */
export interface DbSnapshotter {
  tables: string[];
  /** JSON per table; `except` leaves tables out (e.g. conversation_refs, which first contact writes). */
  take(except?: readonly string[]): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function createDbSnapshotter(database: Config['database']): Promise<DbSnapshotter> {
  return database.kind === 'sqlite'
    ? sqliteSnapshotter(database.path)
    : postgresSnapshotter(database.url, database.schema ?? 'public');
}

function sqliteSnapshotter(file: string): DbSnapshotter {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const tables = (
    db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`,
      )
      .all() as Array<{ name: string }>
  ).map((t) => t.name);
  const statements = new Map(tables.map((t) => [t, db.prepare(`select * from "${t}" order by rowid`)]));
  return {
    tables,
    async take(except = []) {
      const out: Record<string, string> = {};
      for (const [table, statement] of statements)
        if (!except.includes(table)) out[table] = JSON.stringify(statement.all());
      return out;
    },
    async close() {
      db.close();
    },
  };
}

async function postgresSnapshotter(url: string, schema: string): Promise<DbSnapshotter> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = $1 and table_type = 'BASE TABLE' and table_name not like 'kysely_%' order by 1`,
    [schema],
  );
  const tables = rows.map((r) => r.name);
  // One round trip for every table.
  const part = (table: string) =>
    `select '${table}' as name, (select coalesce(json_agg(row_to_json(snapshot_row) order by row_to_json(snapshot_row)::text), '[]')::text from "${schema}"."${table}" snapshot_row) as rows`;
  // Prepared once per set of tables: planning the union of every table costs more than running it.
  const prepared = new Map<string, string>();
  return {
    tables,
    async take(except = []) {
      const text = tables
        .filter((t) => !except.includes(t))
        .map(part)
        .join(' union all ');
      let name = prepared.get(text);
      if (!name) prepared.set(text, (name = `snapshot_${prepared.size}`));
      const result = await client.query<{ name: string; rows: string }>({ name, text });
      return Object.fromEntries(result.rows.map((r) => [r.name, r.rows]));
    },
    close: () => client.end(),
  };
}

/** The tables whose content differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
