import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { LeasedTable, WorkLeaseStore } from './ports/work-lease-store';
import type { ExpressionBuilder, Kysely, Selectable, Updateable } from 'kysely';
import type { DialectStrategy } from './dialect-strategy';
import type { Database } from './schema';
import type { ClaimRequest } from './store';

/**
 * The leased queues (deliveries, card_closes, meeting_messages): claiming due rows under a lease and recording an
 * outcome only while the lease is still held. Shared by both tables and both dialects; the
 * dialect difference is the strategy's lockForClaim.
 */

export type { LeasedTable };

/** The key column of each leased table. */
const KEY = {
  deliveries: 'id',
  card_closes: 'delivery_id',
  meeting_messages: 'id',
  meeting_card_updates: 'message_id',
} as const;

type LeasedRow<TB extends LeasedTable> = Selectable<Database[TB]>;

export interface LeasedQueue<TB extends LeasedTable, T> {
  table: TB;
  /** Names the caller in the error for an invalid `now`. */
  caller: string;
  fromRow: (row: LeasedRow<TB>) => T;
  /** Reads once outside a transaction and returns early when nothing is due. */
  checkFirst?: boolean;
}

/** Due: pending and next attempt reached, or leased with an expired lease. */
function isClaimable(now: string) {
  return (eb: ExpressionBuilder<Database, LeasedTable>) =>
    eb.or([
      eb.and([eb('state', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
      eb.and([eb('state', '=', 'leased'), eb('lease_until', '<', now)]),
    ]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function keyOf(table: LeasedTable, row: object): string {
  return (row as Record<string, string>)[KEY[table]]!;
}

export async function claimLeased<TB extends LeasedTable, T>(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  queue: LeasedQueue<TB, T>,
  request: ClaimRequest,
): Promise<T[]> {
  const limit = Math.floor(request.limit);
  if (!(limit > 0)) return [];
  const nowMs = Date.parse(request.now);
  if (Number.isNaN(nowMs)) throw new Error(`${queue.caller}: invalid now '${request.now}'`);
  const leaseUntil = new Date(nowMs + request.leaseMs).toISOString();
  const table: LeasedTable = queue.table;
  const key = KEY[table];
  if (queue.checkFirst) {
    // Cheap when nothing is due: one indexed read, no write transaction.
    const any = await db
      .selectFrom(table)
      .select(key)
      .where(isClaimable(request.now))
      .limit(1)
      .executeTakeFirst();
    if (!any) return [];
  }
  return strategy.writeTransaction(db, async (trx) => {
    const picked = await strategy
      .lockForClaim(
        trx
          .selectFrom(table)
          .select(key)
          .where(isClaimable(request.now))
          .orderBy('next_attempt_at')
          .orderBy(key)
          .limit(limit),
      )
      .execute();
    if (picked.length === 0) return [];
    const rows = await trx
      .updateTable(table)
      .set((eb) => ({
        state: 'leased',
        lease_owner: request.owner,
        lease_until: leaseUntil,
        updated_at: request.now,
        // A lease that ran out is an attempt that never recorded its outcome: it counts, so a
        // delivery whose worker keeps losing it is given up after maxAttempts.
        attempts: eb('attempts', '+', eb.case().when('state', '=', 'leased').then(1).else(0).end()),
      }))
      .where(
        key,
        'in',
        picked.map((p) => keyOf(table, p)),
      )
      .where(isClaimable(request.now))
      .returningAll()
      .execute();
    return rows
      .sort(
        (a, b) => compare(a.next_attempt_at, b.next_attempt_at) || compare(keyOf(table, a), keyOf(table, b)),
      )
      .map((row) => queue.fromRow(row as LeasedRow<TB>));
  });
}

/**
 * Records an outcome on a row this owner still leases; false when the lease was lost. `attempted`
 * counts the attempt.
 */
export async function completeLeased<TB extends LeasedTable>(
  db: Kysely<Database>,
  table: TB,
  id: string,
  owner: string,
  changes: Updateable<Database[TB]>,
  attempted: boolean,
): Promise<boolean> {
  const name: LeasedTable = table;
  const result = await db
    .updateTable(name)
    .set(changes as Updateable<Database[LeasedTable]>)
    .$if(attempted, (q) => q.set((eb) => ({ attempts: eb('attempts', '+', 1) })))
    .where(KEY[name], '=', id)
    .where('state', '=', 'leased')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Extends every lease `owner` still holds in both queues to now + leaseMs (the heartbeat). A lease
 * that ran out but that no other worker claimed is still this owner's; renewing it is atomic with
 * respect to a claim (the claim re-checks the row), so one of the two wins.
 */
async function renewLeases(
  { db }: KyselyContext,
  owner: string,
  now: string,
  leaseMs: number,
): Promise<number> {
  const leaseUntil = leaseEnd(now, leaseMs, 'renewLeases');
  let renewed = 0;
  for (const table of ['deliveries', 'card_closes', 'meeting_messages', 'meeting_card_updates'] as const) {
    const result = await db
      .updateTable(table)
      .set({ lease_until: leaseUntil })
      .where('state', '=', 'leased')
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    renewed += Number(result.numUpdatedRows);
  }
  return renewed;
}

/** Extends one lease `owner` still holds; false when another worker took it over (or it was completed). */
async function renewLease(
  { db }: KyselyContext,
  table: LeasedTable,
  id: string,
  owner: string,
  now: string,
  leaseMs: number,
): Promise<boolean> {
  return renewOneLease(db, table, id, owner, leaseEnd(now, leaseMs, 'renewLease'));
}

/** Extends one lease `owner` still holds; false when another worker took it over (or it was completed). */
export async function renewOneLease(
  db: Kysely<Database>,
  table: LeasedTable,
  id: string,
  owner: string,
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ lease_until: leaseUntil })
    .where(KEY[table], '=', id)
    .where('state', '=', 'leased')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** An outcome that was not a success: retried later, or final with its error. */
export type UnsuccessfulOutcome =
  | { state: 'retry'; nextAttemptAt: string; error: string }
  | { state: 'failed' | 'unreachable' | 'cancelled'; error: string };

/** The changes that release a lease. */
export function released(at: string) {
  return { lease_owner: null, lease_until: null, updated_at: at };
}

/** The changes that record an unsuccessful outcome and release the lease. */
export function unsuccessfulChanges(outcome: UnsuccessfulOutcome, at: string) {
  return outcome.state === 'retry'
    ? { ...released(at), state: 'pending', next_attempt_at: outcome.nextAttemptAt, last_error: outcome.error }
    : { ...released(at), state: outcome.state, last_error: outcome.error };
}

function leaseEnd(now: string, leaseMs: number, caller: string): string {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new Error(`${caller}: invalid now '${now}'`);
  return new Date(ms + leaseMs).toISOString();
}

export const workLeaseAdapter = kyselyAdapter<WorkLeaseStore>({ renewLeases, renewLease });
