import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Shared state of several server instances that used to live in each process:
 *
 * - `signing_keys`: the keyring. Secrets that sign confirmation codes, live-update tickets and dev
 *   sign-in tokens, so every instance (and every restart) accepts what another issued. One key per
 *   purpose and rotation period: the unique (purpose, not_before) makes the first instance that
 *   creates a period's key win; the others read it.
 * - `event_streams`: open live-update streams, one row per slot of a person's stream allowance
 *   (primary key (person, slot)), owned by an instance and leased until `expires_at`; the owner
 *   renews the lease on a heartbeat, so a crashed instance's slots free up within a lease.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const keyringSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('signing_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('not_before', 'text', (c) => c.notNull())
      .addColumn('retire_after', 'text', (c) => c.notNull())
      .addUniqueConstraint('signing_keys_purpose_period_key', ['purpose', 'not_before'])
      .execute();
    await db.schema
      .createTable('event_streams')
      .addColumn('person', 'text', (c) => c.notNull())
      .addColumn('slot', 'integer', (c) => c.notNull())
      .addColumn('stream_id', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_streams_pkey', ['person', 'slot'])
      .execute();
    await db.schema.createIndex('event_streams_owner_idx').on('event_streams').column('owner').execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('event_streams').ifExists().execute();
    await db.schema.dropTable('signing_keys').ifExists().execute();
  },
};
