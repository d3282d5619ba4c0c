import { sql, type Kysely } from 'kysely';
import type { DialectStrategy } from './dialect-strategy';
import type { Database } from './schema';
import type { SendSlotDecision, SendSlotRequest } from './store';

/**
 * Send slots shared by every instance, in the store's clock. A reservation is one write
 * transaction serialized by the dialect's send-slot lock: read the keys' recent slots and pauses,
 * decide, and insert the new slots if the send fits. Both dialects run the same queries.
 */
export async function reserveSendSlot(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  request: SendSlotRequest,
): Promise<SendSlotDecision> {
  if (request.keys.length === 0) throw new Error('reserveSendSlot: no keys');
  return strategy.writeTransaction(db, async (trx) => {
    await strategy.lockSendSlots(trx);
    const clock = await trx.selectNoFrom(strategy.clockMs().as('now')).executeTakeFirstOrThrow();
    const now = Number(clock.now);
    const keys = request.keys.map((k) => k.key);
    const slotRows = await trx
      .selectFrom('send_slots')
      .select(['key', 't'])
      .where((eb) =>
        eb.or(request.keys.map((k) => eb.and([eb('key', '=', k.key), eb('t', '>', now - k.lookbackMs)]))),
      )
      .execute();
    const pauseRows = await trx
      .selectFrom('send_pauses')
      .select(['key', 'until_ms'])
      .where('key', 'in', keys)
      .execute();
    const slots = new Map<string, number[]>(keys.map((k) => [k, []]));
    for (const row of slotRows) slots.get(row.key)?.push(Number(row.t));
    const pausedUntil = new Map(pauseRows.map((row) => [row.key, Number(row.until_ms)]));
    const decision = request.decide({ now, slots, pausedUntil });
    if (!decision.ok) return decision;
    const t = now + request.holdMs;
    await trx
      .insertInto('send_slots')
      .values(keys.map((key) => ({ slot_id: request.slotId, key, t })))
      .execute();
    return decision;
  });
}

export async function settleSendSlot(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  slotId: string,
): Promise<void> {
  const now = strategy.clockMs();
  await db
    .updateTable('send_slots')
    .set({ t: now })
    .where('slot_id', '=', slotId)
    .where('t', '>', now)
    .execute();
}

export async function pauseSends(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  key: string,
  ms: number,
): Promise<void> {
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

export async function pruneSendSlots(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  olderThanMs: number,
): Promise<void> {
  const now = strategy.clockMs();
  await db
    .deleteFrom('send_slots')
    .where('t', '<', sql<number>`${now} - ${olderThanMs}`)
    .execute();
  await db.deleteFrom('send_pauses').where('until_ms', '<', now).execute();
}
