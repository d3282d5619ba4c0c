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
  /** Member id of who recorded the date. */
  recordedBy: string;
  recordedAt: string;
}

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
 * The kinds the queue carries: the meeting's messages, and the chefs' notice that voices wait for
 * moderation (bot/scheduler/voice-notices.ts), which rides the same leases, retries and rate limits.
 */
export type QueuedMessageKind = MeetingMessageKind | typeof VOICES_WAITING;
export const VOICES_WAITING = 'voicesWaiting';

export type MeetingMessageState = 'pending' | 'leased' | 'sent' | 'failed' | 'unreachable' | 'cancelled';

export interface MeetingMessage {
  id: string;
  forumId: string;
  departmentId: string;
  kind: QueuedMessageKind;
  /** The occasion's local date: with department, kind and recipient, the message's key. */
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
  /** The facilitator's notes; false when the department has no recorded meeting. */
  saveNotes(departmentId: string, notes: string, at: string): Promise<boolean>;

  /** Queues messages; one already queued with the same key is left as it is. Returns how many were new. */
  addMessages(messages: MeetingMessage[]): Promise<number>;
  /** Claims due messages under a lease (FOR UPDATE SKIP LOCKED on PostgreSQL). */
  claimMessages(request: ClaimRequest): Promise<MeetingMessage[]>;
  /** Records the outcome while `owner` still holds the lease; false when it was lost. */
  completeMessage(id: string, owner: string, outcome: MeetingMessageOutcome, at: string): Promise<boolean>;
  /** Extends the lease while a send is under way; false when another worker took it. */
  renewMessageLease(id: string, owner: string, leaseUntil: string): Promise<boolean>;
  listMessages(filter: { forumId: string; departmentId?: string }): Promise<MeetingMessage[]>;
}
