import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The initial schema, written with the schema builder so it runs on SQLite and PostgreSQL.
 * Migrations see the database as it was when they were written, hence Kysely<any>.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const initialSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('forums')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('assignment', 'text', (c) => c.notNull())
      .addColumn('kickoff_date', 'text', (c) => c.notNull())
      .addColumn('final_meeting_date', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('languages', 'text', (c) => c.notNull())
      .addColumn('default_locale', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('departments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('recap', 'text', (c) => c.notNull())
      .addColumn('chosen_assignment', 'text', (c) => c.notNull())
      .addColumn('facilitator_meeting_date', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('departments_forum_idx').on('departments').column('forum_id').execute();

    await db.schema
      .createTable('members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('paused_until', 'text')
      .execute();
    await db.schema.createIndex('members_forum_idx').on('members').column('forum_id').execute();
    await db.schema.createIndex('members_aad_idx').on('members').column('aad_object_id').execute();

    await db.schema
      .createTable('member_departments')
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
      .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('member_departments_pk', ['member_id', 'department_id'])
      .execute();
    await db.schema
      .createIndex('member_departments_department_idx')
      .on('member_departments')
      .column('department_id')
      .execute();

    await db.schema
      .createTable('questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('help', 'text', (c) => c.notNull())
      .addColumn('shape', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('questions_forum_idx')
      .on('questions')
      .columns(['forum_id', 'number'])
      .execute();

    await db.schema
      .createTable('principles')
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('sub_points', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('principles_pk', ['forum_id', 'number'])
      .execute();

    await db.schema
      .createTable('rounds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('department_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('question_ids', 'text', (c) => c.notNull())
      .addColumn('local_date', 'text', (c) => c.notNull())
      .addColumn('local_time', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rounds_forum_idx').on('rounds').column('forum_id').execute();
    await db.schema.createIndex('rounds_state_due_idx').on('rounds').columns(['state', 'due_at']).execute();

    await db.schema
      .createTable('deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('forum_id', 'text', (c) => c.notNull())
      .addColumn('recipient_kind', 'text', (c) => c.notNull())
      .addColumn('recipient_id', 'text', (c) => c.notNull())
      .addColumn('department_id', 'text')
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('sent_activity_id', 'text')
      .addColumn('sent_conversation_id', 'text')
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('deliveries_round_recipient_uq', ['round_id', 'recipient_id'])
      .execute();
    await db.schema
      .createIndex('deliveries_claim_pending_idx')
      .on('deliveries')
      .columns(['state', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('deliveries_claim_lease_idx')
      .on('deliveries')
      .columns(['state', 'lease_until'])
      .execute();
    await db.schema.createIndex('deliveries_forum_idx').on('deliveries').column('forum_id').execute();

    await db.schema
      .createTable('answers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('department_id', 'text', (c) => c.notNull())
      .addColumn('question_id', 'text', (c) => c.notNull())
      // No foreign key to members: deleting a member keeps the answers until deleteAnswersOfMember.
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('answers_question_member_uq', ['question_id', 'member_id'])
      .execute();
    await db.schema
      .createIndex('answers_forum_department_idx')
      .on('answers')
      .columns(['forum_id', 'department_id'])
      .execute();
    await db.schema.createIndex('answers_member_idx').on('answers').column('member_id').execute();

    await db.schema
      .createTable('answer_revisions')
      .addColumn('answer_id', 'text', (c) => c.notNull().references('answers.id').onDelete('cascade'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('edited_at', 'text', (c) => c.notNull())
      .addColumn('edited_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('answer_revisions_pk', ['answer_id', 'revision'])
      .execute();

    await db.schema
      .createTable('takeaways')
      .addColumn('department_id', 'text', (c) =>
        c.primaryKey().references('departments.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'text')
      .execute();

    await db.schema
      .createTable('conversation_refs')
      .addColumn('conversation_id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('tenant_id', 'text')
      .addColumn('aad_object_id', 'text')
      .addColumn('department_id', 'text')
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('installed_at', 'text', (c) => c.notNull())
      .addColumn('removed_at', 'text')
      .addColumn('reachable', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('conversation_refs_aad_idx')
      .on('conversation_refs')
      .columns(['aad_object_id', 'kind'])
      .execute();
    await db.schema
      .createIndex('conversation_refs_department_idx')
      .on('conversation_refs')
      .column('department_id')
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of [
      'conversation_refs',
      'takeaways',
      'answer_revisions',
      'answers',
      'deliveries',
      'rounds',
      'principles',
      'questions',
      'member_departments',
      'members',
      'departments',
      'forums',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
