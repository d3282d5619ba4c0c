import { Kysely } from 'kysely';
import { SchemaScopedPostgresDialect } from './schema-scoped-dialect';
import { Pool } from 'pg';
import { createKyselyStore, type KyselyStore } from '../kysely-store';
import type { Database } from '../schema';
import { connectionConfig } from './connection-config';
import { useNamedStatements } from './named-statements';
import { assertPlainIdentifier } from './identifier';
import { postgresStrategy } from './postgres-strategy';

export interface PostgresStoreOptions {
  connectionString: string;
  /** The password per new connection (an Entra token, DATABASE_AUTH=entra); default: the URL's. */
  password?: () => Promise<string>;
  /** Schema for the tables (search_path); created if missing. Default: public. */
  schema?: string;
  /** Pool size. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection. Default 10 000 ms. */
  connectionTimeoutMs?: number;
  newId?: () => string;
  /** Errors of idle pooled connections (the pool drops them). Default: a process warning. */
  onPoolError?: (error: Error) => void;
}

export interface PostgresStore {
  store: KyselyStore;
  /** The pool, for collaborators that need raw access (the change feed publishes through it). */
  pool: Pool;
  schema: string;
}

/**
 * Opens a pg Pool whose connections use `schema` as search_path, creates the schema if missing
 * (which also proves the server is reachable) and wraps it in the Kysely store.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = assertPlainIdentifier('PostgreSQL schema', options.schema ?? 'public');
  const pool = new Pool({
    ...connectionConfig(options.connectionString, options.password),
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
    options: `-c search_path=${schema}`,
  });
  useNamedStatements(pool);
  pool.on(
    'error',
    options.onPoolError ?? ((error) => process.emitWarning(`PostgreSQL pool: ${error.message}`)),
  );
  try {
    await ensureSchema(pool, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SchemaScopedPostgresDialect({ pool }, schema) });
  const store = createKyselyStore(db, postgresStrategy(schema), {
    newId: options.newId,
    // Kysely ends the pool only if it ever used it; make sure it is ended either way.
    onClose: async () => {
      if (!pool.ended) await pool.end();
    },
  });
  return { store, pool, schema };
}

/**
 * Creates the schema unless it exists. In production the schema exists already (owned by the
 * app's role, which may not create schemas: infra/postgres-app-role.sql), and CREATE SCHEMA IF NOT
 * EXISTS would still need that right, so existence is checked first.
 */
async function ensureSchema(pool: Pool, schema: string): Promise<void> {
  const existing = await pool.query('select 1 from pg_namespace where nspname = $1', [schema]);
  if (existing.rowCount) return;
  try {
    await pool.query(`create schema if not exists "${schema}"`);
  } catch (error) {
    // Two processes creating it at once: one wins, the other sees a duplicate; both are fine.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}
