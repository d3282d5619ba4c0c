import type { ConversationRef } from '../../core/model';
import { excludedColumns, kyselyAdapter, type KyselyContext } from './kysely-port';
import type { ConversationStore } from './ports/conversation-store';
import { conversationRefFromRow, conversationRefToRow } from './row-mappers';

export async function saveConversationRef({ db }: KyselyContext, ref: ConversationRef): Promise<void> {
  const row = conversationRefToRow(ref, ref.removedAt ?? ref.installedAt);
  await db
    .insertInto('conversation_refs')
    .values(row)
    .onConflict((oc) => oc.column('conversation_id').doUpdateSet(excludedColumns(row, ['conversation_id'])))
    .execute();
}

export async function getConversationRef(
  { db }: KyselyContext,
  conversationId: string,
): Promise<ConversationRef | undefined> {
  const row = await db
    .selectFrom('conversation_refs')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
  return row ? conversationRefFromRow(row) : undefined;
}

/** The user's personal chat with the bot that is still installed; a reachable one wins, then the newest. */
export async function findPersonalConversation(
  { db }: KyselyContext,
  aadObjectId: string,
): Promise<ConversationRef | undefined> {
  const row = await db
    .selectFrom('conversation_refs')
    .selectAll()
    .where('kind', '=', 'personal')
    .where('aad_object_id', '=', aadObjectId)
    .where('removed_at', 'is', null)
    .orderBy('reachable', 'desc')
    .orderBy('installed_at', 'desc')
    .orderBy('conversation_id')
    .executeTakeFirst();
  return row ? conversationRefFromRow(row) : undefined;
}

export async function listConversationRefs(
  { db }: KyselyContext,
  filter: {
    departmentId?: string;
    kind?: ConversationRef['kind'];
  } = {},
): Promise<ConversationRef[]> {
  const rows = await db
    .selectFrom('conversation_refs')
    .selectAll()
    .$if(filter.departmentId !== undefined, (q) => q.where('department_id', '=', filter.departmentId!))
    .$if(filter.kind !== undefined, (q) => q.where('kind', '=', filter.kind!))
    .orderBy('installed_at')
    .orderBy('conversation_id')
    .execute();
  return rows.map(conversationRefFromRow);
}

export async function markConversationRemoved(
  { db }: KyselyContext,
  conversationId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('conversation_refs')
    .set({ removed_at: at, updated_at: at })
    .where('conversation_id', '=', conversationId)
    .execute();
}

export async function markConversationUnreachable(
  { db }: KyselyContext,
  conversationId: string,
  error: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('conversation_refs')
    .set({ reachable: 0, last_error: error, updated_at: at })
    .where('conversation_id', '=', conversationId)
    .execute();
}

export const conversationAdapter = kyselyAdapter<ConversationStore>({
  saveConversationRef,
  getConversationRef,
  findPersonalConversation,
  listConversationRefs,
  markConversationRemoved,
  markConversationUnreachable,
});
