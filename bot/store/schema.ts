/**
 * Table types for Kysely. One schema for both dialects: instants are ISO-8601 UTC text
 * (they sort correctly as text), structured values are JSON text, booleans are 0/1 integers.
 */

import type { ColumnType } from 'kysely';

export interface ForumsTable {
  id: string;
  /** JSON Localized. */
  name: string;
  /** JSON Localized. */
  assignment: string;
  kickoff_date: string;
  final_meeting_date: string;
  time_zone: string;
  /** JSON Locale[]. */
  languages: string;
  default_locale: string;
  /** JSON ForumSettings. */
  settings: string;
  created_at: string;
  updated_at: string;
}

export interface DepartmentsTable {
  id: string;
  forum_id: string;
  /** JSON Localized. */
  name: string;
  recap: string;
  chosen_assignment: string;
  facilitator_meeting_date: string | null;
  sort_order: number;
}

export interface MembersTable {
  id: string;
  forum_id: string;
  aad_object_id: string;
  name: string;
  email: string | null;
  role: string;
  locale: string;
  paused_until: string | null;
}

export interface MemberDepartmentsTable {
  member_id: string;
  department_id: string;
  /** Keeps the order of Member.departmentIds. */
  position: number;
}

export interface QuestionsTable {
  id: string;
  forum_id: string;
  number: number;
  /** JSON Localized. */
  text: string;
  /** JSON Localized. */
  help: string;
  /** JSON AnswerShape. */
  shape: string;
}

export interface PrinciplesTable {
  forum_id: string;
  number: number;
  /** JSON Localized. */
  title: string;
  /** JSON Localized. */
  body: string;
  /** JSON Localized[]. */
  sub_points: string;
}

export interface RoundsTable {
  id: string;
  forum_id: string;
  department_id: string | null;
  kind: string;
  /** JSON string[]. */
  question_ids: string;
  local_date: string;
  local_time: string;
  due_at: string;
  state: string;
  created_at: string;
  updated_at: string;
}

export interface DeliveriesTable {
  id: string;
  round_id: string;
  forum_id: string;
  recipient_kind: string;
  recipient_id: string;
  department_id: string | null;
  due_at: string;
  next_attempt_at: string;
  state: string;
  attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  sent_activity_id: string | null;
  sent_conversation_id: string | null;
  last_error: string | null;
  updated_at: string;
}

/** A sent prompt card to update to the closed view (migration 0004). */
export interface CardClosesTable {
  delivery_id: string;
  forum_id: string;
  /** CardView: 'closed' | 'erased' | 'erased-closed' (default 'closed'). */
  view: ColumnType<string, string | undefined, string>;
  state: string;
  attempts: number;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  updated_at: string;
}

/** A sent meeting card to update in place after an erasure or before the purge (migration 0016). */
export interface MeetingCardUpdatesTable {
  message_id: string;
  forum_id: string;
  /** MeetingCardView: 'erased' | 'purged'. */
  view: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  updated_at: string;
}

/** A department's recorded facilitator meeting (migration 0010). */
export interface FacilitatorMeetingsTable {
  department_id: string;
  forum_id: string;
  start_time: string | null;
  end_time: string | null;
  notes: ColumnType<string, string | undefined, string>;
  /** Member id of who recorded the date; '' when unknown or erased. */
  recorded_by: string;
  recorded_at: string;
  /** Member id of who wrote the notes (migration 0014); null when none or erased. */
  notes_by: ColumnType<string | null, string | null | undefined, string | null>;
  notes_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/**
 * A message about a department's facilitator meeting, leased like a delivery (migration 0010), or
 * a forum-level one without a department (the final meeting's chat card, migration 0015).
 */
export interface MeetingMessagesTable {
  id: string;
  forum_id: string;
  department_id: string | null;
  kind: string;
  occasion: string;
  recipient_kind: string;
  recipient_id: string;
  due_at: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  sent_activity_id: string | null;
  last_error: string | null;
  updated_at: string;
}

export interface AnswersTable {
  id: string;
  forum_id: string;
  department_id: string;
  question_id: string;
  member_id: string;
  /** JSON AnswerValue. */
  value: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface AnswerRevisionsTable {
  answer_id: string;
  revision: number;
  /** JSON AnswerValue. */
  value: string;
  edited_at: string;
  edited_by: string;
}

export interface TakeawaysTable {
  department_id: string;
  text: string;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

export interface ConversationRefsTable {
  conversation_id: string;
  kind: string;
  tenant_id: string | null;
  aad_object_id: string | null;
  department_id: string | null;
  /** JSON Bot Framework ConversationReference. */
  reference: string;
  installed_at: string;
  removed_at: string | null;
  /** 1 reachable, 0 not. */
  reachable: number;
  last_error: string | null;
  updated_at: string;
}

/** Append-only (the database refuses UPDATE and DELETE). */
export interface AuditLogTable {
  id: string;
  forum_id: string;
  at: string;
  actor_member_id: string | null;
  actor_aad_object_id: string | null;
  actor_kind: string;
  action: string;
  target_kind: string;
  target_id: string | null;
  /** JSON object: ids and counts only, never names or answer texts. */
  details: string;
}

/** How many answers were erased, per forum, department, question and reason; no one's identity. */
export interface ErasedAnswerTalliesTable {
  forum_id: string;
  department_id: string;
  question_id: string;
  reason: string;
  count: number;
  updated_at: string;
}

export interface RetentionPurgesTable {
  forum_id: string;
  purged_at: string;
  answers: number;
  members: number;
  conversations: number;
}

/** Ids of confirmation codes that were used (single use); pruned after they expire. */
export interface UsedConfirmCodesTable {
  id: string;
  expires_at: string;
  used_at: string;
}

/** One send counted against one limit key ('*': the app) from `t`, store-clock ms (migration 0007). */
export interface SendSlotsTable {
  slot_id: string;
  key: string;
  t: number;
}

/** Sends to a key (a conversation, or '*') paused until `until_ms`, store-clock ms (migration 0007). */
export interface SendPausesTable {
  key: string;
  until_ms: number;
}

/** The keyring: signing secrets shared by every instance (base64url), one per purpose and period. */
export interface SigningKeysTable {
  id: string;
  purpose: string;
  secret: string;
  created_at: string;
  not_before: string;
  retire_after: string;
}

/** Open live-update streams: one leased slot of a person's allowance each. */
export interface EventStreamsTable {
  person: string;
  slot: number;
  stream_id: string;
  owner: string;
  expires_at: string;
}

export interface Database {
  forums: ForumsTable;
  departments: DepartmentsTable;
  members: MembersTable;
  member_departments: MemberDepartmentsTable;
  questions: QuestionsTable;
  principles: PrinciplesTable;
  rounds: RoundsTable;
  deliveries: DeliveriesTable;
  card_closes: CardClosesTable;
  facilitator_meetings: FacilitatorMeetingsTable;
  meeting_messages: MeetingMessagesTable;
  meeting_card_updates: MeetingCardUpdatesTable;
  answers: AnswersTable;
  answer_revisions: AnswerRevisionsTable;
  takeaways: TakeawaysTable;
  conversation_refs: ConversationRefsTable;
  audit_log: AuditLogTable;
  erased_answer_tallies: ErasedAnswerTalliesTable;
  retention_purges: RetentionPurgesTable;
  used_confirm_codes: UsedConfirmCodesTable;
  send_slots: SendSlotsTable;
  send_pauses: SendPausesTable;
  signing_keys: SigningKeysTable;
  event_streams: EventStreamsTable;
}
