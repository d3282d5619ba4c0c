import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * member_departments (department_id, member_id) instead of (department_id): the summary tallies
 * read a department's members in member id order, a chunk at a time, without a sort step.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const summaryTalliesSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createIndex('member_departments_department_member_idx')
      .on('member_departments')
      .columns(['department_id', 'member_id'])
      .execute();
    await db.schema.dropIndex('member_departments_department_idx').execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema
      .createIndex('member_departments_department_idx')
      .on('member_departments')
      .column('department_id')
      .execute();
    await db.schema.dropIndex('member_departments_department_member_idx').ifExists().execute();
  },
};
