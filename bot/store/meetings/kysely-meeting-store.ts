import type { Kysely, Selectable } from 'kysely';
import type { RecipientKind } from '../../../core/model';
import type { DialectStrategy } from '../dialect-strategy';
import { claimLeased, completeLeased, released, renewOneLease, unsuccessfulChanges } from '../leased-queue';
import type { Database, MeetingMessagesTable } from '../schema';
import type { ClaimRequest } from '../store';
import type {
  QueuedMessageKind,
  FacilitatorMeeting,
  MeetingAuthorErasure,
  MeetingMessage,
  MeetingMessageOutcome,
  MeetingMessageState,
  MeetingPurge,
  MeetingStore,
  RecordMeetingInput,
} from './meeting-store';

const INSERT_CHUNK = 200;

function messageFromRow(row: Selectable<MeetingMessagesTable>): MeetingMessage {
  return {
    id: row.id,
    forumId: row.forum_id,
    departmentId: row.department_id,
    kind: row.kind as QueuedMessageKind,
    occasion: row.occasion,
    recipientKind: row.recipient_kind as RecipientKind,
    recipientId: row.recipient_id,
    dueAt: row.due_at,
    state: row.state as MeetingMessageState,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    sentActivityId: row.sent_activity_id,
    lastError: row.last_error,
    updatedAt: row.updated_at,
  };
}

function messageToRow(m: MeetingMessage): MeetingMessagesTable {
  return {
    id: m.id,
    forum_id: m.forumId,
    department_id: m.departmentId,
    kind: m.kind,
    occasion: m.occasion,
    recipient_kind: m.recipientKind,
    recipient_id: m.recipientId,
    due_at: m.dueAt,
    state: m.state,
    attempts: m.attempts,
    next_attempt_at: m.nextAttemptAt,
    lease_owner: m.leaseOwner,
    lease_until: m.leaseUntil,
    sent_activity_id: m.sentActivityId,
    last_error: m.lastError,
    updated_at: m.updatedAt,
  };
}

/** The MeetingStore over Kysely: one set of queries for SQLite and PostgreSQL. */
/** A meeting's own columns (times, notes and who recorded what), beside its department's. */
const MEETING_DETAILS = [
  'facilitator_meetings.start_time as start_time',
  'facilitator_meetings.end_time as end_time',
  'facilitator_meetings.notes as notes',
  'facilitator_meetings.notes_by as notes_by',
  'facilitator_meetings.notes_at as notes_at',
  'facilitator_meetings.recorded_by as recorded_by',
  'facilitator_meetings.recorded_at as recorded_at',
] as const;

