import type { MeetingMessageKind } from '../../../core/meetings';
import type { RecipientKind } from '../../../core/model';
import type { ClaimRequest } from '../store';
import type { UnsuccessfulOutcome } from '../leased-queue';

/**
 * The facilitator meeting's own port (kept apart from the Store): the recorded meeting of each
 * department and the queue of the bot's messages about it. One contract suite runs on SQLite and
 * PostgreSQL (tests/bot/store/meetings).
 */

export interface FacilitatorMeeting {
  departmentId: string;
  forumId: string;
  /** Local date, the department's facilitatorMeetingDate. */
  date: string;
  /** Local "HH:mm", when agreed. */
  startTime: string | null;
  endTime: string | null;
  /** The facilitator's notes after the meeting. */
  notes: string;
  /** Member id of who wrote the notes; null when there are none, or their author was erased. */
  notesBy: string | null;
  notesAt: string | null;
  /** Member id of who recorded the date; '' when set in the Administration, or the author was erased. */
  recordedBy: string;
  recordedAt: string;
}

/** What erasing a person's authorship changed (MeetingStore.eraseMeetingAuthor). */
export interface MeetingAuthorErasure {
  /** Meeting dates they recorded: the date stays (the department's), their name on it goes. */
  datesRecorded: number;
  /** Notes they wrote: the text and its author go. */
  notes: number;
  /** Messages addressed to them whose error text was cleared (the messages stay, so none goes out twice). */
  messages: number;
  /** Cards already posted in Teams that may show what was erased, queued for an update in place. */
  cards: number;
}

/** What the retention purge removed of one forum (MeetingStore.purgeForum). */
export interface MeetingPurge {
  meetings: number;
  messages: number;
  /** Posted cards still to be updated to the neutral view; their messages go once they are. */
  cardsWaiting: number;
}

/**
 * How a meeting card already posted in Teams is updated in place: 'erased', rendered again from
 * the store (without what was erased); 'purged', a neutral card (the forum's data is going).
 */
export type MeetingCardView = 'erased' | 'purged';

export type MeetingCardUpdateState = 'pending' | 'leased' | 'updated' | 'failed' | 'unreachable';

/** A posted meeting card to update in place, leased like the messages (one per sent message). */
export interface MeetingCardUpdate {
  /** The sent message: its recipient, kind and the activity id of its card. */
  message: MeetingMessage;
  view: MeetingCardView;
  state: MeetingCardUpdateState;
  attempts: number;
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  lastError: string | null;
  updatedAt: string;
}

export type MeetingCardUpdateOutcome = { state: 'updated' } | UnsuccessfulOutcome;

export interface RecordMeetingInput {
  forumId: string;
  departmentId: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  recordedBy: string;
  at: string;
}

/**
 * The kinds the queue carries: the meeting's messages, the chefs' notice that voices wait for
 * moderation (bot/scheduler/voice-notices.ts), and the card in the final meeting's chat
 * (bot/scheduler/final-meeting-chat.ts), which ride the same leases, retries and rate limits.
 */
export type QueuedMessageKind = MeetingMessageKind | typeof VOICES_WAITING | typeof FINAL_MEETING_CHAT;
export const VOICES_WAITING = 'voicesWaiting';
/** The one forum-level kind: no department. */
export const FINAL_MEETING_CHAT = 'finalMeetingChat';

export type MeetingMessageState = 'pending' | 'leased' | 'sent' | 'failed' | 'unreachable' | 'cancelled';

export interface MeetingMessage {
  id: string;
  forumId: string;
  /** Null for a forum-level message (FINAL_MEETING_CHAT). */
  departmentId: string | null;
  kind: QueuedMessageKind;
  /**
   * The occasion's local date: with department (or, without one, the forum), kind and recipient,
   * the message's key.
   */
  occasion: string;
  recipientKind: RecipientKind;
  /** Member id (1:1) or conversation id (the department's group chat). */
  recipientId: string;
  dueAt: string;
  state: MeetingMessageState;
  attempts: number;
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  sentActivityId: string | null;
  lastError: string | null;
  updatedAt: string;
}

