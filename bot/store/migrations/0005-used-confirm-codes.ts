import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Single-use confirmation codes: the id (nonce) of every confirmation code that was used, so a
 * code confirms its destructive action once, across server instances. The primary key makes the
 * first insert win; rows are useless once the code has expired and are pruned opportunistically.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const usedConfirmCodesSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('used_confirm_codes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('used_confirm_codes_expires_idx')
      .on('used_confirm_codes')
      .column('expires_at')
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('used_confirm_codes').ifExists().execute();
  },
};
