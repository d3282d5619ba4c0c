import type { ExpressionBuilder, Kysely, Updateable } from 'kysely';
import type { Delivery, DeliveryState } from '../../core/model';
import type { DialectStrategy } from './dialect-strategy';
import { deliveryFromRow, deliveryToRow } from './row-mappers';
import type { Database, DeliveriesTable } from './schema';
import type { ClaimRequest, DeliveryOutcome } from './store';

/** Delivery queries: idempotent insert, leases, outcomes. Shared by both dialects. */

const INSERT_CHUNK = 200;

export async function addDeliveries(
  db: Kysely<Database>,
  strategy: DialectStrategy,
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

/** Due: pending and next attempt reached, or leased with an expired lease. */
function isClaimable(now: string) {
  return (eb: ExpressionBuilder<Database, 'deliveries'>) =>
    eb.or([
      eb.and([eb('state', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
      eb.and([eb('state', '=', 'leased'), eb('lease_until', '<', now)]),
    ]);
}

export async function claimDeliveries(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  request: ClaimRequest,
): Promise<Delivery[]> {
  const limit = Math.floor(request.limit);
  if (!(limit > 0)) return [];
  const nowMs = Date.parse(request.now);
  if (Number.isNaN(nowMs)) throw new Error(`claimDeliveries: invalid now '${request.now}'`);
  const leaseUntil = new Date(nowMs + request.leaseMs).toISOString();

  return strategy.writeTransaction(db, async (trx) => {
    const picked = await strategy
      .lockForClaim(
        trx
          .selectFrom('deliveries')
          .select('id')
          .where(isClaimable(request.now))
          .orderBy('next_attempt_at')
          .orderBy('id')
          .limit(limit),
      )
      .execute();
    if (picked.length === 0) return [];
    const rows = await trx
      .updateTable('deliveries')
      .set({ state: 'leased', lease_owner: request.owner, lease_until: leaseUntil, updated_at: request.now })
      .where(
        'id',
        'in',
        picked.map((p) => p.id),
      )
      .where(isClaimable(request.now))
      .returningAll()
      .execute();
    return rows
      .map(deliveryFromRow)
      .sort((a, b) => compare(a.nextAttemptAt, b.nextAttemptAt) || compare(a.id, b.id));
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function outcomeChanges(outcome: DeliveryOutcome, at: string): Updateable<DeliveriesTable> {
  const released = { lease_owner: null, lease_until: null, updated_at: at };
  switch (outcome.state) {
    case 'sent':
      return {
        ...released,
        state: 'sent',
        sent_activity_id: outcome.activityId,
        sent_conversation_id: outcome.conversationId,
        last_error: null,
      };
    case 'retry':
      return {
        ...released,
        state: 'pending',
        next_attempt_at: outcome.nextAttemptAt,
        last_error: outcome.error,
      };
    case 'failed':
    case 'unreachable':
    case 'cancelled':
      return { ...released, state: outcome.state, last_error: outcome.error };
  }
}

export async function completeDelivery(
  db: Kysely<Database>,
  id: string,
  owner: string,
  outcome: DeliveryOutcome,
  at: string,
): Promise<boolean> {
  // A cancellation is a decision not to send; every other outcome followed an attempt.
  const attempted = outcome.state !== 'cancelled';
  const result = await db
    .updateTable('deliveries')
    .set(outcomeChanges(outcome, at))
    .$if(attempted, (q) => q.set((eb) => ({ attempts: eb('attempts', '+', 1) })))
    .where('id', '=', id)
    .where('state', '=', 'leased')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function getDelivery(db: Kysely<Database>, id: string): Promise<Delivery | undefined> {
  const row = await db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? deliveryFromRow(row) : undefined;
}

export async function listDeliveries(
  db: Kysely<Database>,
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
  db: Kysely<Database>,
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
  db: Kysely<Database>,
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

export async function retryDelivery(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set({ state: 'pending', next_attempt_at: at, lease_owner: null, lease_until: null, updated_at: at })
    .where('id', '=', id)
    .where('state', 'in', ['failed', 'unreachable'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
