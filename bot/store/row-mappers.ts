import { leaseFieldsOf } from './lease-fields';
import type {
  Answer,
  AnswerRevision,
  AnswerShape,
  AnswerValue,
  ConversationKind,
  ConversationRef,
  Delivery,
  DeliveryState,
  Department,
  Forum,
  ForumSettings,
  Locale,
  Localized,
  Member,
  Principle,
  Question,
  RecipientKind,
  Role,
  Round,
  RoundKind,
  RoundState,
} from '../../core/model';
import type { AuthoredAnswer } from '../../core/summary/types';
import type {
  AnswerRevisionsTable,
  AnswersTable,
  ConversationRefsTable,
  DeliveriesTable,
  DepartmentsTable,
  ForumsTable,
  MembersTable,
  PrinciplesTable,
  QuestionsTable,
  RoundsTable,
} from './schema';

/** Conversions between domain objects and rows. JSON columns are parsed here and only here. */

const json = (value: unknown): string => JSON.stringify(value);
const parse = <T>(text: string): T => JSON.parse(text) as T;

export function forumToRow(f: Forum): ForumsTable {
  return {
    id: f.id,
    name: json(f.name),
    assignment: json(f.assignment),
    kickoff_date: f.kickoffDate,
    final_meeting_date: f.finalMeetingDate,
    time_zone: f.timeZone,
    languages: json(f.languages),
    default_locale: f.defaultLocale,
    settings: json(f.settings),
    created_at: f.createdAt,
    updated_at: f.updatedAt,
  };
}

