import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { SendSlotStore } from './ports/send-slot-store';
import { sql, type Kysely } from 'kysely';
import type { DialectStrategy } from './dialect-strategy';
import type { Database } from './schema';
import type { SendSlotRequest, SendSlotReservation, SendSlotView } from './store';

/**
 * Send slots shared by every instance, in the store's clock. A reservation is one write
 * transaction serialized by the dialect's send-slot lock: read the keys' recent slots and pauses,
 * decide, and insert the new slots if the send fits. Both dialects run the same queries.
 */
export async function reserveSendSlot(
  ctx: KyselyContext,
  request: SendSlotRequest,
): Promise<SendSlotReservation> {
  const [reservation] = await reserveSendSlots(ctx, [request]);
  return reservation!;
}

/**
 * Several sends in one transaction, in order: each is decided on a view that counts the slots of
 * the ones before it in the batch, so a batch never lets through more than one by one would.
 */
export async function reserveSendSlots(
  { db, strategy }: KyselyContext,
  requests: readonly SendSlotRequest[],
): Promise<SendSlotReservation[]> {
  if (requests.some((r) => r.keys.length === 0)) throw new Error('reserveSendSlots: no keys');
  if (requests.length === 0) return [];
  const keys = lookbacksOf(requests);
  // A batch where every send must wait is told so without taking the lock (only a lone send
  // looks first: a larger batch usually holds some that may go).
  if (requests.length === 1) {
    const early = decideInOrder(requests, await readView(db, strategy, keys));
    if (!early[0]!.ok) return early.map((d) => d.decision);
  }
  return strategy.writeTransaction(db, async (trx) => {
    await strategy.lockSendSlots(trx);
    const decided = decideInOrder(requests, await readView(trx, strategy, keys));
    const rows = decided.flatMap((d, i) =>
      d.ok ? requests[i]!.keys.map(({ key }) => ({ slot_id: requests[i]!.slotId, key, t: d.t })) : [],
    );
    if (rows.length > 0) await trx.insertInto('send_slots').values(rows).execute();
    return decided.map((d) => d.decision);
  });
}

/** Every key of the batch, each with the longest lookback any request asks for. */
function lookbacksOf(requests: readonly SendSlotRequest[]): Array<{ key: string; lookbackMs: number }> {
  const longest = new Map<string, number>();
  for (const r of requests)
    for (const k of r.keys) longest.set(k.key, Math.max(longest.get(k.key) ?? 0, k.lookbackMs));
  return [...longest].map(([key, lookbackMs]) => ({ key, lookbackMs }));
}

type Decided = { ok: boolean; decision: SendSlotReservation; t: number };

/** A view the batch adds its accepted slots to. */
interface BatchView extends SendSlotView {
  slots: Map<string, number[]>;
}

function decideInOrder(requests: readonly SendSlotRequest[], view: BatchView): Decided[] {
  return requests.map((request) => {
    const decision = request.decide(view);
    if (!decision.ok) return { ok: false, decision, t: 0 };
    const t = view.now + request.holdMs;
    for (const { key } of request.keys) view.slots.get(key)?.push(t);
    return { ok: true, decision: { ok: true, at: view.now }, t };
  });
}

/** The clock, the keys' pauses and recent slots, in one query (one round trip). */
async function readView(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  lookbacks: ReadonlyArray<{ key: string; lookbackMs: number }>,
): Promise<BatchView> {
  const clock = strategy.clockMs();
  const keys = lookbacks.map((k) => k.key);
  const recent = sql.join(
    lookbacks.map((k) => sql`(${sql.ref('key')} = ${k.key} and t > ${clock} - ${k.lookbackMs})`),
    sql` or `,
  );
  const { rows } = await sql<{ kind: string; key: string | null; v: number }>`
    select 'now' as kind, null as ${sql.ref('key')}, ${clock} as v
    union all
    select 'pause', ${sql.ref('key')}, until_ms from send_pauses where ${sql.ref('key')} in (${sql.join(keys)})
    union all
    select 'slot', ${sql.ref('key')}, t from send_slots where ${recent}`.execute(db);
  let now = Number.NaN;
  const slots = new Map<string, number[]>(keys.map((k) => [k, []]));
  const pausedUntil = new Map<string, number>();
  for (const row of rows) {
    if (row.kind === 'now') now = Number(row.v);
    else if (row.kind === 'pause') pausedUntil.set(row.key!, Number(row.v));
    else slots.get(row.key!)?.push(Number(row.v));
  }
  return { now, slots, pausedUntil };
}

export async function settleSendSlot(
  { db, strategy }: KyselyContext,
  slotId: string,
  at?: number,
): Promise<void> {
  const t = at === undefined ? strategy.clockMs() : sql<number>`${at}`;
  await db.updateTable('send_slots').set({ t }).where('slot_id', '=', slotId).where('t', '>', t).execute();
}

export async function pauseSends({ db, strategy }: KyselyContext, key: string, ms: number): Promise<void> {
  const until = sql<number>`${strategy.clockMs()} + ${Math.max(0, ms)}`;
  await db
    .insertInto('send_pauses')
    .values({ key, until_ms: until })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        until_ms: sql<number>`case when excluded.until_ms > send_pauses.until_ms then excluded.until_ms else send_pauses.until_ms end`,
      }),
    )
    .execute();
}

export async function pruneSendSlots({ db, strategy }: KyselyContext, olderThanMs: number): Promise<void> {
  const now = strategy.clockMs();
  await db
    .deleteFrom('send_slots')
    .where('t', '<', sql<number>`${now} - ${olderThanMs}`)
    .execute();
  await db.deleteFrom('send_pauses').where('until_ms', '<', now).execute();
}

export const sendSlotAdapter = kyselyAdapter<SendSlotStore>({
  reserveSendSlot,
  reserveSendSlots,
  settleSendSlot,
  pauseSends,
  pruneSendSlots,
});
