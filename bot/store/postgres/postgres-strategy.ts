import { sql, type Kysely, type QueryCreator, type SelectQueryBuilder } from 'kysely';
import type { DialectStrategy, FollowUp, WriteReturningRow } from '../dialect-strategy';
import type { Database } from '../schema';

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
    async writeWithFollowUp<W extends keyof Database, F extends keyof Database, R extends object>(
      db: Kysely<Database>,
      write: (db: QueryCreator<Database>) => WriteReturningRow<W, R>,
      followUp: FollowUp<F, R>,
    ): Promise<R | undefined> {
      // `written` exists inside the statement being built; only its type has to be claimed here.
      const withWritten = db as unknown as QueryCreator<Database & { written: R }>;
      const row = await db
        .with('written', write)
        .with('follow_up', () => followUp(withWritten))
        .selectFrom('written')
        .selectAll()
        .executeTakeFirst();
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