export function forumFromRow(r: ForumsTable): Forum {
  return {
    id: r.id,
    name: parse<Localized>(r.name),
    assignment: parse<Localized>(r.assignment),
    kickoffDate: r.kickoff_date,
    finalMeetingDate: r.final_meeting_date,
    timeZone: r.time_zone,
    languages: parse<Locale[]>(r.languages),
    defaultLocale: r.default_locale as Locale,
    settings: parse<ForumSettings>(r.settings),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function departmentToRow(d: Department): DepartmentsTable {
  return {
    id: d.id,
    forum_id: d.forumId,
    name: json(d.name),
    recap: d.recap,
    chosen_assignment: d.chosenAssignment,
    facilitator_meeting_date: d.facilitatorMeetingDate,
    sort_order: d.sortOrder,
  };
}

export function departmentFromRow(r: DepartmentsTable): Department {
  return {
    id: r.id,
    forumId: r.forum_id,
    name: parse<Localized>(r.name),
    recap: r.recap,
    chosenAssignment: r.chosen_assignment,
    facilitatorMeetingDate: r.facilitator_meeting_date,
    sortOrder: Number(r.sort_order),
  };
}

export function memberToRow(m: Member): MembersTable {
  return {
    id: m.id,
    forum_id: m.forumId,
    aad_object_id: m.aadObjectId,
    name: m.name,
    email: m.email,
    role: m.role,
    locale: m.locale,
    paused_until: m.pausedUntil,
  };
}

export function memberFromRow(r: MembersTable, departmentIds: string[]): Member {
  return {
    id: r.id,
    forumId: r.forum_id,
    aadObjectId: r.aad_object_id,
    name: r.name,
    email: r.email,
    role: r.role as Role,
    departmentIds,
    locale: r.locale as Locale,
    pausedUntil: r.paused_until,
  };
}

export function questionToRow(q: Question): QuestionsTable {
  return {
    id: q.id,
    forum_id: q.forumId,
    number: q.number,
    text: json(q.text),
    help: json(q.help),
    shape: json(q.shape),
  };
}

export function questionFromRow(r: QuestionsTable): Question {
  return {
    id: r.id,
    forumId: r.forum_id,
    number: Number(r.number),
    text: parse<Localized>(r.text),
    help: parse<Localized>(r.help),
    shape: parse<AnswerShape>(r.shape),
  };
}

export function principleToRow(p: Principle): PrinciplesTable {
  return {
    forum_id: p.forumId,
    number: p.number,
    title: json(p.title),
    body: json(p.body),
    sub_points: json(p.subPoints),
  };
}

export function principleFromRow(r: PrinciplesTable): Principle {
  return {
    forumId: r.forum_id,
    number: Number(r.number),
    title: parse<Localized>(r.title),
    body: parse<Localized>(r.body),
    subPoints: parse<Localized[]>(r.sub_points),
  };
}

export function roundToRow(r: Round): RoundsTable {
  return {
    id: r.id,
    forum_id: r.forumId,
    department_id: r.departmentId,
    kind: r.kind,
    question_ids: json(r.questionIds),
    local_date: r.localDate,
    local_time: r.localTime,
    due_at: r.dueAt,
    state: r.state,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

export function roundFromRow(r: RoundsTable): Round {
  return {
    id: r.id,
    forumId: r.forum_id,
    departmentId: r.department_id,
    kind: r.kind as RoundKind,
    questionIds: parse<string[]>(r.question_ids),
    localDate: r.local_date,
    localTime: r.local_time,
    dueAt: r.due_at,
    state: r.state as RoundState,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function deliveryToRow(d: Delivery): DeliveriesTable {
  return {
    id: d.id,
    round_id: d.roundId,
    forum_id: d.forumId,
    recipient_kind: d.recipientKind,
    recipient_id: d.recipientId,
    department_id: d.departmentId,
    due_at: d.dueAt,
    next_attempt_at: d.nextAttemptAt,
    state: d.state,
    attempts: d.attempts,
    lease_owner: d.leaseOwner,
    lease_until: d.leaseUntil,
    sent_activity_id: d.sentActivityId,
    sent_conversation_id: d.sentConversationId,
    last_error: d.lastError,
    updated_at: d.updatedAt,
  };
}

export function deliveryFromRow(r: DeliveriesTable): Delivery {
  return {
    id: r.id,
    roundId: r.round_id,
    forumId: r.forum_id,
    recipientKind: r.recipient_kind as RecipientKind,
    recipientId: r.recipient_id,
    departmentId: r.department_id,
    dueAt: r.due_at,
    state: r.state as DeliveryState,
    sentActivityId: r.sent_activity_id,
    sentConversationId: r.sent_conversation_id,
    ...leaseFieldsOf(r),
  };
}

export function answerFromRow(r: AnswersTable): Answer {
  return {
    id: r.id,
    forumId: r.forum_id,
    departmentId: r.department_id,
    questionId: r.question_id,
    memberId: r.member_id,
    value: parse<AnswerValue>(r.value),
    revision: Number(r.revision),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A summary read's row: the answer's columns under the domain's names, value still JSON text. */
export type AuthoredAnswerRow = Omit<AuthoredAnswer, 'value'> & { value: string };

/** Turns summary-read rows into answers in place (parses each value once); returns the same array. */
export function authoredAnswersInPlace(rows: AuthoredAnswerRow[]): AuthoredAnswer[] {
  const answers = rows as unknown as AuthoredAnswer[];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const answer = answers[i]!;
    answer.value = parse<AnswerValue>(row.value);
    if (typeof row.revision !== 'number') answer.revision = Number(row.revision);
  }
  return answers;
}

export function answerRevisionFromRow(r: AnswerRevisionsTable): AnswerRevision {
  return {
    answerId: r.answer_id,
    revision: Number(r.revision),
    value: parse<AnswerValue>(r.value),
    editedAt: r.edited_at,
    editedBy: r.edited_by,
  };
}

export function conversationRefToRow(c: ConversationRef, updatedAt: string): ConversationRefsTable {
  return {
    conversation_id: c.conversationId,
    kind: c.kind,
    tenant_id: c.tenantId,
    aad_object_id: c.aadObjectId,
    department_id: c.departmentId,
    reference: json(c.reference ?? null),
    installed_at: c.installedAt,
    removed_at: c.removedAt,
    reachable: c.reachable ? 1 : 0,
    last_error: c.lastError,
    updated_at: updatedAt,
  };
}

export function conversationRefFromRow(r: ConversationRefsTable): ConversationRef {
  return {
    conversationId: r.conversation_id,
    kind: r.kind as ConversationKind,
    tenantId: r.tenant_id,
    aadObjectId: r.aad_object_id,
    departmentId: r.department_id,
    reference: parse<unknown>(r.reference),
    installedAt: r.installed_at,
    removedAt: r.removed_at,
    reachable: Number(r.reachable) === 1,
    lastError: r.last_error,
  };
}
