import type {
  ErasurePreview,
  SubjectDataResponse,
  SubjectMeetingView,
  SubjectMembershipView,
} from '../../core/api/privacy-types';
import type { ConversationRef, Department, Member, Principle, Question } from '../../core/model';
import { mayReadConversationRefsOf } from '../authz/rules';
import type { FacilitatorMeeting, MeetingStore } from '../store/meetings';
import type { Store } from '../store/store';
import { retentionInfo } from './retention-info';

/** Where a person's data lives: the Store and the facilitator meetings' port beside it. */
export interface SubjectDataSources {
  store: Store;
  meetings: MeetingStore;
}

/** Everything Samskab stores about one person (GDPR art. 15 access, art. 20 portability). */
export interface SubjectData extends SubjectDataResponse {
  memberships: SubjectMembership[];
  /** Personal chats with the bot (Teams conversation references); only in the person's own view. */
  conversations: ConversationRef[];
}

/** One membership as the API shows it (core/api), with what rendering needs besides. */
export interface SubjectMembership extends SubjectMembershipView {
  /** For rendering only; not personal data. */
  questions: Question[];
  principles: Principle[];
}

/**
 * Collects a person's data from the given memberships (one per forum). Reads only. Everything but
 * the conversation references is read per membership, so an organizer who passes only their
 * forum's membership sees only that forum's data. The person's chats with the bot are not
 * per forum; they are shown only to the person themselves (viewerAadObjectId), never to an
 * organizer (bot/authz/rules.ts mayReadConversationRefsOf).
 */
export async function collectSubjectData(
  sources: SubjectDataSources,
  aadObjectId: string,
  members: readonly Member[],
  now: Date,
  options: { viewerAadObjectId?: string } = {},
): Promise<SubjectData> {
  const { store, meetings } = sources;
  const memberships: SubjectMembership[] = [];
  for (const member of members) {
    const forum = await store.getForum(member.forumId);
    if (!forum) continue;
    const [
      departments,
      questions,
      principles,
      answers,
      deliveries,
      audit,
      purge,
      meetingsOfMember,
      meetingMessages,
    ] = await Promise.all([
      store.listDepartments(forum.id),
      store.listQuestions(forum.id),
      store.listPrinciples(forum.id),
      store.listAnswers(forum.id, { memberId: member.id }),
      store.listDeliveries({ forumId: forum.id }),
      store.listAudit(forum.id, { limit: 500 }),
      store.getRetentionPurge(forum.id),
      meetings.listMeetingsOfMember(member.id),
      meetings.listMessages({ forumId: forum.id, recipientId: member.id }),
    ]);
    const byId = new Map(questions.map((q) => [q.id, q]));
    memberships.push({
      forum: {
        id: forum.id,
        name: forum.name,
        kickoffDate: forum.kickoffDate,
        finalMeetingDate: forum.finalMeetingDate,
      },
      retention: retentionInfo(forum, now, purge),
      member,
      departments: departments
        .filter((d) => member.departmentIds.includes(d.id))
        .map((d) => ({ id: d.id, name: d.name })),
      answers: await Promise.all(
        answers.map(async (answer) => {
          const q = byId.get(answer.questionId);
          return {
            answer,
            question: q ? { id: q.id, number: q.number, text: q.text } : null,
            revisions: await store.listAnswerRevisions(answer.id),
          };
        }),
      ),
      deliveries: deliveries
        .filter((d) => d.recipientKind === 'member' && d.recipientId === member.id)
        .map(({ id, roundId, state, dueAt, attempts, lastError, updatedAt }) => ({
          id,
          roundId,
          state,
          dueAt,
          attempts,
          lastError,
          updatedAt,
        })),
      actions: audit.filter((e) => e.actorMemberId === member.id),
      meetings: meetingsOfMember
        .filter((m) => m.forumId === forum.id)
        .map((m) => meetingView(m, member.id, departments)),
      meetingMessages: meetingMessages.map(
        ({ id, departmentId, kind, occasion, state, dueAt, updatedAt }) => ({
          id,
          departmentId,
          kind,
          occasion,
          state,
          dueAt,
          updatedAt,
        }),
      ),
      questions,
      principles,
    });
  }
  const conversations = mayReadConversationRefsOf(options.viewerAadObjectId ?? null, aadObjectId)
    ? (await store.listConversationRefs({ kind: 'personal' })).filter(
        (r) => r.aadObjectId?.toLowerCase() === aadObjectId.toLowerCase(),
      )
    : [];
  return {
    format: 'samskab.subject-data/1',
    generatedAt: now.toISOString(),
    aadObjectId,
    memberships,
    conversations,
  };
}

/** A meeting as the person's data: the date and time for context, authorship and notes only where theirs. */
function meetingView(
  meeting: FacilitatorMeeting,
  memberId: string,
  departments: Department[],
): SubjectMeetingView {
  const mine = meeting.notesBy === memberId;
  return {
    departmentId: meeting.departmentId,
    departmentName: departments.find((d) => d.id === meeting.departmentId)?.name ?? {
      da: meeting.departmentId,
      en: meeting.departmentId,
    },
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    recordedAt: meeting.recordedBy === memberId ? meeting.recordedAt : null,
    notes: mine ? meeting.notes : null,
    notesAt: mine ? meeting.notesAt : null,
  };
}

/** The JSON download: the collected data without the rendering helpers. */
export function subjectDataJson(data: SubjectData): Buffer {
  const plain = {
    ...data,
    memberships: data.memberships.map(({ questions: _q, principles: _p, ...rest }) => rest),
  };
  return Buffer.from(JSON.stringify(plain, null, 2), 'utf8');
}

/** Counts a deletion would remove, for the confirmation step. */
export function erasurePreview(data: SubjectData, forumId?: string): ErasurePreview {
  const shown = data.memberships.filter((m) => !forumId || m.forum.id === forumId);
  return {
    answers: shown.reduce((n, m) => n + m.answers.length, 0),
    revisions: shown.reduce((n, m) => n + m.answers.reduce((r, a) => r + a.revisions.length, 0), 0),
    forums: shown.length,
    meetings: shown.reduce((n, m) => n + m.meetings.length, 0),
  };
}
