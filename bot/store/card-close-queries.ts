import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DialectStrategy } from './dialect-strategy';
import { claimLeased, completeLeased, released, unsuccessfulChanges } from './leased-queue';
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
  return claimLeased(
    db,
    strategy,
    { table: 'card_closes', caller: 'claimCardCloses', fromRow, checkFirst: true },
    request,
  );
}

function outcomeChanges(outcome: CardCloseOutcome, at: string): Updateable<CardClosesTable> {
  return outcome.state === 'closed'
    ? { ...released(at), state: 'closed', last_error: null }
    : unsuccessfulChanges(outcome, at);
}

export async function completeCardClose(
  db: Kysely<Database>,
  deliveryId: string,
  owner: string,
  outcome: CardCloseOutcome,
  at: string,
): Promise<boolean> {
  const attempted = !('notAnAttempt' in outcome && outcome.notAnAttempt);
  return completeLeased(db, 'card_closes', deliveryId, owner, outcomeChanges(outcome, at), attempted);
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
