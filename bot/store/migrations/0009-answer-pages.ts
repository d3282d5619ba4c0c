import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * answers (department_id, question_id, updated_at, id): the paged answers endpoint reads a
 * question's answers in a department newest first, a page at a time, without a sort step.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const answerPagesSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createIndex('answers_department_question_updated_idx')
      .on('answers')
      .columns(['department_id', 'question_id', 'updated_at', 'id'])
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('answers_department_question_updated_idx').ifExists().execute();
  },
};
