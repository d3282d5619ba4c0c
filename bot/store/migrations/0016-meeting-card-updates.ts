import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Meeting cards already posted in Teams, to be updated in place after an erasure or before the
 * retention purge: one row per sent meeting message, leased like the card closes, so several
 * instances share the work and a crash never loses an update (a leased row whose lease ran out is
 * claimed again; updating a card twice shows the same card).
 *
 * view: 'erased' (rendered again from the store, without the erased data) | 'purged' (the forum's
 * personal data is about to go: a neutral card).
 * state: pending -> leased -> updated | failed | unreachable (or back to pending for a retry).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const meetingCardUpdatesSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('meeting_card_updates')
      .addColumn('message_id', 'text', (c) =>
        c.primaryKey().references('meeting_messages.id').onDelete('cascade'),
      )
      .addColumn('forum_id', 'text', (c) => c.notNull())
      .addColumn('view', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('meeting_card_updates_claim_pending_idx')
      .on('meeting_card_updates')
      .columns(['state', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('meeting_card_updates_claim_lease_idx')
      .on('meeting_card_updates')
      .columns(['state', 'lease_until'])
      .execute();
    await db.schema
      .createIndex('meeting_card_updates_forum_idx')
      .on('meeting_card_updates')
      .column('forum_id')
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('meeting_card_updates').ifExists().execute();
  },
};
