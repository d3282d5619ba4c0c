import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Forum-level messages in meeting_messages: department_id may be null (the card in the final
 * meeting's chat belongs to the forum, not to a department). Such a message is queued once per
 * (forum, kind, occasion, recipient): a unique index over the rows without a department, beside
 * the department key of 0010 (under which nulls never collide).
 *
 * PostgreSQL drops the NOT NULL in place. SQLite cannot, so it rebuilds the table (new table,
 * every row copied, old one dropped, new one renamed, indexes made again) in one transaction.
 * Down removes the forum-level rows, which the old shape cannot hold.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const forumMeetingMessagesSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    if (isPostgres(db)) {
      await sql`alter table meeting_messages alter column department_id drop not null`.execute(db);
    } else {
      await db.transaction().execute((trx) => rebuildOnSqlite(trx, { departmentRequired: false }));
    }
    await db.schema
      .createIndex('meeting_messages_forum_once_idx')
      .on('meeting_messages')
      .columns(['forum_id', 'kind', 'occasion', 'recipient_id'])
      .unique()
      .where(sql.ref('department_id'), 'is', null)
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.deleteFrom('meeting_messages').where('department_id', 'is', null).execute();
    await db.schema.dropIndex('meeting_messages_forum_once_idx').ifExists().execute();
    if (isPostgres(db)) {
      await sql`alter table meeting_messages alter column department_id set not null`.execute(db);
    } else {
      await db.transaction().execute((trx) => rebuildOnSqlite(trx, { departmentRequired: true }));
    }
  },
};

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const COLUMNS = [
  'id',
  'forum_id',
  'department_id',
  'kind',
  'occasion',
  'recipient_kind',
  'recipient_id',
  'due_at',
  'state',
  'attempts',
  'next_attempt_at',
  'lease_owner',
  'lease_until',
  'sent_activity_id',
  'last_error',
  'updated_at',
] as const;

/** meeting_messages as 0010 made it, but for whether a department is required; keeps every row. */
async function rebuildOnSqlite(db: Kysely<any>, shape: { departmentRequired: boolean }): Promise<void> {
  const rebuilt = 'meeting_messages_0015';
  await db.schema
    .createTable(rebuilt)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('forum_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => {
      const column = c.references('departments.id').onDelete('cascade');
      return shape.departmentRequired ? column.notNull() : column;
    })
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('recipient_kind', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('sent_activity_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto(rebuilt)
    .columns([...COLUMNS])
    .expression(db.selectFrom('meeting_messages').select([...COLUMNS]))
    .execute();
  await db.schema.dropTable('meeting_messages').execute();
  await db.schema.alterTable(rebuilt).renameTo('meeting_messages').execute();
  // The indexes of 0010 went with the old table.
  await db.schema
    .createIndex('meeting_messages_once_idx')
    .on('meeting_messages')
    .columns(['department_id', 'kind', 'occasion', 'recipient_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('meeting_messages_claim_pending_idx')
    .on('meeting_messages')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('meeting_messages_claim_lease_idx')
    .on('meeting_messages')
    .columns(['state', 'lease_until'])
    .execute();
  await db.schema
    .createIndex('meeting_messages_forum_idx')
    .on('meeting_messages')
    .column('forum_id')
    .execute();
}
