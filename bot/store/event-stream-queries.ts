import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { EventStreamStore } from './ports/event-stream-store';
import { sql } from 'kysely';
import type { EventStreamClaim } from './store';

/**
 * A person's live-update stream allowance as `limit` slots (primary key (person, slot)). Taking a
 * slot is one statement: an insert that, on conflict, takes the row over only if its lease has
 * expired; the database decides, so concurrent claims on any number of instances never hold more
 * than `limit` slots. A lost race on a slot tries another free one.
 */
export async function acquireEventStream({ db }: KyselyContext, claim: EventStreamClaim): Promise<boolean> {
  const { person, streamId, owner, limit, now, leaseUntil } = claim;
  if (limit < 1) return false;
  // Each lost race means another stream took a slot, so this ends after at most `limit` tries.
  for (let tries = 0; tries <= limit; tries += 1) {
    const held = await db
      .selectFrom('event_streams')
      .select('slot')
      .where('person', '=', person)
      .where('expires_at', '>', now)
      .execute();
    const taken = new Set(held.map((row) => Number(row.slot)));
    const free = Array.from({ length: limit }, (_, slot) => slot).filter((slot) => !taken.has(slot));
    if (free.length === 0) return false;
    const slot = free[Math.floor(Math.random() * free.length)]!;
    const won = await db
      .insertInto('event_streams')
      .values({ person, slot, stream_id: streamId, owner, expires_at: leaseUntil })
      .onConflict((oc) =>
        oc
          .columns(['person', 'slot'])
          .doUpdateSet({
            stream_id: sql.ref<string>('excluded.stream_id'),
            owner: sql.ref<string>('excluded.owner'),
            expires_at: sql.ref<string>('excluded.expires_at'),
          })
          .where('event_streams.expires_at', '<=', now),
      )
      .returning('slot')
      .executeTakeFirst();
    if (won) return true;
  }
  return false;
}

export async function renewEventStreams(
  { db }: KyselyContext,
  owner: string,
  leaseUntil: string,
): Promise<string[]> {
  const rows = await db
    .updateTable('event_streams')
    .set({ expires_at: leaseUntil })
    .where('owner', '=', owner)
    .returning('stream_id')
    .execute();
  return rows.map((row) => row.stream_id);
}

export async function releaseEventStream(
  { db }: KyselyContext,
  person: string,
  streamId: string,
): Promise<void> {
  await db
    .deleteFrom('event_streams')
    .where('person', '=', person)
    .where('stream_id', '=', streamId)
    .execute();
}

export const eventStreamAdapter = kyselyAdapter<EventStreamStore>({
  acquireEventStream,
  renewEventStreams,
  releaseEventStream,
});
