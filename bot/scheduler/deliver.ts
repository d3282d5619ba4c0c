import { roundAnswers } from '../../core/answers';
import { isPaused } from '../../core/audience';
import { localDateOf } from '../../core/time';
import type { Delivery } from '../../core/model';
import { buildRoundActivity } from '../teams/cards';
import { groupDestination, personalDestination } from './destination';
import { cardBase, openGroupPost, roundOf, type PassContext } from './pass-context';
import type { Plan, SendQueue } from './send-queue';

/** A delivery's own outcomes; the failures are shared with every queue (send-queue.ts). */
export type DeliveryDone =
  { state: 'sent'; activityId: string; conversationId: string } | { state: 'cancelled'; error: string };

/** Prompts and reminders: each delivery is one new card in a personal or group chat. */
export const deliveries: SendQueue<Delivery, DeliveryDone> = {
  table: 'deliveries',
  noun: 'delivery',
  idOf: (delivery) => delivery.id,
  attemptsOf: (delivery) => delivery.attempts,
  logFields: (delivery) => ({ deliveryId: delivery.id, roundId: delivery.roundId }),
  claim: (deps, request) => deps.store.claimDeliveries(request),
  plan: planDelivery,
  done: (sent) => ({ state: 'sent', activityId: sent.activityId, conversationId: sent.conversationId }),
  doneState: 'sent',
  complete: (deps, id, owner, outcome, at) => deps.store.completeDelivery(id, owner, outcome, at),
  repeatable: false,
};

async function planDelivery(pass: PassContext, delivery: Delivery, now: Date): Promise<Plan<DeliveryDone>> {
  const { deps } = pass;
  const cancelled = (error: string) => ({ outcome: { state: 'cancelled' as const, error } });
  const round = await roundOf(pass, delivery.roundId);
  if (!round || round.state === 'cancelled') return cancelled('the round was cancelled');
  const graceMs = deps.config.scheduler.catchUpHours * 3_600_000;
  if (Date.parse(delivery.dueAt) < now.getTime() - graceMs) {
    return cancelled(
      `missed: due ${delivery.dueAt}, more than ${deps.config.scheduler.catchUpHours} h ago (SCHEDULER_CATCH_UP_HOURS)`,
    );
  }
  const snapshot = await pass.snapshots.get(delivery.forumId);
  if (!snapshot) return cancelled('the forum no longer exists');
  const base = cardBase(pass, snapshot, round, delivery.departmentId);

  if (delivery.recipientKind === 'member') {
    const member =
      snapshot.members.get(delivery.recipientId) ?? (await deps.store.getMember(delivery.recipientId));
    if (!member) return cancelled('the member was removed');
    const answers = await deps.store.listAnswers(delivery.forumId, { memberId: member.id });
    if (round.kind !== 'prompt') {
      const answered = new Set(answers.map((a) => a.questionId));
      if (round.questionIds.every((q) => answered.has(q)))
        return cancelled('answered before the reminder went out');
      if (isPaused(member, localDateOf(now, snapshot.forum.timeZone))) return cancelled('reminders paused');
    }
    const found = await personalDestination(pass, member, now);
    if (!('to' in found)) return found;
    const activity = buildRoundActivity({
      ...base,
      member,
      answers: roundAnswers(answers, round),
      locale: member.locale,
    });
    return { message: { ...found.to, activity } };
  }

  const found = await groupDestination(pass, delivery.recipientId);
  if (!('to' in found)) return found;
  const activity = await openGroupPost(pass, snapshot, base, delivery.departmentId);
  return { message: { ...found.to, activity } };
}
