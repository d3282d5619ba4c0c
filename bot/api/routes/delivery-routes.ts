import type { Server } from 'restify';
import {
  API,
  type DeliveryCounts,
  type DeliveryResponse,
  type DeliveryStatusResponse,
  type RoundDeliveryStatus,
} from '../../../core/api';
import type { Answer, Delivery, Round } from '../../../core/model';
import { requireOrganizer } from '../http/access';
import { recordAudit } from '../http/audit-trail';
import { notFound } from '../http/api-error';
import { loadForumAsOrganizer } from '../http/loaders';
import { routeRegistrar, type ApiRuntime } from '../http/route';

/** Organizer: who got each round (sent, failed, unreachable, answered), and retry/cancel of one delivery. */
export function registerDeliveryRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, rounds } = rt.deps;

  register(API.deliveries, async (ctx) => {
    const forum = await loadForumAsOrganizer(store, ctx.caller, ctx.params.forumId);
    const { roundId } = ctx.query;
    const [allRounds, deliveries, members, answers] = await Promise.all([
      store.listRounds(forum.id),
      store.listDeliveries(roundId ? { roundId } : { forumId: forum.id }),
      store.listMembers(forum.id),
      store.listAnswers(forum.id),
    ]);
    const shown = roundId ? allRounds.filter((r) => r.id === roundId) : allRounds;
    if (roundId && shown.length === 0) throw notFound('error.roundNotFound');
    const names = new Map(members.map((m) => [m.id, m.name]));
    const answeredBy = answeredQuestions(answers);
    const body: DeliveryStatusResponse = {
      rounds: shown
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
        .map((round) =>
          roundStatus(
            round,
            deliveries.filter((d) => d.roundId === round.id),
            names,
            answeredBy,
          ),
        ),
    };
    return { json: body };
  });

  const deliveryAction = (action: 'retry' | 'cancel') =>
    register(action === 'retry' ? API.retryDelivery : API.cancelDelivery, async (ctx) => {
      const delivery = await store.getDelivery(ctx.params.deliveryId);
      if (!delivery) throw notFound('error.deliveryNotFound');
      requireOrganizer(ctx.caller, delivery.forumId);
      if (action === 'retry') await rounds.retryDelivery(delivery.id);
      else await rounds.cancelDelivery(delivery.id);
      await recordAudit(
        ctx,
        delivery.forumId,
        `delivery.${action}`,
        { kind: 'delivery', id: delivery.id },
        {
          roundId: delivery.roundId,
          from: delivery.state,
        },
      );
      const body: DeliveryResponse = { delivery: (await store.getDelivery(delivery.id)) ?? delivery };
      return { json: body };
    });
  deliveryAction('retry');
  deliveryAction('cancel');
}

function answeredQuestions(answers: readonly Answer[]): Map<string, Set<string>> {
  const byMember = new Map<string, Set<string>>();
  for (const a of answers) {
    let set = byMember.get(a.memberId);
    if (!set) byMember.set(a.memberId, (set = new Set()));
    set.add(a.questionId);
  }
  return byMember;
}

function roundStatus(
  round: Round,
  deliveries: Delivery[],
  names: Map<string, string>,
  answeredBy: Map<string, Set<string>>,
): RoundDeliveryStatus {
  const counts: DeliveryCounts = {
    pending: 0,
    leased: 0,
    sent: 0,
    failed: 0,
    unreachable: 0,
    cancelled: 0,
    total: 0,
    answered: 0,
  };
  const rows = deliveries
    .map((delivery) => {
      counts[delivery.state]++;
      counts.total++;
      const isMember = delivery.recipientKind === 'member';
      const answered =
        isMember && round.questionIds.every((q) => answeredBy.get(delivery.recipientId)?.has(q));
      if (answered) counts.answered++;
      return {
        delivery,
        recipientName: isMember ? (names.get(delivery.recipientId) ?? null) : null,
        answered,
      };
    })
    .sort((a, b) => (a.recipientName ?? '').localeCompare(b.recipientName ?? '', 'da'));
  return { round, counts, rows };
}
