import { leaseFieldsOf } from './lease-fields';
import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { CardCloseStore } from './ports/card-close-store';
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import { claimLeased, completeLeased, released, unsuccessfulChanges } from './leased-queue';
import type { CardClosesTable, Database } from './schema';
import type { CardClose, CardCloseOutcome, CardCloseState, CardView, ClaimRequest } from './store';

/**
 * Card updates in place, with leases like sends: after a forum's final meeting every sent prompt
 * card is updated to the closed view, and after an erasure the cards that may show the erased
 * answers are updated to an erased view (CardView). Shared by both dialects.
 */

/** The columns of a queued (pending, never tried) row after the key, forum and view. */
function pendingColumns(at: string) {
  return [
    sql<string>`cast(${'pending'} as text)`.as('state'),
    sql<number>`${sql.lit(0)}`.as('attempts'),
    sql<string>`cast(${at} as text)`.as('next_attempt_at'),
    sql<null>`cast(null as text)`.as('lease_owner'),
    sql<null>`cast(null as text)`.as('lease_until'),
    sql<null>`cast(null as text)`.as('last_error'),
    sql<string>`cast(${at} as text)`.as('updated_at'),
  ] as const;
}

const QUEUED_COLUMNS = [
  'delivery_id',
  'forum_id',
  'view',
  'state',
  'attempts',
  'next_attempt_at',
  'lease_owner',
  'lease_until',
  'last_error',
  'updated_at',
] as const;

/** Back to pending for a new request: attempts start again and a held lease is lost. */
function requeued(at: string) {
  return {
    state: 'pending',
    attempts: 0,
    next_attempt_at: at,
    lease_owner: null,
    lease_until: null,
    last_error: null,
    updated_at: at,
  } as const;
}

/** Every card the bot sent in a forum (a delivery with an activity id), as queue rows for `view`. */
function sentCards(db: Kysely<Database>, forumId: string, view: CardView, at: string) {
  return db
    .selectFrom('deliveries as d')
    .select([
      'd.id as delivery_id',
      'd.forum_id as forum_id',
      sql<string>`cast(${view} as text)`.as('view'),
      ...pendingColumns(at),
    ])
    .where('d.forum_id', '=', forumId)
    .where('d.state', '=', 'sent')
    .where('d.sent_activity_id', 'is not', null)
    .where('d.sent_activity_id', '!=', '');
}

export async function enqueueCardCloses({ db }: KyselyContext, forumId: string, at: string): Promise<number> {
  // A card erased while the forum was open shows the open view; it is closed now (once).
  const reopened = await db
    .updateTable('card_closes')
    .set({ ...requeued(at), view: 'erased-closed' })
    .where('forum_id', '=', forumId)
    .where('view', '=', 'erased')
    .executeTakeFirst();
  const result = await db
    .insertInto('card_closes')
    .columns([...QUEUED_COLUMNS])
    .expression(
      sentCards(db, forumId, 'closed', at)
        .where('d.round_id', 'in', db.selectFrom('rounds').select('id').where('kind', '=', 'prompt'))
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
  return Number(reopened.numUpdatedRows) + Number(result.numInsertedOrUpdatedRows ?? 0n);
}

export async function enqueueErasedCards(
  { db }: KyselyContext,
  request: { forumId: string; memberId: string; departmentIds: string[]; at: string },
): Promise<number> {
  const { forumId, memberId, departmentIds, at } = request;
  const result = await db
    .insertInto('card_closes')
    .columns([...QUEUED_COLUMNS])
    .expression(
      sentCards(db, forumId, 'erased', at).where((w) =>
        w.or([
          w.and([w('d.recipient_kind', '=', 'member'), w('d.recipient_id', '=', memberId)]),
          ...(departmentIds.length
            ? [w.and([w('d.recipient_kind', '=', 'conversation'), w('d.department_id', 'in', departmentIds)])]
            : []),
        ]),
      ),
    )
    .onConflict((oc) =>
      oc.column('delivery_id').doUpdateSet({
        ...requeued(at),
        // A card closed already stays closed; one waiting to be erased stays so.
        view: sql<string>`case when card_closes.view in ('erased', 'purged') then card_closes.view else 'erased-closed' end`,
      }),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

export async function enqueuePurgedCards(
  { db }: KyselyContext,
  forumId: string,
  at: string,
): Promise<number> {
  const result = await db
    .insertInto('card_closes')
    .columns([...QUEUED_COLUMNS])
    .expression(sentCards(db, forumId, 'purged', at))
    .onConflict((oc) =>
      oc
        .column('delivery_id')
        .doUpdateSet({ ...requeued(at), view: 'purged' })
        .where('card_closes.view', '!=', 'purged'),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

function fromRow(row: Selectable<CardClosesTable>): CardClose {
  return {
    deliveryId: row.delivery_id,
    forumId: row.forum_id,
    view: row.view as CardView,
    state: row.state as CardCloseState,
    ...leaseFieldsOf(row),
  };
}

export async function claimCardCloses(
  { db, strategy }: KyselyContext,
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
  { db }: KyselyContext,
  deliveryId: string,
  owner: string,
  outcome: CardCloseOutcome,
  at: string,
): Promise<boolean> {
  const attempted = !('notAnAttempt' in outcome && outcome.notAnAttempt);
  return completeLeased(db, 'card_closes', deliveryId, owner, outcomeChanges(outcome, at), attempted);
}

export async function listCardCloses(
  { db }: KyselyContext,
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

export const cardCloseAdapter = kyselyAdapter<CardCloseStore>({
  enqueueCardCloses,
  enqueueErasedCards,
  enqueuePurgedCards,
  claimCardCloses,
  completeCardClose,
  listCardCloses,
});
