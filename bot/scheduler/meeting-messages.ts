import {
  buildBriefing,
  dueMeetingOccasions,
  facilitatorBookingLink,
  meetingOccasions,
  meetingPeople,
  openQuestions,
  type MeetingOccasion,
} from '../../core/meetings';
import type { Department, Forum, Locale, Member, Principle, Question } from '../../core/model';
import { anonymityOf } from '../../core/summary';
import { localDateOf } from '../../core/time';
import type { AppDeps } from '../app-deps';
import { departmentAccess } from '../authz/rules';
import { cardActivity, type Card } from '../teams/cards/card-kit';
import { bookingCard, briefingCard, openQuestionsCard, takeawaysCard } from '../teams/meetings/meeting-cards';
import { departmentTabUrl, teamsTabDeepLink } from '../teams/tab-url';
import { FINAL_MEETING_CHAT, VOICES_WAITING, type MeetingMessage } from '../store/meetings';
import { finalMeetingChatActivity } from './final-meeting-chat';
import { voiceNoticeCard } from '../teams/voices/voice-notice-card';
import type { ForumSnapshot, SnapshotCache } from './forum-snapshot';
import type { PassContext } from './pass-context';
import { groupDestination, personalDestination } from './destination';
import type { Plan, SendQueue } from './send-queue';
import { waitingVoices } from './voice-notices';

/**
 * The bot's messages about each department's facilitator meeting (core/meetings decides when):
 * queued once per (department, kind, occasion, recipient) by whichever instance gets there first,
 * then one more queue of the one sender (send-queue.ts runBatch): claimed under a lease, sent
 * through the same rate limiter, Retry-After pauses, retry rules and lease check as the prompts.
 * At send time the message is checked against the store again: a booking nudge for a department
 * whose date was recorded meanwhile, or a briefing for a meeting that moved, is cancelled, not sent.
 * The same queue carries the forum's one message without a department, the card in the final
 * meeting's chat (final-meeting-chat.ts), keyed per (forum, kind, occasion, recipient).
 */
export type MeetingMessageDone =
  { state: 'sent'; activityId: string } | { state: 'cancelled'; error: string };

export const meetingMessages: SendQueue<MeetingMessage, MeetingMessageDone> = {
  table: 'meeting_messages',
  noun: 'meeting message',
  idOf: (message) => message.id,
  attemptsOf: (message) => message.attempts,
  logFields: (message) => ({ meetingMessageId: message.id, kind: message.kind }),
  claim: (deps, request) => deps.meetings.claimMessages(request),
  plan: planMeetingMessage,
  done: (sent) => ({ state: 'sent', activityId: sent.activityId }),
  doneState: 'sent',
  complete: (deps, id, owner, outcome, at) => deps.meetings.completeMessage(id, owner, outcome, at),
  // A new message each: one that may have arrived is not sent again; 403/404 marks the chat unreachable.
  repeatable: false,
};

/** Queues the messages of every occasion due now in every running forum; returns how many were new. */
export async function enqueueDueMeetingMessages(
  deps: AppDeps,
  snapshots: SnapshotCache,
  now: Date,
): Promise<number> {
  const graceMs = deps.config.scheduler.catchUpHours * 3_600_000;
  const nowIso = now.toISOString();
  const messages: MeetingMessage[] = [];
  for (const forum of await deps.store.listForums()) {
    if (localDateOf(now, forum.timeZone) > forum.finalMeetingDate) continue;
    const snapshot = await snapshots.get(forum.id);
    if (!snapshot) continue;
    const due = dueMeetingOccasions(forum, [...snapshot.departments.values()], nowIso, graceMs);
    for (const occasion of due) {
      for (const recipient of await recipientsOf(deps, snapshot, occasion)) {
        messages.push({
          id: deps.ids(),
          forumId: forum.id,
          departmentId: occasion.departmentId,
          kind: occasion.kind,
          occasion: occasion.localDate,
          ...recipient,
          dueAt: occasion.dueAt,
          state: 'pending',
          attempts: 0,
          nextAttemptAt: occasion.dueAt,
          leaseOwner: null,
          leaseUntil: null,
          sentActivityId: null,
          lastError: null,
          updatedAt: nowIso,
        });
      }
    }
  }
  return deps.meetings.addMessages(messages);
}

