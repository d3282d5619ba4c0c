import type { Kysely, Selectable } from 'kysely';
import type { RecipientKind } from '../../../core/model';
import type { DialectStrategy } from '../dialect-strategy';
import { claimLeased, completeLeased, released, renewOneLease, unsuccessfulChanges } from '../leased-queue';
import type { Database, MeetingMessagesTable } from '../schema';
import type { ClaimRequest } from '../store';
import type {
  QueuedMessageKind,
  FacilitatorMeeting,
  MeetingMessage,
  MeetingMessageOutcome,
  MeetingMessageState,
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
        'facilitator_meetings.start_time as start_time',
        'facilitator_meetings.end_time as end_time',
        'facilitator_meetings.notes as notes',
        'facilitator_meetings.recorded_by as recorded_by',
        'facilitator_meetings.recorded_at as recorded_at',
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
    recorded_by: string | null;
    recorded_at: string | null;
  }): FacilitatorMeeting {
    return {
      departmentId: row.department_id,
      forumId: row.forum_id,
      date: row.date!,
      startTime: row.start_time,
      endTime: row.end_time,
      notes: row.notes ?? '',
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

  async saveNotes(departmentId: string, notes: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('facilitator_meetings')
      .set({ notes, recorded_at: at })
      .where('department_id', '=', departmentId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async addMessages(messages: MeetingMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    return this.strategy.writeTransaction(this.db, async (trx) => {
      let added = 0;
      for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
        const result = await trx
          .insertInto('meeting_messages')
          .values(messages.slice(i, i + INSERT_CHUNK).map(messageToRow))
          .onConflict((oc) => oc.columns(['department_id', 'kind', 'occasion', 'recipient_id']).doNothing())
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

  async listMessages(filter: { forumId: string; departmentId?: string }): Promise<MeetingMessage[]> {
    const rows = await this.db
      .selectFrom('meeting_messages')
      .selectAll()
      .where('forum_id', '=', filter.forumId)
      .$if(filter.departmentId !== undefined, (q) => q.where('department_id', '=', filter.departmentId!))
      .orderBy('due_at')
      .orderBy('id')
      .execute();
    return rows.map(messageFromRow);
  }
}
