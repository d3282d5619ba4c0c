import type { Round } from '../../core/model';
import { excludedColumns, kyselyAdapter, type KyselyContext } from './kysely-port';
import type { RoundStore } from './ports/round-store';
import { roundFromRow, roundToRow } from './row-mappers';

export async function saveRound({ db }: KyselyContext, round: Round): Promise<void> {
  const row = roundToRow(round);
  await db
    .insertInto('rounds')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(excludedColumns(row, ['id', 'created_at'])))
    .execute();
}

export async function getRound({ db }: KyselyContext, id: string): Promise<Round | undefined> {
  const row = await db.selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? roundFromRow(row) : undefined;
}

export async function listRounds({ db }: KyselyContext, forumId: string): Promise<Round[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('forum_id', '=', forumId)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(roundFromRow);
}

export async function listDueRounds({ db }: KyselyContext, now: string): Promise<Round[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('state', '=', 'planned')
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(roundFromRow);
}

export async function transitionRound(
  { db }: KyselyContext,
  id: string,
  from: Round['state'],
  to: Round['state'],
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('rounds')
    .set({ state: to, updated_at: at })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function retimePlannedRound(
  { db }: KyselyContext,
  id: string,
  change: { localTime: string; dueAt: string },
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('rounds')
    .set({ local_time: change.localTime, due_at: change.dueAt, updated_at: at })
    .where('id', '=', id)
    .where('state', '=', 'planned')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export const roundAdapter = kyselyAdapter<RoundStore>({
  saveRound,
  getRound,
  listRounds,
  listDueRounds,
  transitionRound,
  retimePlannedRound,
});
