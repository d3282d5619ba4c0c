import type {
  InsertQueryBuilder,
  RawBuilder,
  InsertResult,
  Kysely,
  QueryCreator,
  SelectQueryBuilder,
  UpdateQueryBuilder,
} from 'kysely';
import type { Database } from './schema';

/** An INSERT or UPDATE of table TB ... RETURNING the one row it wrote, or nothing if it wrote none. */
export type WriteReturningRow<TB extends keyof Database, R> =
  InsertQueryBuilder<Database, TB, R> | UpdateQueryBuilder<Database, TB, TB, R>;

/** An INSERT into table TB that reads the written row from the table `written`. */
export type FollowUp<TB extends keyof Database, R> = (
  db: QueryCreator<Database & { written: R }>,
) => InsertQueryBuilder<Database & { written: R }, TB, InsertResult>;

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
   * Runs `write` and, if it wrote a row, `followUp` over that row (as the table `written`),
   * atomically; returns the row. PostgreSQL: one statement, one round trip (`write` as a
   * data-modifying CTE). SQLite, whose WITH takes only SELECTs: `write`, then `followUp` over the
   * returned row's values, in one write transaction.
   */
  writeWithFollowUp<W extends keyof Database, F extends keyof Database, R extends object>(
    db: Kysely<Database>,
    write: (db: QueryCreator<Database>) => WriteReturningRow<W, R>,
    followUp: FollowUp<F, R>,
  ): Promise<R | undefined>;
  /**
   * Locks the rows a claim selects. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent claimers
   * pass over each other's rows. SQLite: unchanged (the write transaction is already exclusive).
   */
  lockForClaim<TB extends 'deliveries' | 'card_closes', O>(
    query: SelectQueryBuilder<Database, TB, O>,
  ): SelectQueryBuilder<Database, TB, O>;
  /**
   * The database server's clock in milliseconds since the epoch: one clock for every instance, so
   * shared send limits never depend on the instances' clocks agreeing.
   */
  clockMs(): RawBuilder<number>;
  /**
   * Serializes send-slot reservations across instances for the rest of the transaction.
   * PostgreSQL: a transaction-level advisory lock keyed by the schema. SQLite: nothing (the write
   * transaction is already exclusive).
   */
  lockSendSlots(trx: Kysely<Database>): Promise<void>;
}