export class KyselyMeetingStore implements MeetingStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly strategy: DialectStrategy,
  ) {}

  private meetings(db: Kysely<Database>) {
    return db
      .selectFrom('departments')
      .leftJoin('facilitator_meetings', 'facilitator_meetings.department_id', 'departments.id')
      .select([
        'departments.id as department_id',
        'departments.forum_id as forum_id',
        'departments.facilitator_meeting_date as date',
        'departments.sort_order as sort_order',
        ...MEETING_DETAILS,
      ])
      .where('departments.facilitator_meeting_date', 'is not', null);
  }

  private static meetingFromRow(row: {
    department_id: string;
    forum_id: string;
    date: string | null;
    start_time: string | null;
    end_time: string | null;
    notes: string | null;
    notes_by: string | null;
    notes_at: string | null;
    recorded_by: string | null;
    recorded_at: string | null;
  }): FacilitatorMeeting {
    return {
      departmentId: row.department_id,
      forumId: row.forum_id,
      // '' only for a recorded meeting whose date was cleared in the Administration since.
      date: row.date ?? '',
      startTime: row.start_time,
      endTime: row.end_time,
      notes: row.notes ?? '',
      notesBy: row.notes_by,
      notesAt: row.notes_at,
      // A date set in the Administration (department settings) has no recorded time or author.
      recordedBy: row.recorded_by ?? '',
      recordedAt: row.recorded_at ?? '',
    };
  }

  async recordMeeting(input: RecordMeetingInput): Promise<FacilitatorMeeting | null> {
    const found = await this.strategy.writeTransaction(this.db, async (trx) => {
      const updated = await trx
        .updateTable('departments')
        .set({ facilitator_meeting_date: input.date })
        .where('id', '=', input.departmentId)
        .where('forum_id', '=', input.forumId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return false;
      await trx
        .insertInto('facilitator_meetings')
        .values({
          department_id: input.departmentId,
          forum_id: input.forumId,
          start_time: input.startTime,
          end_time: input.endTime,
          recorded_by: input.recordedBy,
          recorded_at: input.at,
        })
        .onConflict((oc) =>
          oc.column('department_id').doUpdateSet({
            start_time: input.startTime,
            end_time: input.endTime,
            recorded_by: input.recordedBy,
            recorded_at: input.at,
          }),
        )
        .execute();
      await trx
        .updateTable('meeting_messages')
        .set({ ...released(input.at), state: 'cancelled', last_error: 'the meeting date was recorded' })
        .where('department_id', '=', input.departmentId)
        .where('kind', '=', 'booking')
        .where('state', '=', 'pending')
        .execute();
      return true;
    });
    return found ? this.getMeeting(input.departmentId) : null;
  }

  async getMeeting(departmentId: string): Promise<FacilitatorMeeting | null> {
    const row = await this.meetings(this.db).where('departments.id', '=', departmentId).executeTakeFirst();
    return row ? KyselyMeetingStore.meetingFromRow(row) : null;
  }

  async listMeetings(forumId: string): Promise<FacilitatorMeeting[]> {
    const rows = await this.meetings(this.db)
      .where('departments.forum_id', '=', forumId)
      .orderBy('departments.sort_order')
      .orderBy('departments.id')
      .execute();
    return rows.map((r) => KyselyMeetingStore.meetingFromRow(r));
  }

  async saveNotes(departmentId: string, notes: string, at: string, by: string): Promise<boolean> {
    const result = await this.db
      .updateTable('facilitator_meetings')
      .set(notes === '' ? { notes, notes_by: null, notes_at: null } : { notes, notes_by: by, notes_at: at })
      .where('department_id', '=', departmentId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async listMeetingsOfMember(memberId: string): Promise<FacilitatorMeeting[]> {
    // From the recorded meetings (not the departments' dates): a date cleared since still has an author.
    const rows = await this.db
      .selectFrom('facilitator_meetings')
      .innerJoin('departments', 'departments.id', 'facilitator_meetings.department_id')
      .select([
        'facilitator_meetings.department_id as department_id',
        'facilitator_meetings.forum_id as forum_id',
        'departments.facilitator_meeting_date as date',
        ...MEETING_DETAILS,
      ])
      .where((eb) =>
        eb.or([
          eb('facilitator_meetings.recorded_by', '=', memberId),
          eb('facilitator_meetings.notes_by', '=', memberId),
        ]),
      )
      .orderBy('departments.sort_order')
      .orderBy('departments.id')
      .execute();
    return rows.map((r) => KyselyMeetingStore.meetingFromRow(r));
  }

  eraseMeetingAuthor(memberId: string): Promise<MeetingAuthorErasure> {
    return this.strategy.writeTransaction(this.db, async (trx) => {
      const dates = await trx
        .updateTable('facilitator_meetings')
        .set({ recorded_by: '' })
        .where('recorded_by', '=', memberId)
        .executeTakeFirst();
      const notes = await trx
        .updateTable('facilitator_meetings')
        .set({ notes: '', notes_by: null, notes_at: null })
        .where('notes_by', '=', memberId)
        .executeTakeFirst();
      const messages = await trx
        .updateTable('meeting_messages')
        .set({ last_error: null })
        .where('recipient_kind', '=', 'member')
        .where('recipient_id', '=', memberId)
        .where('last_error', 'is not', null)
        .executeTakeFirst();
      return {
        datesRecorded: Number(dates.numUpdatedRows),
        notes: Number(notes.numUpdatedRows),
        messages: Number(messages.numUpdatedRows),
      };
    });
  }

  purgeForum(forumId: string): Promise<MeetingPurge> {
    return this.strategy.writeTransaction(this.db, async (trx) => {
      const messages = await trx
        .deleteFrom('meeting_messages')
        .where('forum_id', '=', forumId)
        .executeTakeFirst();
      const meetings = await trx
        .deleteFrom('facilitator_meetings')
        .where('forum_id', '=', forumId)
        .executeTakeFirst();
      return { meetings: Number(meetings.numDeletedRows), messages: Number(messages.numDeletedRows) };
    });
  }

  async addMessages(messages: MeetingMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    return this.strategy.writeTransaction(this.db, async (trx) => {
      let added = 0;
      for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
        const result = await trx
          .insertInto('meeting_messages')
          .values(messages.slice(i, i + INSERT_CHUNK).map(messageToRow))
          // Either key (a department's, or a forum-level message's: migration 0015) already taken: left as it is.
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
      return added;
    });
  }

  claimMessages(request: ClaimRequest): Promise<MeetingMessage[]> {
    return claimLeased(
      this.db,
      this.strategy,
      { table: 'meeting_messages', caller: 'claimMessages', fromRow: messageFromRow, checkFirst: true },
      request,
    );
  }

  completeMessage(id: string, owner: string, outcome: MeetingMessageOutcome, at: string): Promise<boolean> {
    const changes =
      outcome.state === 'sent'
        ? { ...released(at), state: 'sent', sent_activity_id: outcome.activityId, last_error: null }
        : unsuccessfulChanges(outcome, at);
    const attempted =
      outcome.state !== 'cancelled' && !('notAnAttempt' in outcome && outcome.notAnAttempt === true);
    return completeLeased(this.db, 'meeting_messages', id, owner, changes, attempted);
  }

  renewMessageLease(id: string, owner: string, leaseUntil: string): Promise<boolean> {
    return renewOneLease(this.db, 'meeting_messages', id, owner, leaseUntil);
  }

  async listMessages(filter: {
    forumId: string;
    departmentId?: string;
    recipientId?: string;
  }): Promise<MeetingMessage[]> {
    const rows = await this.db
      .selectFrom('meeting_messages')
      .selectAll()
      .where('forum_id', '=', filter.forumId)
      .$if(filter.departmentId !== undefined, (q) => q.where('department_id', '=', filter.departmentId!))
      .$if(filter.recipientId !== undefined, (q) =>
        q.where('recipient_kind', '=', 'member').where('recipient_id', '=', filter.recipientId!),
      )
      .orderBy('due_at')
      .orderBy('id')
      .execute();
    return rows.map(messageFromRow);
  }
}
