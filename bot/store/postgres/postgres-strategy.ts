import { sql, type Kysely, type QueryCreator, type SelectQueryBuilder } from 'kysely';
import type { DialectStrategy, WriteWithFollowUp } from '../dialect-strategy';
import { PreparedQuery } from '../prepared-query';
import type { Database } from '../schema';

const prepared = new WeakMap<object, PreparedQuery<object, unknown>>();

/** The one statement of a write with its follow-up, built and compiled once per shape. */
function preparedStatement<
  A extends object,
  W extends keyof Database,
  F extends keyof Database,
  R extends object,
>(statement: WriteWithFollowUp<A, W, F, R>): PreparedQuery<A, unknown> {
  let query = prepared.get(statement) as PreparedQuery<A, unknown> | undefined;
  if (!query) {
    query = new PreparedQuery((db, args: A, shape) => {
      // `written` exists inside the statement being built; only its type has to be claimed here.
      const withWritten = db as unknown as QueryCreator<Database & { written: R }>;
      return db
        .with('written', (qc) => statement.write(qc, args, shape))
        .with('follow_up', () => statement.followUp(withWritten))
        .selectFrom('written')
        .selectAll();
    });
    prepared.set(statement, query as PreparedQuery<object, unknown>);
  }
  return query;
}

/**
 * PostgreSQL: ordinary transactions; a write and its follow-up are one statement (data-modifying
 * CTEs); claims lock their rows with `FOR UPDATE SKIP LOCKED`.
 */
export function postgresStrategy(schema: string): DialectStrategy {
  return {
    dialect: 'postgres',
    migrationTableSchema: schema,

    async writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => work(trx));
    },

    /**
     * `with written as (<write> returning *), follow_up as (<followUp>) select * from written`:
     * all of it sees one snapshot, and the follow-up sees the written row only through `written`.
     */
    async writeWithFollowUp<
      A extends object,
      W extends keyof Database,
      F extends keyof Database,
      R extends object,
    >(
      db: Kysely<Database>,
      statement: WriteWithFollowUp<A, W, F, R>,
      args: A,
      shape: string,
    ): Promise<R | undefined> {
      const [row] = await preparedStatement(statement).execute(db, args, shape);
      return row as R | undefined;
    },

    lockForClaim<TB extends 'deliveries' | 'card_closes', O>(
      query: SelectQueryBuilder<Database, TB, O>,
    ): SelectQueryBuilder<Database, TB, O> {
      return query.forUpdate().skipLocked();
    },

    clockMs() {
      return sql<number>`(extract(epoch from clock_timestamp()) * 1000)::float8`;
    },

    async lockSendSlots(trx: Kysely<Database>): Promise<void> {
      await sql`select pg_advisory_xact_lock(hashtext(${`samskab.send_slots.${schema}`}))`.execute(trx);
    },
  };
}