type Recipient = Pick<MeetingMessage, 'recipientKind' | 'recipientId'>;

/** The department's linked group chats, or (none linked) its chefs one by one. */
async function groupOrChefs(
  deps: AppDeps,
  snapshot: ForumSnapshot,
  departmentId: string,
): Promise<Recipient[]> {
  const refs = await deps.store.listConversationRefs({ departmentId, kind: 'groupChat' });
  const chats = refs.filter((r) => r.removedAt === null && r.reachable);
  if (chats.length)
    return chats.map((r) => ({ recipientKind: 'conversation', recipientId: r.conversationId }));
  return byRole(snapshot, departmentId, 'chef');
}

function byRole(snapshot: ForumSnapshot, departmentId: string, role: Member['role']): Recipient[] {
  return meetingPeople([...snapshot.members.values()], departmentId)
    .filter((m) => m.role === role)
    .map((m) => ({ recipientKind: 'member', recipientId: m.id }));
}

async function recipientsOf(
  deps: AppDeps,
  snapshot: ForumSnapshot,
  o: MeetingOccasion,
): Promise<Recipient[]> {
  switch (o.kind) {
    case 'booking':
      return groupOrChefs(deps, snapshot, o.departmentId);
    case 'briefing':
      return byRole(snapshot, o.departmentId, 'facilitator');
    case 'openQuestions':
      return byRole(snapshot, o.departmentId, 'chef');
    case 'takeaways':
      return [
        ...(await groupOrChefs(deps, snapshot, o.departmentId)),
        ...byRole(snapshot, o.departmentId, 'facilitator'),
      ];
  }
}

/** Still wanted now? The department's meeting date decides (it may have been recorded or moved). */
function stillDue(snapshot: ForumSnapshot, department: Department, message: MeetingMessage): boolean {
  if (message.kind === VOICES_WAITING) return true;
  return meetingOccasions(snapshot.forum, department).some(
    (o) => o.kind === message.kind && o.localDate === message.occasion,
  );
}

async function planMeetingMessage(
  pass: PassContext,
  message: MeetingMessage,
  now: Date,
): Promise<Plan<MeetingMessageDone>> {
  const { deps } = pass;
  const cancelled = (error: string) => ({ outcome: { state: 'cancelled' as const, error } });
  const graceMs = deps.config.scheduler.catchUpHours * 3_600_000;
  if (Date.parse(message.dueAt) < now.getTime() - graceMs)
    return cancelled(`missed: due ${message.dueAt} (SCHEDULER_CATCH_UP_HOURS)`);
  const snapshot = await pass.snapshots.get(message.forumId);
  if (!snapshot) return cancelled('the forum no longer exists');
  if (message.departmentId === null) {
    if (message.kind !== FINAL_MEETING_CHAT)
      return cancelled(`no forum-level message of kind ${message.kind}`);
    const found = await groupDestination(pass, message.recipientId);
    if (!('to' in found)) return found;
    const activity = finalMeetingChatActivity(snapshot, deps.config.publicUrl);
    return { message: { ...found.to, activity } };
  }
  const department = snapshot.departments.get(message.departmentId);
  if (!department) return cancelled('the department no longer exists');
  if (!stillDue(snapshot, department, message))
    return cancelled(message.kind === 'booking' ? 'the meeting date was recorded' : 'the meeting was moved');

  let member: Member | null = null;
  if (message.recipientKind === 'member') {
    member = snapshot.members.get(message.recipientId) ?? null;
    if (!member || !member.departmentIds.includes(department.id))
      return cancelled('the person is no longer in the department');
    if (message.kind === VOICES_WAITING && member.role !== 'chef')
      return cancelled('only chefs moderate voices');
  }
  const found = member
    ? await personalDestination(pass, member, now)
    : await groupDestination(pass, message.recipientId);
  if (!('to' in found)) return found;
  const card = await cardFor(pass, snapshot, department, member, message, now);
  if (!card)
    return cancelled(message.kind === VOICES_WAITING ? 'no voice waits any more' : 'no question is open');
  return { message: { ...found.to, activity: cardActivity(card) } };
}

