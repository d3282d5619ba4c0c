import type { Answer, AnswerRevision, Delivery, Localized, Member } from '../model';

/**
 * Response bodies of the privacy and audit routes (browser-safe): a person's data, the two-step
 * deletion, the forum's retention status and its audit log. Re-exported by ./types.
 */

// ---- retention ----------------------------------------------------------------------------------

export type RetentionStatus =
  /** Before or on the final meeting: answers are being collected. */
  | 'running'
  /** After the final meeting, inside the retention period: read-only, data kept. */
  | 'closed'
  /** Past the retention period; the next job run purges. */
  | 'due'
  /** Personal data has been purged. */
  | 'purged';

export interface RetentionInfo {
  forumId: string;
  finalMeetingDate: string;
  retentionDays: number;
  /** The local date on which answers and personal data are purged (final meeting + retentionDays). */
  purgeOnDate: string;
  /** The instant that date begins in the forum's time zone; the job purges at its first run after it. */
  purgeAt: string;
  status: RetentionStatus;
  /** Whole days from today (forum time) to purgeOnDate; 0 once due or purged. */
  daysUntilPurge: number;
  purgedAt: string | null;
}

/** GET /api/forums/:forumId/retention (organizers) */
export interface RetentionResponse {
  retention: RetentionInfo;
  purge: {
    forumId: string;
    purgedAt: string;
    answers: number;
    members: number;
    conversations: number;
  } | null;
  /** Answers deleted so far, per department and question and why (no identity). */
  erasedAnswers: Array<{
    forumId: string;
    departmentId: string;
    questionId: string;
    reason: 'subject' | 'organizer' | 'retention';
    count: number;
    updatedAt: string;
  }>;
}

// ---- a person's data (GDPR art. 15, 20) -----------------------------------------------------------

/** One membership in GET /api/me/data and GET /api/members/:memberId/data. */
export interface SubjectMembershipView {
  forum: { id: string; name: Localized; kickoffDate: string; finalMeetingDate: string };
  retention: RetentionInfo;
  member: Member;
  departments: Array<{ id: string; name: Localized }>;
  answers: Array<{
    answer: Answer;
    question: { id: string; number: number; text: Localized } | null;
    revisions: AnswerRevision[];
  }>;
  /** Cards sent (or due) to the person. */
  deliveries: Array<
    Pick<Delivery, 'id' | 'roundId' | 'state' | 'dueAt' | 'attempts' | 'lastError' | 'updatedAt'>
  >;
  /** What the person did as an organizer, from the audit log. */
  actions: AuditEntry[];
  /** Facilitator meetings whose date the person recorded, or whose notes they wrote. */
  meetings: SubjectMeetingView[];
  /** The bot's messages about the meetings addressed to the person (briefings, reminders, notices). */
  meetingMessages: Array<{
    id: string;
    /** Null for a forum-level message (none is addressed to a person today). */
    departmentId: string | null;
    kind: string;
    occasion: string;
    state: string;
    dueAt: string;
    updatedAt: string;
  }>;
}

/** One facilitator meeting in a person's data: only the parts that are theirs carry content. */
export interface SubjectMeetingView {
  departmentId: string;
  departmentName: Localized;
  /** The department's meeting date ('' when it was cleared since). */
  date: string;
  startTime: string | null;
  endTime: string | null;
  /** When the person recorded the date; null when someone else did. */
  recordedAt: string | null;
  /** The notes the person wrote; null when someone else wrote them. */
  notes: string | null;
  notesAt: string | null;
}

/** GET /api/me/data, GET /api/members/:memberId/data (also the JSON download). */
export interface SubjectDataResponse {
  format: 'samskab.subject-data/1';
  generatedAt: string;
  aadObjectId: string;
  memberships: SubjectMembershipView[];
  conversations: unknown[];
}

// ---- deletion (GDPR art. 17), two steps ---------------------------------------------------------

/** The counts a deletion would remove. */
export interface ErasurePreview {
  answers: number;
  revisions: number;
  forums: number;
  /** Facilitator meetings the person recorded or wrote notes for: their name and notes go, the dates stay. */
  meetings: number;
}

/** The answer to a delete request that has not been confirmed yet: nothing was deleted. */
export interface ErasureConfirmationResponse {
  status: 'confirmationRequired';
  /** Send it back as { confirmToken } within 15 minutes; it is the only way to confirm, and works once. */
  confirmToken: string;
  preview: ErasurePreview;
}

/** What one membership's erasure removed. */
export interface ErasureReport {
  memberId: string;
  forumId: string;
  answers: number;
  revisions: number;
  /** Departments whose summary lost answers (live views are told). */
  departmentIds: string[];
  /** Cards in Teams chats queued to be updated in place without the erased answers. */
  cardsQueued: number;
  /** Departments whose shared takeaways (group text, not erased) exist. */
  takeawaysKept: Array<{ departmentId: string; version: number }>;
  /** Facilitator meetings: dates whose recorder was erased (the dates stay), notes erased with their author. */
  meetings: { datesRecorded: number; notes: number };
}

export interface ErasureDoneResponse {
  status: 'deleted';
  reports: ErasureReport[];
}

/**
 * DELETE /api/members/:memberId { eraseAnswers?, confirmToken? } — removing a member
 * takes two steps. Without confirmation: a preview and a code bound to the member and to the
 * choice `eraseAnswers`; nothing is changed. With it: the member is removed (and, when
 * `eraseAnswers`, their answers and revisions are erased first, reason 'organizer').
 */
export interface MemberRemovalConfirmationResponse extends ErasureConfirmationResponse {
  member: Member;
  eraseAnswers: boolean;
}
export interface MemberRemovedResponse {
  status: 'removed';
  member: Member;
  /** The erasure, when `eraseAnswers` was confirmed; else null (answers kept until the retention purge). */
  erasure: ErasureReport | null;
}

// ---- audit log ----------------------------------------------------------------------------------

/** One line of a forum's audit log (append-only). */
export interface AuditEntry {
  id: string;
  forumId: string;
  at: string;
  actorKind: 'member' | 'user' | 'system';
  actorMemberId: string | null;
  actorAadObjectId: string | null;
  /** e.g. 'forum.settings.update', 'member.delete', 'privacy.export', 'retention.purge'. */
  action: string;
  targetKind: string;
  targetId: string | null;
  /** Ids, counts and changed field names only; never names, e-mails or answer texts. */
  details: Record<string, unknown>;
}

export interface AuditEntryView extends AuditEntry {
  /** What happened, in the caller's language, and in both. */
  label: string;
  labelText: Localized;
  /** The actor's current name (anonymized after the retention purge); null for the system or a non-member. */
  actorName: string | null;
}

/** GET /api/forums/:forumId/audit?limit=&before= (organizers), newest first. */
export interface AuditResponse {
  entries: AuditEntryView[];
  /** Pass as ?before= for the next (older) page; null on the last page. */
  next: string | null;
}
