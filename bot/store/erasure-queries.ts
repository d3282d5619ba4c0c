import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { ErasureStore } from './ports/erasure-store';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import type {
  ErasedAnswerTally,
  ErasedAnswerTallyFilter,
  ErasureReason,
  ErasureResult,
  RetentionPurge,
} from './store';

/**
 * Erasure of answers (a person's right to deletion, an organizer removing a leaver, the retention
 * purge). Texts go; counts stay, per department and question, without anyone's identity.
 */

type Trx = Kysely<Database>;

interface TallyKey {
  forumId: string;
  departmentId: string;
  questionId: string;
  count: number;
}

export async function eraseAnswersOfMember(
  { db, strategy }: KyselyContext,
  memberId: string,
  reason: ErasureReason,
  at: string,
): Promise<ErasureResult> {
  return strategy.writeTransaction(db, async (trx) => {
    return eraseWhere(trx, reason, at, 'member_id', memberId);
  });
}

/** Erases the answers whose `column` equals `value` (a member's, or a whole forum's). */
async function eraseWhere(
  trx: Trx,
  reason: ErasureReason,
  at: string,
  column: 'member_id' | 'forum_id',
  value: string,
): Promise<ErasureResult> {
  const groups = await trx
    .selectFrom('answers')
    .select(['forum_id', 'department_id', 'question_id', sql<number>`count(*)`.as('n')])
    .where(column, '=', value)
    .groupBy(['forum_id', 'department_id', 'question_id'])
    .execute();
  const tallies: TallyKey[] = groups.map((g) => ({
    forumId: g.forum_id,
    departmentId: g.department_id,
    questionId: g.question_id,
    count: Number(g.n),
  }));
  for (const t of tallies) await addTally(trx, t, reason, at);
  const revisions = await trx
    .deleteFrom('answer_revisions')
    .where('answer_id', 'in', trx.selectFrom('answers').select('id').where(column, '=', value))
    .executeTakeFirst();
  const removed = await trx.deleteFrom('answers').where(column, '=', value).executeTakeFirst();
  return {
    answers: Number(removed.numDeletedRows),
    revisions: Number(revisions.numDeletedRows),
    tallies,
  };
}

async function addTally(trx: Trx, t: TallyKey, reason: ErasureReason, at: string): Promise<void> {
  await trx
    .insertInto('erased_answer_tallies')
    .values({
      forum_id: t.forumId,
      department_id: t.departmentId,
      question_id: t.questionId,
      reason,
      count: t.count,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['forum_id', 'department_id', 'question_id', 'reason']).doUpdateSet({
        count: sql<number>`erased_answer_tallies.count + ${t.count}`,
        updated_at: at,
      }),
    )
    .execute();
}

export async function listErasedAnswerTallies(
  { db }: KyselyContext,
  forumId: string,
  filter: ErasedAnswerTallyFilter = {},
): Promise<ErasedAnswerTally[]> {
  const rows = await db
    .selectFrom('erased_answer_tallies')
    .selectAll()
    .where('forum_id', '=', forumId)
    .$if(filter.departmentId !== undefined, (q) => q.where('department_id', '=', filter.departmentId!))
    .orderBy('department_id')
    .orderBy('question_id')
    .orderBy('reason')
    .execute();
  return rows.map((r) => ({
    forumId: r.forum_id,
    departmentId: r.department_id,
    questionId: r.question_id,
    reason: r.reason as ErasureReason,
    count: Number(r.count),
    updatedAt: r.updated_at,
  }));
}

export async function getRetentionPurge(
  { db }: KyselyContext,
  forumId: string,
): Promise<RetentionPurge | undefined> {
  const row = await db
    .selectFrom('retention_purges')
    .selectAll()
    .where('forum_id', '=', forumId)
    .executeTakeFirst();
  return row
    ? {
        forumId: row.forum_id,
        purgedAt: row.purged_at,
        answers: Number(row.answers),
        members: Number(row.members),
        conversations: Number(row.conversations),
      }
    : undefined;
}

