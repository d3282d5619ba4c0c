import { sql } from 'kysely';
import type { DialectStrategy } from './dialect-strategy';

/**
 * The strategy of a store that already runs inside a write transaction (Store.transaction): a
 * query's own "write transaction" becomes a savepoint in the outer one, so it still rolls back on
 * its own failure, and everything commits or rolls back with the outer transaction. Same SQL on
 * SQLite and PostgreSQL.
 */
export function nestedStrategy(outer: DialectStrategy): DialectStrategy {
  let next = 0;
  return {
    ...outer,
    async writeTransaction(db, work) {
      const name = sql.raw(`samskab_sp_${++next}`);
      await sql`savepoint ${name}`.execute(db);
      try {
        const result = await work(db);
        await sql`release savepoint ${name}`.execute(db);
        return result;
      } catch (error) {
        await sql`rollback to savepoint ${name}`.execute(db).catch(() => undefined);
        throw error;
      }
    },
  };
}
