import type { Server } from 'restify';
import { API, type DeliveryResponse, type DeliveryStatusResponse } from '../../../core/api';
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
    const body: DeliveryStatusResponse = await rounds.deliveryStatus(forum.id, roundId);
    if (roundId && body.rounds.length === 0) throw notFound('error.roundNotFound');
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
