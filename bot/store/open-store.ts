import { InProcessChangeFeed } from './change-feed/in-process-change-feed';
import { PostgresChangeFeed } from './change-feed/postgres-change-feed';
import { redactConnectionString } from './postgres/identifier';
import { createPostgresStore } from './postgres/postgres-store';
import { createSqliteStore } from './sqlite/sqlite-store';
import type { MeetingStore } from './meetings';
import type { ChangeFeed, Store } from './store';

export interface OpenStoreOptions {
  /** DATABASE_URL: postgres:// or postgresql:// selects PostgreSQL; unset or empty selects SQLite. */
  databaseUrl?: string;
  /** SQLITE_PATH: the SQLite file (or ':memory:') used when databaseUrl is unset. */
  sqlitePath: string;
  /** The PostgreSQL password per new connection (DATABASE_AUTH=entra: an Entra token); default: the URL's. */
  pgPassword?: () => Promise<string>;
  /** PostgreSQL schema for the tables; created if missing. Default: public. */
  pgSchema?: string;
  /** LISTEN/NOTIFY channel for change notices. Default: samskab_changes. */
  pgChannel?: string;
}

export interface OpenedStore {
  store: Store;
  changes: ChangeFeed;
  meetings: MeetingStore;
}

const POSTGRES_SCHEMES = new Set(['postgres:', 'postgresql:']);

/**
 * Opens the configured database and its change feed and checks it can be reached.
 * It does not migrate: call store.migrate() once at start-up.
 * Errors name the setting at fault (DATABASE_URL or SQLITE_PATH) and never show a password.
 */
export async function openStore(options: OpenStoreOptions): Promise<OpenedStore> {
  const databaseUrl = options.databaseUrl?.trim();
  if (!databaseUrl) return openSqlite(options.sqlitePath);

  const scheme = schemeOf(databaseUrl);
  if (!POSTGRES_SCHEMES.has(scheme)) {
    throw new Error(
      `DATABASE_URL: unsupported scheme '${scheme}' (use postgres:// or leave it unset for SQLite)`,
    );
  }
  return openPostgres(databaseUrl, options);
}

function schemeOf(databaseUrl: string): string {
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(databaseUrl);
  if (!match?.[1]) {
    throw new Error(
      `DATABASE_URL: not a URL (use postgres://user:password@host:5432/database or leave it unset for SQLite)`,
    );
  }
  return match[1].toLowerCase();
}

async function openSqlite(sqlitePath: string): Promise<OpenedStore> {
  let store: ReturnType<typeof createSqliteStore>;
  try {
    store = createSqliteStore({ path: sqlitePath });
    await store.ping();
  } catch (error) {
    throw new Error(`SQLITE_PATH: cannot open the SQLite database '${sqlitePath}': ${messageOf(error)}`, {
      cause: error,
    });
  }
  return { store, changes: new InProcessChangeFeed(), meetings: store.meetingStore() };
}

async function openPostgres(databaseUrl: string, options: OpenStoreOptions): Promise<OpenedStore> {
  const where = redactConnectionString(databaseUrl);
  let opened;
  try {
    opened = await createPostgresStore({
      connectionString: databaseUrl,
      schema: options.pgSchema,
      password: options.pgPassword,
    });
  } catch (error) {
    throw new Error(`DATABASE_URL: cannot reach PostgreSQL at ${where}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  try {
    const changes = await PostgresChangeFeed.open({
      connectionString: databaseUrl,
      password: options.pgPassword,
      pool: opened.pool,
      channel: options.pgChannel,
    });
    return { store: opened.store, changes, meetings: opened.store.meetingStore() };
  } catch (error) {
    await opened.store.close().catch(() => undefined);
    throw new Error(
      `DATABASE_URL: cannot listen for changes on PostgreSQL at ${where}: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(messageOf).join('; ');
  }
  const message = error instanceof Error ? error.message : String(error);
  return message || (error as { code?: string }).code || 'unknown error';
}
