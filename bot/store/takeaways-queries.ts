import type { Kysely } from 'kysely';
import type { Takeaways } from '../../core/model';
import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { SaveTakeawaysResult, TakeawaysStore } from './ports/takeaways-store';
import type { Database } from './schema';

export function getTakeaways({ db }: KyselyContext, departmentId: string): Promise<Takeaways> {
  return readTakeaways(db, departmentId);
}

async function readTakeaways(db: Kysely<Database>, departmentId: string): Promise<Takeaways> {
  const row = await db
    .selectFrom('takeaways')
    .selectAll()
    .where('department_id', '=', departmentId)
    .executeTakeFirst();
  if (!row) return { departmentId, text: '', version: 0, updatedAt: null, updatedBy: null };
  return {
    departmentId: row.department_id,
    text: row.text,
    version: Number(row.version),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function saveTakeaways(
  { db, strategy }: KyselyContext,
  departmentId: string,
  text: string,
  expectedVersion: number,
  by: string,
  at: string,
): Promise<SaveTakeawaysResult> {
  return strategy.writeTransaction(db, async (trx) => {
    const next = { text, version: expectedVersion + 1, updated_at: at, updated_by: by };
    const saved =
      expectedVersion === 0
        ? await trx
            .insertInto('takeaways')
            .values({ department_id: departmentId, ...next })
            .onConflict((oc) => oc.column('department_id').doNothing())
            .returning('version')
            .executeTakeFirst()
        : await trx
            .updateTable('takeaways')
            .set(next)
            .where('department_id', '=', departmentId)
            .where('version', '=', expectedVersion)
            .returning('version')
            .executeTakeFirst();
    const current = await readTakeaways(trx, departmentId);
    return saved ? { ok: true, takeaways: current } : { ok: false, current };
  });
}

export const takeawaysAdapter = kyselyAdapter<TakeawaysStore>({ getTakeaways, saveTakeaways });
