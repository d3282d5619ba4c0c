import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The facilitator meeting of each department and the bot's messages about it.
 *
 * facilitator_meetings: one row per department once its meeting is recorded: the agreed time
 * (the date itself stays departments.facilitator_meeting_date, the one place it lives), who
 * recorded it and the facilitator's notes after the meeting.
 *
 * meeting_messages: booking nudges, briefings, open-question reminders and takeaway requests, one
 * row per (department, kind, occasion, recipient): the key that makes each one go out once, whatever
 * the number of instances or restarts. Leased like deliveries (bot/store/leased-queue.ts).
 * state: pending -> leased -> sent | failed | unreachable | cancelled (or back to pending for a retry).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const meetingsSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('facilitator_meetings')
      .addColumn('department_id', 'text', (c) =>
        c.primaryKey().references('departments.id').onDelete('cascade'),
      )
      .addColumn('forum_id', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text')
      .addColumn('end_time', 'text')
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('facilitator_meetings_forum_idx')
      .on('facilitator_meetings')
      .column('forum_id')
      .execute();

    await db.schema
      .createTable('meeting_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('forum_id', 'text', (c) => c.notNull())
      .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
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
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('meeting_messages').ifExists().execute();
    await db.schema.dropTable('facilitator_meetings').ifExists().execute();
  },
};