/** `notAnAttempt`: recorded without counting an attempt (cancelled never counts one). */
export type MeetingMessageOutcome =
  { state: 'sent'; activityId: string } | (UnsuccessfulOutcome & { notAnAttempt?: true });

export interface MeetingStore {
  /**
   * Records a department's agreed meeting: sets the department's facilitatorMeetingDate, keeps the
   * time, and cancels its booking nudges not yet sent, in one transaction. Notes already written
   * stay. Returns null when the department is not in the forum.
   */
  recordMeeting(input: RecordMeetingInput): Promise<FacilitatorMeeting | null>;
  /** The department's meeting: its date (from the department) with the recorded time and notes. */
  getMeeting(departmentId: string): Promise<FacilitatorMeeting | null>;
  /** Every department of the forum with a meeting date, in the departments' order. */
  listMeetings(forumId: string): Promise<FacilitatorMeeting[]>;
  /** The facilitator's notes, written by member `by`; false when the department has no recorded meeting. */
  saveNotes(departmentId: string, notes: string, at: string, by: string): Promise<boolean>;

  /** The meetings whose date the member recorded or whose notes they wrote (their access report). */
  listMeetingsOfMember(memberId: string): Promise<FacilitatorMeeting[]>;
  /**
   * A person's right to erasure, in one transaction: their name goes from the meeting dates they
   * recorded (the department's date and time stay), the notes they wrote go with their author,
   * and the error text of messages addressed to them is cleared. The cards already posted that may
   * show what went - the takeaways cards of the departments whose notes went, and the briefings of
   * `cards.departmentIds` (they show the answers and names of the departments' chefs) - are queued
   * for an update in place ('erased'), in the same transaction, so a crash cannot leave them out.
   */
  eraseMeetingAuthor(
    memberId: string,
    cards: { at: string; departmentIds: readonly string[] },
  ): Promise<MeetingAuthorErasure>;
  /**
   * The retention purge, in one transaction: every recorded meeting (time, author, notes) goes; each
   * posted card that may show personal data (booking, briefing, takeaways) is queued for an update
   * to the neutral view ('purged'); every message of the forum goes but those whose card is still to
   * be updated, which go at a later call once it is. The departments' meeting dates stay. Idempotent.
   */
  purgeForum(forumId: string, at: string): Promise<MeetingPurge>;

  /** Claims due card updates under a lease, with their messages. */
  claimCardUpdates(request: ClaimRequest): Promise<MeetingCardUpdate[]>;
  /** Records a card update's outcome while `owner` still holds the lease; false when it was lost. */
  completeCardUpdate(
    messageId: string,
    owner: string,
    outcome: MeetingCardUpdateOutcome,
    at: string,
  ): Promise<boolean>;
  /** The forum's card updates, by message due time. */
  listCardUpdates(forumId: string): Promise<MeetingCardUpdate[]>;

  /**
   * Queues messages; one already queued with the same key ((department | forum), kind, occasion,
   * recipient) is left as it is. Returns how many were new.
   */
  addMessages(messages: MeetingMessage[]): Promise<number>;
  /** Claims due messages under a lease (FOR UPDATE SKIP LOCKED on PostgreSQL). */
  claimMessages(request: ClaimRequest): Promise<MeetingMessage[]>;
  /** Records the outcome while `owner` still holds the lease; false when it was lost. */
  completeMessage(id: string, owner: string, outcome: MeetingMessageOutcome, at: string): Promise<boolean>;
  /** Extends the lease while a send is under way; false when another worker took it. */
  renewMessageLease(id: string, owner: string, leaseUntil: string): Promise<boolean>;
  /** The forum's messages (of one department, or addressed to one member), by due time. */
  listMessages(filter: {
    forumId: string;
    departmentId?: string;
    recipientId?: string;
  }): Promise<MeetingMessage[]>;
}
