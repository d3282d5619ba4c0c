import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DialectStrategy } from '../dialect-strategy';
import type { Database } from '../schema';

/** SQLite: one writer at a time; `BEGIN IMMEDIATE` takes the write lock when the transaction starts. */
export const sqliteStrategy: DialectStrategy = {
  dialect: 'sqlite',
  migrationTableSchema: undefined,

  async writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await work(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  },

  lockForClaim<O>(
    query: SelectQueryBuilder<Database, 'deliveries', O>,
  ): SelectQueryBuilder<Database, 'deliveries', O> {
    return query;
  },
};
