import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Indexes for the summary reads (tab summaries and exports).
 *
 * - answers (forum_id, department_id, created_at, id) replaces (forum_id, department_id): it still
 *   finds a department's answers, and also hands them out in listAnswers' order, so the
 *   department-filtered listAnswers needs no sort step.
 * - answers (forum_id, created_at, id) does the same for a whole forum's listAnswers
 *   (the forum overview and the answers export).
 * - members (forum_id, name, id) replaces (forum_id): it serves listMembers' order without a sort.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const summaryReadsSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createIndex('answers_forum_department_created_idx')
      .on('answers')
      .columns(['forum_id', 'department_id', 'created_at', 'id'])
      .execute();
    await db.schema.dropIndex('answers_forum_department_idx').execute();
    await db.schema
      .createIndex('answers_forum_created_idx')
      .on('answers')
      .columns(['forum_id', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('members_forum_name_idx')
      .on('members')
      .columns(['forum_id', 'name', 'id'])
      .execute();
    await db.schema.dropIndex('members_forum_idx').execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('members_forum_idx').on('members').column('forum_id').execute();
    await db.schema.dropIndex('members_forum_name_idx').ifExists().execute();
    await db.schema.dropIndex('answers_forum_created_idx').ifExists().execute();
    await db.schema
      .createIndex('answers_forum_department_idx')
      .on('answers')
      .columns(['forum_id', 'department_id'])
      .execute();
    await db.schema.dropIndex('answers_forum_department_created_idx').ifExists().execute();
  },
};
