import type { Pool, PoolClient, QueryResult } from 'pg';

/** SQL texts that run as named (server-side prepared) statements on PostgreSQL. */
const registered = new Set<string>();

let nextName = 0;

/**
 * Marks an SQL text (with $n parameters) to run as a named prepared statement on every pooled
 * PostgreSQL connection (useNamedStatements): parsed and planned by the server once per connection,
 * not on every run. For the statements of every answer turn, where parsing and planning cost the
 * server several times what executing them does.
 */
export function prepareOnPostgres(sqlText: string): void {
  registered.add(sqlText);
}

/**
 * Makes the pool's connections run registered SQL texts as named statements. Names are per
 * connection; a statement whose tables' columns changed under it (a migration by another instance:
 * "cached plan must not change result type") is prepared again under a new name and run once more.
 */
export function useNamedStatements(pool: Pool): void {
  pool.on('connect', (client) => nameRegisteredStatements(client));
}

function nameRegisteredStatements(client: PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<QueryResult>;
  const names = new Map<string, string>();
  const named = async (text: string, values: unknown): Promise<QueryResult> => {
    const name = names.get(text) ?? `samskab_${++nextName}`;
    names.set(text, name);
    try {
      return await query({ name, text, values });
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      names.set(text, `samskab_${++nextName}`);
      return query({ name: names.get(text), text, values });
    }
  };
  const original = client.query;
  client.query = function (config: unknown, values?: unknown, callback?: unknown) {
    if (typeof config !== 'string' || !registered.has(config) || !Array.isArray(values))
      return (original as (...args: unknown[]) => unknown).apply(
        client,
        [config, values, callback].slice(0, arguments.length),
      );
    const result = named(config, values);
    if (typeof callback !== 'function') return result;
    const done = callback as (error: Error | null, result?: QueryResult) => void;
    result.then(
      (rows) => done(null, rows),
      (error: Error) => done(error),
    );
    return undefined;
  } as typeof client.query;
}

function isStalePlan(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === '0A000' && /cached plan must not change result type/.test(message ?? '');
}
