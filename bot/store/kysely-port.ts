import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectStrategy } from './dialect-strategy';
import type { Database } from './schema';

/** What every query of a Kysely adapter runs against: the database (or a transaction) and its dialect. */
export interface KyselyContext {
  db: Kysely<Database>;
  strategy: DialectStrategy;
  /** Ids for new rows the store creates itself (answers). */
  newId: () => string;
}

/** A port's methods as queries that take the context first. */
export type KyselyQueries<Port> = {
  [Name in keyof Port]: Port[Name] extends (...args: infer A) => infer R
    ? (ctx: KyselyContext, ...args: A) => R
    : never;
};

/**
 * One port's Kysely adapter: its queries, bound to a context when a store (or a transaction)
 * is opened. The type checks that the queries are exactly the port's methods.
 */
export function kyselyAdapter<Port>(queries: KyselyQueries<Port>): (ctx: KyselyContext) => Port {
  const entries = Object.entries(queries) as Array<
    [string, (ctx: KyselyContext, ...args: unknown[]) => unknown]
  >;
  return (ctx) => {
    const port: Record<string, unknown> = {};
    for (const [name, query] of entries) port[name] = (...args: unknown[]) => query(ctx, ...args);
    return port as Port;
  };
}

/**
 * `SET col = excluded.col` for every column but the key: the update half of an upsert.
 * (`never` lets each reference stand for a value of whatever type its column has.)
 */
export function excludedColumns<R extends object>(
  row: R,
  key: readonly (keyof R)[],
): Record<string, RawBuilder<never>> {
  const set: Record<string, RawBuilder<never>> = {};
  for (const column of Object.keys(row)) {
    if (!key.includes(column as keyof R)) set[column] = sql.ref<never>(`excluded.${column}`);
  }
  return set;
}