/** The card of a meeting message as the store has it now (null: nothing left to say). */
export async function cardFor(
  pass: PassContext,
  snapshot: ForumSnapshot,
  department: Department,
  member: Member | null,
  message: MeetingMessage,
  now: Date,
): Promise<Card | null> {
  const { deps } = pass;
  const { forum } = snapshot;
  const locale = member?.locale ?? forum.defaultLocale;
  const webUrl = departmentTabUrl(deps.config.publicUrl, department.id);
  const summaryUrl = deps.config.teamsAppId
    ? teamsTabDeepLink(deps.config.teamsAppId, webUrl, department.id)
    : webUrl;
  if (message.kind === VOICES_WAITING) {
    const waiting = pass.voices ? await waitingVoices(pass.voices, department.id) : 0;
    return waiting > 0 ? voiceNoticeCard({ department, locale, waiting, summaryUrl }) : null;
  }
  const base = { forum, department, locale, summaryUrl };
  const members = [...snapshot.members.values()];
  const meetingDate = department.facilitatorMeetingDate ?? message.occasion;
  switch (message.kind) {
    case 'booking': {
      const today = localDateOf(now, forum.timeZone);
      return bookingCard({
        ...base,
        link: facilitatorBookingLink({ forum, department, members, summaryUrl, today, locale }),
      });
    }
    case 'briefing':
      return facilitatorBriefingCard(deps.store, {
        ...base,
        member,
        members,
        questions: snapshot.questions,
        principles: snapshot.principles,
        meetingDate,
      });
    case 'openQuestions': {
      const answers = await deps.store.listAnswers(forum.id, { departmentId: department.id });
      const open = openQuestions(department, snapshot.questions, answers);
      return open.length ? openQuestionsCard({ ...base, open, meetingDate }) : null;
    }
    case 'takeaways': {
      const isFacilitator = member?.role === 'facilitator';
      const notes = isFacilitator ? ((await deps.meetings.getMeeting(department.id))?.notes ?? '') : null;
      return takeawaysCard({ ...base, facilitatorNotes: notes });
    }
    case FINAL_MEETING_CHAT:
      // The forum's own message (planned before any department is looked up).
      throw new Error('the final meeting chat card has no department');
  }
}

/**
 * The facilitator's briefing card for `member`: the department's answers under the one rule set
 * (departmentAccess) and the forum's anonymity (core/summary/anonymity.ts, via buildBriefing).
 */
export async function facilitatorBriefingCard(
  store: Pick<AppDeps['store'], 'listAnswers'>,
  input: {
    forum: Forum;
    department: Department;
    member: Member | null;
    members: readonly Member[];
    questions: readonly Question[];
    principles: readonly Principle[];
    locale: Locale;
    summaryUrl: string;
    meetingDate: string;
  },
): Promise<Card> {
  const { forum, department, member, locale } = input;
  const mayReadAnswers = departmentAccess(member, forum, department.id) !== null;
  const answers = mayReadAnswers ? await store.listAnswers(forum.id, { departmentId: department.id }) : [];
  const briefing = buildBriefing({
    department,
    questions: input.questions,
    principles: input.principles,
    members: input.members,
    answers,
    mayReadAnswers,
    anonymity: anonymityOf(forum),
    locale,
  });
  return briefingCard({
    forum,
    department,
    locale,
    summaryUrl: input.summaryUrl,
    briefing,
    meetingDate: input.meetingDate,
  });
}
