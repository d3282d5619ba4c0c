import { sql, type Kysely, type QueryCreator, type SelectQueryBuilder } from 'kysely';
import type { DialectStrategy, WriteWithFollowUp } from '../dialect-strategy';
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

  /**
   * SQLite's WITH takes only SELECTs, so the write runs first and `written` is its returned row,
   * bound back as parameters: `with written as (select ? as "id", ...) <followUp>`. In process,
   * the second statement costs next to nothing.
   */
  async writeWithFollowUp<
    A extends object,
    W extends keyof Database,
    F extends keyof Database,
    R extends object,
  >(
    db: Kysely<Database>,
    { write, followUp }: WriteWithFollowUp<A, W, F, R>,
    args: A,
    shape: string,
  ): Promise<R | undefined> {
    // `this`: a nested strategy (Store.transaction) turns the transaction into a savepoint.
    return this.writeTransaction(db, async (trx) => {
      const row = (await write(trx, args, shape).executeTakeFirst()) as R | undefined;
      if (row) {
        const written = trx.selectNoFrom((eb) =>
          Object.entries(row).map(([column, value]) => eb.val(value).as(column)),
        );
        // `written` is defined by the WITH in front; only its type has to be claimed here.
        const insert = followUp(trx as unknown as QueryCreator<Database & { written: R }>);
        // (Kysely puts the parentheses around the nested select.)
        await sql`with ${sql.table('written')} as ${written} ${insert}`.execute(trx);
      }
      return row;
    });
  },

  lockForClaim<TB extends 'deliveries' | 'card_closes', O>(
    query: SelectQueryBuilder<Database, TB, O>,
  ): SelectQueryBuilder<Database, TB, O> {
    return query;
  },

  clockMs() {
    // julianday('now') has millisecond precision; 2440587.5 is the Julian day of the Unix epoch.
    return sql<number>`((julianday('now') - 2440587.5) * 86400000.0)`;
  },

  async lockSendSlots(): Promise<void> {
    // BEGIN IMMEDIATE already made this the only writer.
  },
};
