import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DialectStrategy } from '../dialect-strategy';
import type { Database } from '../schema';

/** PostgreSQL: ordinary transactions; claims lock their rows with `FOR UPDATE SKIP LOCKED`. */
export function postgresStrategy(schema: string): DialectStrategy {
  return {
    dialect: 'postgres',
    migrationTableSchema: schema,

    async writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => work(trx));
    },

    lockForClaim<O>(
      query: SelectQueryBuilder<Database, 'deliveries', O>,
    ): SelectQueryBuilder<Database, 'deliveries', O> {
      return query.forUpdate().skipLocked();
    },
  };
}
