import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from './schema';

/**
 * The few things that differ between SQLite and PostgreSQL, so that KyselyStore keeps one set
 * of queries. Everything else is the same SQL on both.
 */
export interface DialectStrategy {
  readonly dialect: 'sqlite' | 'postgres';
  /** Schema the Kysely migration tables live in (PostgreSQL); undefined on SQLite. */
  readonly migrationTableSchema: string | undefined;
  /**
   * Runs `work` in a transaction that will write. SQLite: `BEGIN IMMEDIATE` (takes the write lock
   * up front, so two processes on one file serialize instead of failing to upgrade a read lock).
   * PostgreSQL: an ordinary transaction; row locks come from the queries.
   * `work` must use only the executor it is given.
   */
  writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * Locks the rows a claim selects. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent claimers
   * pass over each other's rows. SQLite: unchanged (the write transaction is already exclusive).
   */
  lockForClaim<O>(
    query: SelectQueryBuilder<Database, 'deliveries', O>,
  ): SelectQueryBuilder<Database, 'deliveries', O>;
}
