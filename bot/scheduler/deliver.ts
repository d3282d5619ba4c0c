import { isPaused } from '../../core/audience';
import { localDateOf } from '../../core/time';
import type { Delivery, Round } from '../../core/model';
import type { AppDeps } from '../app-deps';
import type { DeliveryOutcome } from '../store/store';
import { buildRoundActivity } from '../teams/cards';
import type { ProactiveSender, SendFailure } from '../teams/proactive';
import type { ForumSnapshot, SnapshotCache } from './forum-snapshot';
import { groupRefreshUserIds } from './group-refresh';
import { findCreationTemplate, personalConversation } from './recipient-conversation';
import { confirmLease } from './lease-keeper';
import { classifyFailure, gaveUpOnLostLeases, internalFailure, uncertainSend } from './send-failure';
import { departmentTabUrl } from '../teams/tab-url';

export type DeliveryResult = 'sent' | 'retry' | 'failed' | 'unreachable' | 'cancelled' | 'lost-lease';

/** What one worker pass shares between its deliveries. */
export interface PassContext {
  deps: AppDeps;
  sender: ProactiveSender;
  owner: string;
  snapshots: SnapshotCache;
  rounds: Map<string, Promise<Round | undefined>>;
  template: () => Promise<{ serviceUrl: string; tenantId: string; channelId: string } | null>;
  random: () => number;
}

export function newPassContext(
  deps: AppDeps,
  sender: ProactiveSender,
  owner: string,
  snapshots: SnapshotCache,
  random: () => number,
): PassContext {
  let template: ReturnType<typeof findCreationTemplate> | undefined;
  return {
    deps,
    sender,
    owner,
    snapshots,
    rounds: new Map(),
    template: () => (template ??= findCreationTemplate(deps.store)),
    random,
  };
}

function roundOf(pass: PassContext, id: string): Promise<Round | undefined> {
  let hit = pass.rounds.get(id);
  if (!hit) pass.rounds.set(id, (hit = pass.deps.store.getRound(id)));
  return hit;
}

/** Sends one leased delivery and records what happened. Never throws for a send problem. */
export async function deliverOne(pass: PassContext, delivery: Delivery): Promise<DeliveryResult> {
  const { deps } = pass;
  const now = deps.clock.now();
  let outcome: DeliveryOutcome;
  try {
    outcome =
      gaveUpOnLostLeases(delivery.attempts, deps.config.scheduler.maxAttempts) ??
      (await decide(pass, delivery, now));
  } catch (error) {
    // A bug or a broken record (e.g. a card that cannot be built) must not loop forever on lease expiry.
    outcome = await failureOutcome(pass, delivery, internalFailure(error), now, null);
  }
  const ok = await deps.store.completeDelivery(
    delivery.id,
    pass.owner,
    outcome,
    deps.clock.now().toISOString(),
  );
  if (!ok) {
    deps.log.warn({ deliveryId: delivery.id }, 'lease lost before the outcome was recorded');
    return 'lost-lease';
  }
  if (outcome.state !== 'sent') {
    const level = outcome.state === 'retry' || outcome.state === 'cancelled' ? 'debug' : 'warn';
    deps.log[level](
      {
        deliveryId: delivery.id,
        roundId: delivery.roundId,
        state: outcome.state,
        error: outcome.error,
        attempts: delivery.attempts + 1,
      },
      'delivery not sent',
    );
  }
  return outcome.state;
}