export async function purgeForumPersonalData(
  { db, strategy }: KyselyContext,
  forumId: string,
  anonymizedName: string,
  at: string,
): Promise<RetentionPurge | undefined> {
  return strategy.writeTransaction(db, async (trx) => {
    // The claim: the first instance to insert the marker purges; the others see it taken.
    const claimed = await trx
      .insertInto('retention_purges')
      .values({ forum_id: forumId, purged_at: at, answers: 0, members: 0, conversations: 0 })
      .onConflict((oc) => oc.column('forum_id').doNothing())
      .returning('forum_id')
      .executeTakeFirst();
    if (!claimed) return undefined;

    const erased = await eraseWhere(trx, 'retention', at, 'forum_id', forumId);

    // Organizers (the secretariat) keep their membership, so the forum's audit log and purge
    // record stay reachable; everyone else is anonymized.
    const members = await trx
      .selectFrom('members')
      .select(['id', 'aad_object_id'])
      .where('forum_id', '=', forumId)
      .where('role', '!=', 'organizer')
      .execute();
    const departmentIds = (
      await trx.selectFrom('departments').select('id').where('forum_id', '=', forumId).execute()
    ).map((d) => d.id);
    const conversations = await removeConversations(
      trx,
      forumId,
      members.map((m) => m.aad_object_id),
      departmentIds,
    );

    for (const m of members) {
      await trx
        .updateTable('members')
        .set({ name: anonymizedName, email: null, aad_object_id: `anonymized:${m.id}`, paused_until: null })
        .where('id', '=', m.id)
        .execute();
    }
    await trx.updateTable('deliveries').set({ last_error: null }).where('forum_id', '=', forumId).execute();
    if (departmentIds.length > 0) {
      await trx
        .updateTable('takeaways')
        .set({ updated_by: null })
        .where('department_id', 'in', departmentIds)
        .execute();
    }
    const result: RetentionPurge = {
      forumId,
      purgedAt: at,
      answers: erased.answers,
      members: members.length,
      conversations,
    };
    await trx
      .updateTable('retention_purges')
      .set({ answers: result.answers, members: result.members, conversations: result.conversations })
      .where('forum_id', '=', forumId)
      .execute();
    return result;
  });
}

/** Group chats linked to the forum's departments; personal chats of people in no other unpurged forum. */
async function removeConversations(
  trx: Trx,
  forumId: string,
  aadObjectIds: string[],
  departmentIds: string[],
): Promise<number> {
  let removed = 0;
  if (departmentIds.length > 0) {
    const r = await trx
      .deleteFrom('conversation_refs')
      .where('department_id', 'in', departmentIds)
      .executeTakeFirst();
    removed += Number(r.numDeletedRows);
  }
  const people = [...new Set(aadObjectIds.filter((id) => !id.startsWith('anonymized:')))];
  if (people.length === 0) return removed;
  const elsewhere = await trx
    .selectFrom('members')
    .select('aad_object_id')
    .where('aad_object_id', 'in', people)
    .where('forum_id', '!=', forumId)
    .where('forum_id', 'not in', trx.selectFrom('retention_purges').select('forum_id'))
    .execute();
  const keep = new Set(elsewhere.map((e) => e.aad_object_id));
  const gone = people.filter((p) => !keep.has(p));
  if (gone.length > 0) {
    const r = await trx
      .deleteFrom('conversation_refs')
      .where('kind', '=', 'personal')
      .where('aad_object_id', 'in', gone)
      .executeTakeFirst();
    removed += Number(r.numDeletedRows);
  }
  return removed;
}

export const erasureAdapter = kyselyAdapter<ErasureStore>({
  eraseAnswersOfMember,
  listErasedAnswerTallies,
  purgeForumPersonalData,
  getRetentionPurge,
});
