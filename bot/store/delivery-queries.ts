import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { DeliveryStore } from './ports/delivery-store';
import type { Updateable } from 'kysely';
import type { Delivery, DeliveryState } from '../../core/model';
import { claimLeased, completeLeased, released, unsuccessfulChanges } from './leased-queue';
import { deliveryFromRow, deliveryToRow } from './row-mappers';
import type { DeliveriesTable } from './schema';
import type { ClaimRequest, DeliveryOutcome } from './store';

/** Delivery queries: idempotent insert, leases, outcomes. Shared by both dialects. */

const INSERT_CHUNK = 200;

export async function addDeliveries(
  { db, strategy }: KyselyContext,
  deliveries: Delivery[],
): Promise<number> {
  if (deliveries.length === 0) return 0;
  return strategy.writeTransaction(db, async (trx) => {
    let added = 0;
    for (let i = 0; i < deliveries.length; i += INSERT_CHUNK) {
      const rows = deliveries.slice(i, i + INSERT_CHUNK).map(deliveryToRow);
      const result = await trx
        .insertInto('deliveries')
        .values(rows)
        .onConflict((oc) => oc.columns(['round_id', 'recipient_id']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  });
}

export async function claimDeliveries(
  { db, strategy }: KyselyContext,
  request: ClaimRequest,
): Promise<Delivery[]> {
  return claimLeased(
    db,
    strategy,
    { table: 'deliveries', caller: 'claimDeliveries', fromRow: deliveryFromRow },
    request,
  );
}

function outcomeChanges(outcome: DeliveryOutcome, at: string): Updateable<DeliveriesTable> {
  if (outcome.state !== 'sent') return unsuccessfulChanges(outcome, at);
  return {
    ...released(at),
    state: 'sent',
    sent_activity_id: outcome.activityId,
    sent_conversation_id: outcome.conversationId,
    last_error: null,
  };
}

export async function completeDelivery(
  { db }: KyselyContext,
  id: string,
  owner: string,
  outcome: DeliveryOutcome,
  at: string,
): Promise<boolean> {
  // A cancellation is a decision not to send; every other outcome followed an attempt.
  const attempted = outcome.state !== 'cancelled' && !('notAnAttempt' in outcome && outcome.notAnAttempt);
  return completeLeased(db, 'deliveries', id, owner, outcomeChanges(outcome, at), attempted);
}

export async function getDelivery({ db }: KyselyContext, id: string): Promise<Delivery | undefined> {
  const row = await db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? deliveryFromRow(row) : undefined;
}

export async function listDeliveries(
  { db }: KyselyContext,
  filter: { roundId?: string; forumId?: string; state?: DeliveryState },
): Promise<Delivery[]> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .$if(filter.roundId !== undefined, (q) => q.where('round_id', '=', filter.roundId!))
    .$if(filter.forumId !== undefined, (q) => q.where('forum_id', '=', filter.forumId!))
    .$if(filter.state !== undefined, (q) => q.where('state', '=', filter.state!))
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(deliveryFromRow);
}

export async function cancelPendingDeliveries(
  { db }: KyselyContext,
  roundId: string,
  at: string,
): Promise<number> {
  const result = await db
    .updateTable('deliveries')
    .set({ state: 'cancelled', updated_at: at })
    .where('round_id', '=', roundId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function rescheduleDeliveries(
  { db }: KyselyContext,
  roundId: string,
  dueAt: string,
  at: string,
): Promise<number> {
  const result = await db
    .updateTable('deliveries')
    .set({ due_at: dueAt, next_attempt_at: dueAt, updated_at: at })
    .where('round_id', '=', roundId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function retryDelivery({ db }: KyselyContext, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set({ state: 'pending', next_attempt_at: at, lease_owner: null, lease_until: null, updated_at: at })
    .where('id', '=', id)
    .where('state', 'in', ['failed', 'unreachable'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export const deliveryAdapter = kyselyAdapter<DeliveryStore>({
  addDeliveries,
  claimDeliveries,
  completeDelivery,
  getDelivery,
  listDeliveries,
  cancelPendingDeliveries,
  rescheduleDeliveries,
  retryDelivery,
  cancelDelivery,
});
export async function cancelDelivery({ db }: KyselyContext, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set({ state: 'cancelled', updated_at: at })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
