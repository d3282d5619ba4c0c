import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Closing sent prompt cards after a forum's final meeting: one row per delivery whose card is to
 * be updated in place to the closed view. Its own state and lease (like a delivery's), so several
 * server instances share the work and a crash never loses a close: a leased row whose lease ran
 * out is claimed again (updating a card twice is harmless).
 *
 * state: pending -> leased -> closed | failed | unreachable (or back to pending for a retry).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const cardClosesSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('card_closes')
      .addColumn('delivery_id', 'text', (c) => c.primaryKey().references('deliveries.id').onDelete('cascade'))
      .addColumn('forum_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('card_closes_claim_pending_idx')
      .on('card_closes')
      .columns(['state', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('card_closes_claim_lease_idx')
      .on('card_closes')
      .columns(['state', 'lease_until'])
      .execute();
    await db.schema.createIndex('card_closes_forum_idx').on('card_closes').column('forum_id').execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('card_closes').ifExists().execute();
  },
};
