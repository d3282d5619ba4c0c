import { sql, type ExpressionBuilder, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DialectStrategy } from './dialect-strategy';
import type { CardClosesTable, Database } from './schema';
import type { CardClose, CardCloseOutcome, CardCloseState, ClaimRequest } from './store';

/**
 * Card closes: after a forum's final meeting every sent prompt card is updated to the closed
 * view, once per delivery, with leases like sends. Shared by both dialects.
 */

export async function enqueueCardCloses(db: Kysely<Database>, forumId: string, at: string): Promise<number> {
  const result = await db
    .insertInto('card_closes')
    .columns([
      'delivery_id',
      'forum_id',
      'state',
      'attempts',
      'next_attempt_at',
      'lease_owner',
      'lease_until',
      'last_error',
      'updated_at',
    ])
    .expression((eb) =>
      eb
        .selectFrom('deliveries as d')
        .innerJoin('rounds as r', 'r.id', 'd.round_id')
        .select([
          'd.id as delivery_id',
          'd.forum_id as forum_id',
          sql<string>`cast(${'pending'} as text)`.as('state'),
          sql<number>`${sql.lit(0)}`.as('attempts'),
          sql<string>`cast(${at} as text)`.as('next_attempt_at'),
          sql<null>`cast(null as text)`.as('lease_owner'),
          sql<null>`cast(null as text)`.as('lease_until'),
          sql<null>`cast(null as text)`.as('last_error'),
          sql<string>`cast(${at} as text)`.as('updated_at'),
        ])
        .where('d.forum_id', '=', forumId)
        .where('d.state', '=', 'sent')
        .where('d.sent_activity_id', 'is not', null)
        .where('d.sent_activity_id', '!=', '')
        .where('r.kind', '=', 'prompt')
        .where((w) =>
          w.not(
            w.exists(
              w.selectFrom('card_closes as c').select('c.delivery_id').whereRef('c.delivery_id', '=', 'd.id'),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.column('delivery_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

/** Due: pending and next attempt reached, or leased with an expired lease. */
function isClaimable(now: string) {
  return (eb: ExpressionBuilder<Database, 'card_closes'>) =>
    eb.or([
      eb.and([eb('state', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
      eb.and([eb('state', '=', 'leased'), eb('lease_until', '<', now)]),
    ]);
}

function fromRow(row: Selectable<CardClosesTable>): CardClose {
  return {
    deliveryId: row.delivery_id,
    forumId: row.forum_id,
    state: row.state as CardCloseState,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    lastError: row.last_error,
    updatedAt: row.updated_at,
  };
}

export async function claimCardCloses(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  request: ClaimRequest,
): Promise<CardClose[]> {
  const limit = Math.floor(request.limit);
  if (!(limit > 0)) return [];
  const nowMs = Date.parse(request.now);
  if (Number.isNaN(nowMs)) throw new Error(`claimCardCloses: invalid now '${request.now}'`);
  const leaseUntil = new Date(nowMs + request.leaseMs).toISOString();
  // Cheap when nothing is due: one indexed read, no write transaction.
  const any = await db
    .selectFrom('card_closes')
    .select('delivery_id')
    .where(isClaimable(request.now))
    .limit(1)
    .executeTakeFirst();
  if (!any) return [];
  return strategy.writeTransaction(db, async (trx) => {
    const picked = await strategy
      .lockForClaim(
        trx
          .selectFrom('card_closes')
          .select('delivery_id')
          .where(isClaimable(request.now))
          .orderBy('next_attempt_at')
          .orderBy('delivery_id')
          .limit(limit),
      )
      .execute();
    if (picked.length === 0) return [];
    const rows = await trx
      .updateTable('card_closes')
      .set({ state: 'leased', lease_owner: request.owner, lease_until: leaseUntil, updated_at: request.now })
      .where(
        'delivery_id',
        'in',
        picked.map((p) => p.delivery_id),
      )
      .where(isClaimable(request.now))
      .returningAll()
      .execute();
    return rows
      .map(fromRow)
      .sort((a, b) => compare(a.nextAttemptAt, b.nextAttemptAt) || compare(a.deliveryId, b.deliveryId));
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function outcomeChanges(outcome: CardCloseOutcome, at: string): Updateable<CardClosesTable> {
  const released = { lease_owner: null, lease_until: null, updated_at: at };
  switch (outcome.state) {
    case 'closed':
      return { ...released, state: 'closed', last_error: null };
    case 'retry':
      return {
        ...released,
        state: 'pending',
        next_attempt_at: outcome.nextAttemptAt,
        last_error: outcome.error,
      };
    case 'failed':
    case 'unreachable':
      return { ...released, state: outcome.state, last_error: outcome.error };
  }
}

export async function completeCardClose(
  db: Kysely<Database>,
  deliveryId: string,
  owner: string,
  outcome: CardCloseOutcome,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('card_closes')
    .set(outcomeChanges(outcome, at))
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('delivery_id', '=', deliveryId)
    .where('state', '=', 'leased')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listCardCloses(
  db: Kysely<Database>,
  filter: { forumId?: string; state?: CardCloseState },
): Promise<CardClose[]> {
  const rows = await db
    .selectFrom('card_closes')
    .selectAll()
    .$if(filter.forumId !== undefined, (q) => q.where('forum_id', '=', filter.forumId!))
    .$if(filter.state !== undefined, (q) => q.where('state', '=', filter.state!))
    .orderBy('delivery_id')
    .execute();
  return rows.map(fromRow);
}
