import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Who wrote the facilitator's notes, and when: facilitator_meetings.notes_by (member id) and
 * notes_at, so the notes' author is personal data the privacy machinery can find (a person's
 * access report, erasure). Before this, saving notes overwrote recorded_at and kept no author.
 *
 * Rows with notes get their author from the audit log (the latest 'meeting.notes' entry of the
 * department), the one place it was kept; notes without such an entry keep no author.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export const meetingAuthorsSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    // One column per statement: SQLite adds one at a time.
    await db.schema.alterTable('facilitator_meetings').addColumn('notes_by', 'text').execute();
    await db.schema.alterTable('facilitator_meetings').addColumn('notes_at', 'text').execute();
    const latestNotesEntry = (column: 'actor_member_id' | 'at') =>
      db
        .selectFrom('audit_log')
        .select(`audit_log.${column}`)
        .where('audit_log.action', '=', 'meeting.notes')
        .where('audit_log.target_kind', '=', 'department')
        .whereRef('audit_log.target_id', '=', 'facilitator_meetings.department_id')
        .orderBy('audit_log.at', 'desc')
        .orderBy('audit_log.id', 'desc')
        .limit(1);
    await db
      .updateTable('facilitator_meetings')
      .set({ notes_by: latestNotesEntry('actor_member_id'), notes_at: latestNotesEntry('at') })
      .where('notes', '!=', '')
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('facilitator_meetings').dropColumn('notes_at').execute();
    await db.schema.alterTable('facilitator_meetings').dropColumn('notes_by').execute();
  },
};
