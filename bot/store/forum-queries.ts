import type { Department, Forum, Principle, Question } from '../../core/model';
import { excludedColumns, kyselyAdapter, type KyselyContext } from './kysely-port';
import type { ForumStore } from './ports/forum-store';
import {
  departmentFromRow,
  departmentToRow,
  forumFromRow,
  forumToRow,
  principleFromRow,
  principleToRow,
  questionFromRow,
  questionToRow,
} from './row-mappers';

export async function saveForum({ db }: KyselyContext, forum: Forum): Promise<void> {
  const row = forumToRow(forum);
  await db
    .insertInto('forums')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(excludedColumns(row, ['id', 'created_at'])))
    .execute();
}

export async function getForum({ db }: KyselyContext, id: string): Promise<Forum | undefined> {
  const row = await db.selectFrom('forums').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? forumFromRow(row) : undefined;
}

export async function listForums({ db }: KyselyContext): Promise<Forum[]> {
  const rows = await db.selectFrom('forums').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(forumFromRow);
}

export async function saveDepartment({ db }: KyselyContext, department: Department): Promise<void> {
  const row = departmentToRow(department);
  await db
    .insertInto('departments')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(excludedColumns(row, ['id'])))
    .execute();
}

export async function getDepartment({ db }: KyselyContext, id: string): Promise<Department | undefined> {
  const row = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? departmentFromRow(row) : undefined;
}

export async function listDepartments({ db }: KyselyContext, forumId: string): Promise<Department[]> {
  const rows = await db
    .selectFrom('departments')
    .selectAll()
    .where('forum_id', '=', forumId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map(departmentFromRow);
}

/** Removes the department with its memberships and takeaways; linked conversations are unlinked. */
export async function deleteDepartment({ db, strategy }: KyselyContext, id: string): Promise<void> {
  await strategy.writeTransaction(db, async (trx) => {
    await trx
      .updateTable('conversation_refs')
      .set({ department_id: null })
      .where('department_id', '=', id)
      .execute();
    await trx.deleteFrom('member_departments').where('department_id', '=', id).execute();
    await trx.deleteFrom('takeaways').where('department_id', '=', id).execute();
    await trx.deleteFrom('departments').where('id', '=', id).execute();
  });
}

/** Replaces the forum's questions with these (questions not in the list are removed). */
export async function saveQuestions(
  { db, strategy }: KyselyContext,
  forumId: string,
  questions: Question[],
): Promise<void> {
  await strategy.writeTransaction(db, async (trx) => {
    const ids = questions.map((q) => q.id);
    await trx
      .deleteFrom('questions')
      .where('forum_id', '=', forumId)
      .$if(ids.length > 0, (q) => q.where('id', 'not in', ids))
      .execute();
    for (const question of questions) {
      const row = questionToRow({ ...question, forumId });
      await trx
        .insertInto('questions')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(excludedColumns(row, ['id'])))
        .execute();
    }
  });
}

export async function listQuestions({ db }: KyselyContext, forumId: string): Promise<Question[]> {
  const rows = await db
    .selectFrom('questions')
    .selectAll()
    .where('forum_id', '=', forumId)
    .orderBy('number')
    .orderBy('id')
    .execute();
  return rows.map(questionFromRow);
}

/** Replaces the forum's principles with these. */
export async function savePrinciples(
  { db, strategy }: KyselyContext,
  forumId: string,
  principles: Principle[],
): Promise<void> {
  await strategy.writeTransaction(db, async (trx) => {
    await trx.deleteFrom('principles').where('forum_id', '=', forumId).execute();
    if (principles.length > 0) {
      await trx
        .insertInto('principles')
        .values(principles.map((p) => principleToRow({ ...p, forumId })))
        .execute();
    }
  });
}

export async function listPrinciples({ db }: KyselyContext, forumId: string): Promise<Principle[]> {
  const rows = await db
    .selectFrom('principles')
    .selectAll()
    .where('forum_id', '=', forumId)
    .orderBy('number')
    .execute();
  return rows.map(principleFromRow);
}

export const forumAdapter = kyselyAdapter<ForumStore>({
  saveForum,
  getForum,
  listForums,
  saveDepartment,
  getDepartment,
  listDepartments,
  deleteDepartment,
  saveQuestions,
  listQuestions,
  savePrinciples,
  listPrinciples,
});
