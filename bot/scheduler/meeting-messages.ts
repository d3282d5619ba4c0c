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
import type { ProactiveSender, SendFailure } from '../teams/proactive';
import { departmentTabUrl, teamsTabDeepLink } from '../teams/tab-url';
import { VOICES_WAITING, type MeetingMessage, type MeetingMessageOutcome } from '../store/meetings';
import type { VoiceStore } from '../store/voices/voice-store';
import { voiceNoticeCard } from '../teams/voices/voice-notice-card';
import type { ForumSnapshot, SnapshotCache } from './forum-snapshot';
import { LeaseLostError } from './lease-keeper';
import { findCreationTemplate, personalConversation } from './recipient-conversation';
import { waitingVoices } from './voice-notices';
import { classifyFailure, gaveUpOnLostLeases, internalFailure, uncertainSend } from './send-failure';

/**
 * The bot's messages about each department's facilitator meeting (core/meetings decides when):
 * queued once per (department, kind, occasion, recipient) by whichever instance gets there first,
 * claimed under a lease and sent through the same sender and rate limits as the rounds. At send
 * time the message is checked against the store again: a booking nudge for a department whose
 * date was recorded meanwhile, or a briefing for a meeting that moved, is cancelled, not sent.
 */
export type MeetingSendResult = 'sent' | 'retry' | 'failed' | 'unreachable' | 'cancelled' | 'lost-lease';

export interface MeetingPassContext {
  deps: AppDeps;
  sender: ProactiveSender;
  owner: string;
  snapshots: SnapshotCache;
  random: () => number;
  template: () => Promise<{ serviceUrl: string; tenantId: string; channelId: string } | null>;
  /** The voices port, for the chefs' notice of waiting voices (absent: those notices are cancelled). */
  voices?: VoiceStore;
}

export function newMeetingPassContext(
  deps: AppDeps,
  sender: ProactiveSender,
  owner: string,
  snapshots: SnapshotCache,
  random: () => number,
  voices?: VoiceStore,
): MeetingPassContext {
  let template: ReturnType<typeof findCreationTemplate> | undefined;
  return {
    deps,
    sender,
    owner,
    snapshots,
    random,
    voices,
    template: () => (template ??= findCreationTemplate(deps.store)),
  };
}

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

/** Sends one leased message and records what happened. Never throws for a send problem. */
export async function sendMeetingMessage(
  pass: MeetingPassContext,
  message: MeetingMessage,
): Promise<MeetingSendResult> {
  const { deps } = pass;
  const now = deps.clock.now();
  let outcome: MeetingMessageOutcome;
  try {
    outcome =
      gaveUpOnLostLeases(message.attempts, deps.config.scheduler.maxAttempts) ??
      (await decide(pass, message, now));
  } catch (error) {
    if (error instanceof LeaseLostError) return 'lost-lease';
    outcome = failureOutcome(pass, message, internalFailure(error), now);
  }
  const ok = await deps.meetings.completeMessage(
    message.id,
    pass.owner,
    outcome,
    deps.clock.now().toISOString(),
  );
  if (!ok) return 'lost-lease';
  if (outcome.state !== 'sent')
    deps.log[outcome.state === 'retry' || outcome.state === 'cancelled' ? 'debug' : 'warn'](
      { meetingMessageId: message.id, kind: message.kind, state: outcome.state, error: outcome.error },
      'meeting message not sent',
    );
  return outcome.state;
}

/** Still wanted now? The department's meeting date decides (it may have been recorded or moved). */
function stillDue(snapshot: ForumSnapshot, department: Department, message: MeetingMessage): boolean {
  if (message.kind === VOICES_WAITING) return true;
  return meetingOccasions(snapshot.forum, department).some(
    (o) => o.kind === message.kind && o.localDate === message.occasion,
  );
}

async function decide(
  pass: MeetingPassContext,
  message: MeetingMessage,
  now: Date,
): Promise<MeetingMessageOutcome> {
  const { deps } = pass;
  const graceMs = deps.config.scheduler.catchUpHours * 3_600_000;
  if (Date.parse(message.dueAt) < now.getTime() - graceMs)
    return { state: 'cancelled', error: `missed: due ${message.dueAt} (SCHEDULER_CATCH_UP_HOURS)` };
  const snapshot = await pass.snapshots.get(message.forumId);
  const department = snapshot?.departments.get(message.departmentId);
  if (!snapshot || !department) return { state: 'cancelled', error: 'the department no longer exists' };
  if (!stillDue(snapshot, department, message))
    return {
      state: 'cancelled',
      error: message.kind === 'booking' ? 'the meeting date was recorded' : 'the meeting was moved',
    };

  let reference: unknown;
  let conversationId: string;
  let member: Member | null = null;
  if (message.recipientKind === 'member') {
    member = snapshot.members.get(message.recipientId) ?? null;
    if (!member || !member.departmentIds.includes(department.id))
      return { state: 'cancelled', error: 'the person is no longer in the department' };
    if (message.kind === VOICES_WAITING && member.role !== 'chef')
      return { state: 'cancelled', error: 'only chefs moderate voices' };
    const found = await personalConversation(
      deps.store,
      pass.sender,
      member,
      pass.template,
      now.toISOString(),
    );
    if (!found.ok) {
      if ('failure' in found) return failureOutcome(pass, message, found.failure, now);
      return { state: 'unreachable', error: found.unreachable };
    }
    reference = found.ref.reference;
    conversationId = found.ref.conversationId;
  } else {
    const ref = await deps.store.getConversationRef(message.recipientId);
    if (!ref || ref.removedAt !== null)
      return { state: 'unreachable', error: 'the bot was removed from the group chat' };
    if (!ref.reachable)
      return { state: 'unreachable', error: `the group chat is unreachable (${ref.lastError ?? 'unknown'})` };
    reference = ref.reference;
    conversationId = ref.conversationId;
  }
  const card = await cardFor(pass, snapshot, department, member, message, now);
  if (!card)
    return {
      state: 'cancelled',
      error: message.kind === VOICES_WAITING ? 'no voice waits any more' : 'no question is open',
    };
  const result = await pass.sender.send(reference, cardActivity(card), {
    maxWaitMs: deps.config.scheduler.leaseMs / 2,
    beforeRequest: async () => {
      const until = new Date(deps.clock.now().getTime() + deps.config.scheduler.leaseMs).toISOString();
      const held = await deps.meetings.renewMessageLease(message.id, pass.owner, until).catch(() => false);
      if (!held) throw new LeaseLostError(`meeting_messages ${message.id}`);
    },
  });
  if (result.ok) return { state: 'sent', activityId: result.activityId };
  if (result.failure.kind === 'unreachable')
    await deps.store.markConversationUnreachable(conversationId, result.failure.reason, now.toISOString());
  return failureOutcome(pass, message, result.failure, now);
}

async function cardFor(
  pass: MeetingPassContext,
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

function failureOutcome(
  pass: MeetingPassContext,
  message: MeetingMessage,
  failure: SendFailure,
  now: Date,
): MeetingMessageOutcome {
  // Teams has no idempotency key for a new message: a send that may have arrived is not sent again.
  if (failure.kind === 'transient' && failure.mayHaveArrived) return uncertainSend(failure);
  return classifyFailure(failure, message.attempts, now, pass.deps.config.scheduler.maxAttempts, pass.random);
}
