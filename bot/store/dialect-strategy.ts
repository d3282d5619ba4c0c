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
 * A write and its follow-up over the written row, built from arguments. Defined once (a module
 * constant), so that PostgreSQL can build and compile its statement once per shape (PreparedQuery).
 */
export interface WriteWithFollowUp<A extends object, W extends keyof Database, F extends keyof Database, R> {
  /** `shape` is the caller's: the same shape must give the same query, whatever `args` hold. */
  write: (db: QueryCreator<Database>, args: A, shape: string) => WriteReturningRow<W, R>;
  followUp: FollowUp<F, R>;
}

/**
 * The few things that differ between SQLite and PostgreSQL, so that the Kysely adapters keep one set
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
   * Runs the statement's `write` with `args` and, if it wrote a row, its `followUp` over that row
   * (as the table `written`), atomically; returns the row. PostgreSQL: one statement, one round
   * trip (`write` as a data-modifying CTE), prepared once per `shape` (which arguments choose).
   * SQLite, whose WITH takes only SELECTs: `write`, then `followUp` over the returned row's values,
   * in one write transaction.
   */
  writeWithFollowUp<A extends object, W extends keyof Database, F extends keyof Database, R extends object>(
    db: Kysely<Database>,
    statement: WriteWithFollowUp<A, W, F, R>,
    args: A,
    shape: string,
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
