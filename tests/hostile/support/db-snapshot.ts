import BetterSqlite3 from 'better-sqlite3';

/**
 * A byte-for-byte picture of every table of the app's SQLite file (read-only connection), to
 * prove that a rejected request changed nothing. Kysely's own migration tables are left out.
 */
export function createDbSnapshotter(file: string) {
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
    /** JSON per table; `except` leaves tables out (e.g. conversation_refs, which first contact writes). */
    take(except: readonly string[] = []): Record<string, string> {
      const out: Record<string, string> = {};
      for (const [table, statement] of statements)
        if (!except.includes(table)) out[table] = JSON.stringify(statement.all());
      return out;
    },
    close: () => db.close(),
  };
}

/** The tables whose content differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