async function decide(pass: PassContext, delivery: Delivery, now: Date): Promise<DeliveryOutcome> {
  const { deps } = pass;
  const nowIso = now.toISOString();
  const round = await roundOf(pass, delivery.roundId);
  if (!round || round.state === 'cancelled') return { state: 'cancelled', error: 'the round was cancelled' };
  const graceMs = deps.config.scheduler.catchUpHours * 3_600_000;
  if (Date.parse(delivery.dueAt) < now.getTime() - graceMs) {
    return {
      state: 'cancelled',
      error: `missed: due ${delivery.dueAt}, more than ${deps.config.scheduler.catchUpHours} h ago (SCHEDULER_CATCH_UP_HOURS)`,
    };
  }
  const snapshot = await pass.snapshots.get(delivery.forumId);
  if (!snapshot) return { state: 'cancelled', error: 'the forum no longer exists' };

  if (delivery.recipientKind === 'member') {
    const member =
      snapshot.members.get(delivery.recipientId) ?? (await deps.store.getMember(delivery.recipientId));
    if (!member) return { state: 'cancelled', error: 'the member was removed' };
    const answers = await deps.store.listAnswers(delivery.forumId, { memberId: member.id });
    if (round.kind !== 'prompt') {
      const answered = new Set(answers.map((a) => a.questionId));
      if (round.questionIds.every((q) => answered.has(q)))
        return { state: 'cancelled', error: 'answered before the reminder went out' };
      if (isPaused(member, localDateOf(now, snapshot.forum.timeZone)))
        return { state: 'cancelled', error: 'reminders paused' };
    }
    const found = await personalConversation(deps.store, pass.sender, member, pass.template, nowIso);
    if (!found.ok) {
      if ('failure' in found) return failureOutcome(pass, delivery, found.failure, now, null);
      return { state: 'unreachable', error: found.unreachable };
    }
    const activity = buildRoundActivity({
      ...cardBase(pass, snapshot, round, delivery.departmentId),
      member,
      answers: answers.filter((a) => round.departmentId === null || a.departmentId === round.departmentId),
      locale: member.locale,
    });
    const result = await pass.sender.send(found.ref.reference, activity, sendOptions(pass, delivery));
    return result.ok
      ? { state: 'sent', activityId: result.activityId, conversationId: result.conversationId }
      : failureOutcome(pass, delivery, result.failure, now, found.ref.conversationId);
  }

  const ref = await deps.store.getConversationRef(delivery.recipientId);
  if (!ref || ref.removedAt !== null)
    return { state: 'unreachable', error: 'the bot was removed from the group chat' };
  if (!ref.reachable)
    return { state: 'unreachable', error: `the group chat is unreachable (${ref.lastError ?? 'unknown'})` };
  const activity = buildRoundActivity({
    ...cardBase(pass, snapshot, round, delivery.departmentId),
    member: null,
    answers: [],
    locale: snapshot.forum.defaultLocale,
    groupMemberIds: await groupRefreshUserIds(deps.store, snapshot.members.values(), delivery.departmentId),
  });
  const result = await pass.sender.send(ref.reference, activity, sendOptions(pass, delivery));
  return result.ok
    ? { state: 'sent', activityId: result.activityId, conversationId: result.conversationId }
    : failureOutcome(pass, delivery, result.failure, now, ref.conversationId);
}

/**
 * The heartbeat holds the lease while the send waits; a wait longer than half a lease is given up
 * (retried later) so one slow conversation does not hold a worker. Right before the request
 * leaves, the lease is checked and extended past the request's timeout.
 */
function sendOptions(pass: PassContext, delivery: Delivery) {
  return {
    maxWaitMs: pass.deps.config.scheduler.leaseMs / 2,
    beforeRequest: confirmLease(pass.deps, 'deliveries', delivery.id, pass.owner),
  };
}

function cardBase(pass: PassContext, snapshot: ForumSnapshot, round: Round, departmentId: string | null) {
  const department = departmentId ? (snapshot.departments.get(departmentId) ?? null) : null;
  return {
    forum: snapshot.forum,
    department,
    round,
    questions: snapshot.questions,
    principles: snapshot.principles,
    tabUrl: departmentTabUrl(pass.deps.config.publicUrl, departmentId),
  };
}

async function failureOutcome(
  pass: PassContext,
  delivery: Delivery,
  failure: SendFailure,
  now: Date,
  conversationId: string | null,
): Promise<DeliveryOutcome> {
  const { deps } = pass;
  if (failure.kind === 'unreachable' && conversationId)
    await deps.store.markConversationUnreachable(conversationId, failure.reason, now.toISOString());
  // Teams has no idempotency key for a new message: a send that may have arrived is not sent again.
  if (failure.kind === 'transient' && failure.mayHaveArrived) return uncertainSend(failure);
  return classifyFailure(failure, delivery.attempts, now, deps.config.scheduler.maxAttempts, pass.random);
}
