import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Card updates of more than one kind in the card_closes queue: `view` says what a sent card is to
 * show when it is updated in place.
 *
 * - 'closed': the forum's final meeting has passed (every row before this migration).
 * - 'erased': the person's answers were erased; their own cards get a neutral view and the group
 *   cards of their departments are re-rendered without them (closed, too, if the forum is over).
 * - 'erased-closed': both; an 'erased' card becomes this when the forum closes later.
 * - 'purged': the retention purge is about to erase everyone's answers; closed, no answers shown.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const cardUpdateViewsSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('card_closes')
      .addColumn('view', 'text', (c) => c.notNull().defaultTo('closed'))
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('card_closes').dropColumn('view').execute();
  },
};
