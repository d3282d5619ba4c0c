import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Voices from outside the forum (bot/store/voices): the departments' rounds with their public link
 * codes, the voices (no name, e-mail or address: a group, a text, a time and a moderation state),
 * the rate-limit hits of the public link (a salted hash of the source, kept for one rate window
 * and never with a voice) and when each department's chefs were last told voices wait.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const voicesSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('voice_rounds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('groups', 'text', (c) => c.notNull())
      .addColumn('closes_at', 'text', (c) => c.notNull())
      .addColumn('cap', 'integer', (c) => c.notNull())
      .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('voice_rounds_department_idx')
      .on('voice_rounds')
      .columns(['department_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('voices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('round_id', 'text', (c) => c.notNull().references('voice_rounds.id').onDelete('cascade'))
      .addColumn('forum_id', 'text', (c) => c.notNull())
      .addColumn('department_id', 'text', (c) => c.notNull())
      .addColumn('group_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('moderated_at', 'text')
      .execute();
    await db.schema
      .createIndex('voices_department_state_idx')
      .on('voices')
      .columns(['department_id', 'state', 'created_at'])
      .execute();
    await db.schema.createIndex('voices_round_idx').on('voices').column('round_id').execute();
    await db.schema.createIndex('voices_forum_idx').on('voices').column('forum_id').execute();
    await db.schema
      .createTable('voice_hits')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('t', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('voice_hits_key_t_idx').on('voice_hits').columns(['key', 't']).execute();
    await db.schema.createIndex('voice_hits_t_idx').on('voice_hits').column('t').execute();
    await db.schema
      .createTable('voice_notices')
      .addColumn('department_id', 'text', (c) => c.primaryKey())
      .addColumn('notified_ms', 'double precision', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('voice_notices').ifExists().execute();
    await db.schema.dropTable('voice_hits').ifExists().execute();
    await db.schema.dropTable('voices').ifExists().execute();
    await db.schema.dropTable('voice_rounds').ifExists().execute();
  },
};
