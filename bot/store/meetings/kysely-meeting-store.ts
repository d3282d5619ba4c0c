import { leaseFieldsOf } from '../lease-fields';
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
} from 'kysely';
import type { RecipientKind } from '../../../core/model';
import type { DialectStrategy } from '../dialect-strategy';
import { claimLeased, completeLeased, released, renewOneLease, unsuccessfulChanges } from '../leased-queue';
import type { Database, MeetingCardUpdatesTable, MeetingMessagesTable } from '../schema';
import type { ClaimRequest } from '../store';
import type {
  QueuedMessageKind,
  FacilitatorMeeting,
  MeetingAuthorErasure,
  MeetingCardUpdate,
  MeetingCardUpdateOutcome,
  MeetingCardUpdateState,
  MeetingCardView,
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
    sentActivityId: row.sent_activity_id,
    ...leaseFieldsOf(row),
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

function cardUpdateFromRow(
  row: Selectable<MeetingCardUpdatesTable>,
  message: MeetingMessage,
): MeetingCardUpdate {
  return {
    message,
    view: row.view as MeetingCardView,
    state: row.state as MeetingCardUpdateState,
    ...leaseFieldsOf(row),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The meeting cards that may show personal data: names, answers, notes. */
const PERSONAL_CARD_KINDS = ['booking', 'briefing', 'takeaways'];
const OPEN_STATES = ['pending', 'leased'];

type MessageFilter = (eb: ExpressionBuilder<Database, 'meeting_messages'>) => Expression<SqlBool>;

/** The sent messages of `kind` in the departments given, for each entry; null when none names a department. */
function shownCards(wanted: Array<{ kind: string; departmentIds: readonly string[] }>): MessageFilter | null {
  const some = wanted.filter((w) => w.departmentIds.length > 0);
  if (some.length === 0) return null;
  return (eb) =>
    eb.or(
      some.map((w) => eb.and([eb('kind', '=', w.kind), eb('department_id', 'in', [...w.departmentIds])])),
    );
}

/**
 * Queues an update in place for every sent message `which` selects: a new row, or one updated
 * before (queued again, since there is more to hide now). A card queued for the purge stays so.
 */
async function queueCardUpdates(
  trx: Kysely<Database>,
  which: MessageFilter,
  view: MeetingCardView,
  at: string,
): Promise<number> {
  const text = (value: string) => sql<string>`cast(${value} as text)`;
  const result = await trx
    .insertInto('meeting_card_updates')
    .columns(['message_id', 'forum_id', 'view', 'state', 'attempts', 'next_attempt_at', 'updated_at'])
    .expression((eb) =>
      eb
        .selectFrom('meeting_messages')
        .select((m) => [
          'id',
          'forum_id',
          text(view).as('view'),
          text('pending').as('state'),
          m.lit(0).as('attempts'),
          text(at).as('next_attempt_at'),
          text(at).as('updated_at'),
        ])
        .where('sent_activity_id', 'is not', null)
        .where(which),
    )
    .onConflict((oc) =>
      oc
        .column('message_id')
        .doUpdateSet((eb) => ({
          view: eb.ref('excluded.view'),
          state: 'pending',
          attempts: 0,
          next_attempt_at: eb.ref('excluded.next_attempt_at'),
          lease_owner: null,
          lease_until: null,
          last_error: null,
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where('meeting_card_updates.view', '<>', 'purged'),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
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

  eraseMeetingAuthor(
    memberId: string,
    cards: { at: string; departmentIds: readonly string[] },
  ): Promise<MeetingAuthorErasure> {
    return this.strategy.writeTransaction(this.db, async (trx) => {
      const withNotes = await trx
        .selectFrom('facilitator_meetings')
        .select('department_id')
        .where('notes_by', '=', memberId)
        .execute();
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
      const showing = shownCards([
        { kind: 'takeaways', departmentIds: withNotes.map((r) => r.department_id) },
        { kind: 'briefing', departmentIds: cards.departmentIds },
      ]);
      const queued = showing ? await queueCardUpdates(trx, showing, 'erased', cards.at) : 0;
      return {
        datesRecorded: Number(dates.numUpdatedRows),
        notes: Number(notes.numUpdatedRows),
        messages: Number(messages.numUpdatedRows),
        cards: queued,
      };
    });
  }

  purgeForum(forumId: string, at: string): Promise<MeetingPurge> {
    return this.strategy.writeTransaction(this.db, async (trx) => {
      await queueCardUpdates(
        trx,
        (eb) => eb.and([eb('forum_id', '=', forumId), eb('kind', 'in', PERSONAL_CARD_KINDS)]),
        'purged',
        at,
      );
      const open = (eb: ExpressionBuilder<Database, 'meeting_messages'>) =>
        eb.exists(
          eb
            .selectFrom('meeting_card_updates')
            .select('meeting_card_updates.message_id')
            .whereRef('meeting_card_updates.message_id', '=', 'meeting_messages.id')
            .where('meeting_card_updates.state', 'in', OPEN_STATES),
        );
      const messages = await trx
        .deleteFrom('meeting_messages')
        .where('forum_id', '=', forumId)
        .where((eb) => eb.not(open(eb)))
        .executeTakeFirst();
      const meetings = await trx
        .deleteFrom('facilitator_meetings')
        .where('forum_id', '=', forumId)
        .executeTakeFirst();
      const waiting = await trx
        .selectFrom('meeting_card_updates')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('forum_id', '=', forumId)
        .where('state', 'in', OPEN_STATES)
        .executeTakeFirstOrThrow();
      return {
        meetings: Number(meetings.numDeletedRows),
        messages: Number(messages.numDeletedRows),
        cardsWaiting: Number(waiting.n),
      };
    });
  }

  async claimCardUpdates(request: ClaimRequest): Promise<MeetingCardUpdate[]> {
    const claimed = await claimLeased(
      this.db,
      this.strategy,
      { table: 'meeting_card_updates', caller: 'claimCardUpdates', fromRow: (row) => row, checkFirst: true },
      request,
    );
    return this.withMessages(claimed);
  }

  completeCardUpdate(
    messageId: string,
    owner: string,
    outcome: MeetingCardUpdateOutcome,
    at: string,
  ): Promise<boolean> {
    const changes =
      outcome.state === 'updated'
        ? { ...released(at), state: 'updated', last_error: null }
        : unsuccessfulChanges(outcome, at);
    return completeLeased(this.db, 'meeting_card_updates', messageId, owner, changes, true);
  }

  async listCardUpdates(forumId: string): Promise<MeetingCardUpdate[]> {
    const rows = await this.db
      .selectFrom('meeting_card_updates')
      .selectAll()
      .where('forum_id', '=', forumId)
      .execute();
    const updates = await this.withMessages(rows);
    return updates.sort(
      (a, b) => compare(a.message.dueAt, b.message.dueAt) || compare(a.message.id, b.message.id),
    );
  }

  private async withMessages(rows: Selectable<MeetingCardUpdatesTable>[]): Promise<MeetingCardUpdate[]> {
    if (rows.length === 0) return [];
    const messages = await this.db
      .selectFrom('meeting_messages')
      .selectAll()
      .where(
        'id',
        'in',
        rows.map((r) => r.message_id),
      )
      .execute();
    const byId = new Map(messages.map((m) => [m.id, messageFromRow(m)]));
    return rows.flatMap((row) => {
      const message = byId.get(row.message_id);
      return message ? [cardUpdateFromRow(row, message)] : [];
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
