import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Send limits shared by every instance: one row per send and limit key ('*' for the whole app,
 * else a conversation id) with the store-clock instant (ms) it counts from, and the pauses after a
 * 429 (Retry-After). Rows older than the longest window are pruned.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const sendLimitsSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('send_slots')
      .addColumn('slot_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('t', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('send_slots_pk', ['slot_id', 'key'])
      .execute();
    await db.schema.createIndex('send_slots_key_t_idx').on('send_slots').columns(['key', 't']).execute();
    await db.schema.createIndex('send_slots_t_idx').on('send_slots').column('t').execute();
    await db.schema
      .createTable('send_pauses')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('until_ms', 'double precision', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('send_pauses').ifExists().execute();
    await db.schema.dropTable('send_slots').ifExists().execute();
  },
};
