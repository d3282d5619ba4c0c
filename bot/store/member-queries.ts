import type { Kysely } from 'kysely';
import type { Member } from '../../core/model';
import { excludedColumns, kyselyAdapter, type KyselyContext } from './kysely-port';
import type { MemberFilter, MemberStore } from './ports/member-store';
import { memberFromRow, memberToRow } from './row-mappers';
import type { Database, MembersTable } from './schema';

export async function saveMember({ db, strategy }: KyselyContext, member: Member): Promise<void> {
  const row = memberToRow(member);
  await strategy.writeTransaction(db, async (trx) => {
    await trx
      .insertInto('members')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(excludedColumns(row, ['id'])))
      .execute();
    await trx.deleteFrom('member_departments').where('member_id', '=', member.id).execute();
    const departmentIds = [...new Set(member.departmentIds)];
    if (departmentIds.length > 0) {
      await trx
        .insertInto('member_departments')
        .values(
          departmentIds.map((department_id, position) => ({
            member_id: member.id,
            department_id,
            position,
          })),
        )
        .execute();
    }
  });
}

export async function getMember({ db }: KyselyContext, id: string): Promise<Member | undefined> {
  const rows = await db.selectFrom('members').selectAll().where('id', '=', id).execute();
  return (await withDepartments(db, rows))[0];
}

export async function findMembersByAadObjectId(
  { db }: KyselyContext,
  aadObjectId: string,
): Promise<Member[]> {
  const rows = await db
    .selectFrom('members')
    .selectAll()
    .where('aad_object_id', '=', aadObjectId)
    .orderBy('forum_id')
    .orderBy('id')
    .execute();
  return withDepartments(db, rows);
}

/**
 * One query: the members joined with their memberships (in position order), grouped here.
 * With a department, the query starts from that department's memberships (so it reads only
 * its members), and each member still comes with every department they belong to.
 */
export async function listMembers(
  { db }: KyselyContext,
  forumId: string,
  filter: MemberFilter = {},
): Promise<Member[]> {
  const { departmentId } = filter;
  const rows =
    departmentId === undefined
      ? await db
          .selectFrom('members as m')
          .leftJoin('member_departments as md', 'md.member_id', 'm.id')
          .selectAll('m')
          .select('md.department_id as link_department_id')
          .where('m.forum_id', '=', forumId)
          .orderBy('m.name')
          .orderBy('m.id')
          .orderBy('md.position')
          .execute()
      : await db
          .selectFrom('member_departments as f')
          .innerJoin('members as m', 'm.id', 'f.member_id')
          .leftJoin('member_departments as md', 'md.member_id', 'm.id')
          .selectAll('m')
          .select('md.department_id as link_department_id')
          .where('f.department_id', '=', departmentId)
          .where('m.forum_id', '=', forumId)
          // Constant under the filter, so the order is still name, id; it makes SQLite start
          // from the department's memberships (its index) instead of walking every member of
          // the forum in name order and probing each (measured 0.56 vs 0.97 ms for 280 of 1,700).
          .orderBy('f.department_id')
          .orderBy('m.name')
          .orderBy('m.id')
          .orderBy('md.position')
          .execute();
  const members: Member[] = [];
  let last: Member | undefined;
  for (const row of rows) {
    // memberFromRow picks its columns, so the extra link column needs no copy of the row.
    if (last?.id !== row.id) members.push((last = memberFromRow(row, [])));
    if (row.link_department_id !== null) last.departmentIds.push(row.link_department_id);
  }
  return members;
}

/** Removes the member and their memberships. Answers stay until deleteAnswersOfMember. */
export async function deleteMember({ db, strategy }: KyselyContext, id: string): Promise<void> {
  await strategy.writeTransaction(db, async (trx) => {
    await trx.deleteFrom('member_departments').where('member_id', '=', id).execute();
    await trx.deleteFrom('members').where('id', '=', id).execute();
  });
}

async function withDepartments(db: Kysely<Database>, rows: MembersTable[]): Promise<Member[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('member_departments')
    .select(['member_id', 'department_id'])
    .where(
      'member_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('member_id')
    .orderBy('position')
    .execute();
  const byMember = new Map<string, string[]>();
  for (const link of links) {
    const list = byMember.get(link.member_id) ?? [];
    list.push(link.department_id);
    byMember.set(link.member_id, list);
  }
  return rows.map((r) => memberFromRow(r, byMember.get(r.id) ?? []));
}

export const memberAdapter = kyselyAdapter<MemberStore>({
  saveMember,
  getMember,
  findMembersByAadObjectId,
  listMembers,
  deleteMember,
});
