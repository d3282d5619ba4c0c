import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Trust: the append-only audit log, the per-department tally of erased answers (so participation
 * stays honest after a person deletes their answers) and the record of each forum's retention purge.
 *
 * The audit log refuses UPDATE and DELETE in the database itself (a trigger on both dialects; on
 * PostgreSQL TRUNCATE too), so no code path, however wrong, can rewrite history.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const privacyAuditSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // No foreign key: the log outlives what it talks about.
      .addColumn('forum_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_member_id', 'text')
      .addColumn('actor_aad_object_id', 'text')
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_log_forum_at_idx')
      .on('audit_log')
      .columns(['forum_id', 'at', 'id'])
      .execute();

    await db.schema
      .createTable('erased_answer_tallies')
      .addColumn('forum_id', 'text', (c) => c.notNull().references('forums.id').onDelete('cascade'))
      .addColumn('department_id', 'text', (c) => c.notNull())
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('erased_answer_tallies_pk', [
        'forum_id',
        'department_id',
        'question_id',
        'reason',
      ])
      .execute();

    await db.schema
      .createTable('retention_purges')
      .addColumn('forum_id', 'text', (c) => c.primaryKey().references('forums.id').onDelete('cascade'))
      .addColumn('purged_at', 'text', (c) => c.notNull())
      .addColumn('answers', 'integer', (c) => c.notNull())
      .addColumn('members', 'integer', (c) => c.notNull())
      .addColumn('conversations', 'integer', (c) => c.notNull())
      .execute();

    if (await isPostgres(db)) {
      await sql`
        create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_log is append-only (% refused)', tg_op using errcode = '42501';
        end
        $$`.execute(db);
      await sql`create trigger audit_log_no_update_delete before update or delete on audit_log
        for each row execute function audit_log_refuse_change()`.execute(db);
      await sql`create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_log_refuse_change()`.execute(db);
    } else {
      await sql`create trigger audit_log_no_update before update on audit_log
        begin select raise(abort, 'audit_log is append-only (UPDATE refused)'); end`.execute(db);
      await sql`create trigger audit_log_no_delete before delete on audit_log
        begin select raise(abort, 'audit_log is append-only (DELETE refused)'); end`.execute(db);
    }
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('retention_purges').ifExists().execute();
    await db.schema.dropTable('erased_answer_tallies').ifExists().execute();
    await db.schema.dropTable('audit_log').ifExists().execute();
    if (await isPostgres(db)) await sql`drop function if exists audit_log_refuse_change()`.execute(db);
  },
};

async function isPostgres(db: Kysely<any>): Promise<boolean> {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
