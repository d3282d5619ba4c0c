import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createKyselyStore, type KyselyStore } from '../kysely-store';
import type { Database } from '../schema';
import { withPlainErrors } from './plain-errors';
import { sqliteStrategy } from './sqlite-strategy';

export interface SqliteStoreOptions {
  /** File path (its folder is created), or ':memory:' for a private in-memory database. */
  path: string;
  /** How long a writer waits for another process's write lock. Default 5000 ms. */
  busyTimeoutMs?: number;
  newId?: () => string;
}

export const SQLITE_MEMORY = ':memory:';

/** Opens a better-sqlite3 database: WAL journal, busy timeout, foreign keys on. */
export function createSqliteStore(options: SqliteStoreOptions): KyselyStore {
  const inMemory = options.path === SQLITE_MEMORY;
  if (!inMemory) mkdirSync(dirname(resolve(options.path)), { recursive: true });
  const database = new BetterSqlite3(options.path);
  try {
    if (!inMemory) database.pragma('journal_mode = WAL');
    database.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    database.pragma('foreign_keys = ON');
    database.pragma('synchronous = NORMAL');
  } catch (error) {
    database.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withPlainErrors(database) }) });
  return createKyselyStore(db, sqliteStrategy, { newId: options.newId });
}
