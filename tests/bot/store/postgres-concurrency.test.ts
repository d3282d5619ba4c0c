import type { Delivery } from '../../../core/model';
import { createPostgresStore, type PostgresStore } from '../../../bot/store/postgres/postgres-store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { at, delivery, forum, round } from './fixtures';

describeWithPostgres('PostgreSQL claims across server instances', () => {
  const schema = uniqueSchemaName();
  let a: PostgresStore;
  let b: PostgresStore;

  beforeAll(async () => {
    // Two stores with two pools: as two server processes would be.
    a = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 4 });
    b = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 4 });
    await Promise.all([a.store.migrate(), b.store.migrate()]);
  });

  afterAll(async () => {
    await a?.store.close();
    await b?.store.close();
    await dropSchema(schema);
  });

  test('two instances claiming 500 deliveries in small concurrent batches claim each exactly once', async () => {
    const f = forum();
    await a.store.saveForum(f);
    const r = round(f.id);
    await a.store.saveRound(r);
    const deliveries: Delivery[] = Array.from({ length: 500 }, (_, i) => delivery(r, { dueAt: at(i % 13) }));
    expect(await a.store.addDeliveries(deliveries)).toBe(500);

    const claims = new Map<string, string[]>();
    const worker = async (instance: PostgresStore, name: string): Promise<void> => {
      for (;;) {
        const batch = await instance.store.claimDeliveries({
          now: at(60),
          owner: name,
          leaseMs: 600_000,
          limit: 3,
        });
        if (batch.length === 0) return;
        for (const d of batch) claims.set(d.id, [...(claims.get(d.id) ?? []), name]);
      }
    };
    await Promise.all([
      ...Array.from({ length: 4 }, (_, i) => worker(a, `a${i}`)),
      ...Array.from({ length: 4 }, (_, i) => worker(b, `b${i}`)),
    ]);

    expect(claims.size).toBe(500);
    const twice = [...claims.entries()].filter(([, owners]) => owners.length !== 1);
    expect(twice).toEqual([]);
    const owners = new Set([...claims.values()].map(([owner]) => owner![0]));
    expect(owners).toEqual(new Set(['a', 'b'])); // both instances did work
    const leased = await b.store.listDeliveries({ roundId: r.id, state: 'leased' });
    expect(leased).toHaveLength(500);
    for (const d of leased) expect(d.leaseOwner).toBe(claims.get(d.id)![0]);
  });

  test('two instances queueing and claiming 300 card closes at once: each queued once and claimed exactly once', async () => {
    const f = forum();
    await a.store.saveForum(f);
    const r = round(f.id, { kind: 'prompt', state: 'materialized' });
    await a.store.saveRound(r);
    const sent: Delivery[] = Array.from({ length: 300 }, (_, i) =>
      delivery(r, { state: 'sent', attempts: 1, sentActivityId: `act-${i}`, sentConversationId: `a:c-${i}` }),
    );
    expect(await a.store.addDeliveries(sent)).toBe(300);

    const queued = await Promise.all([
      a.store.enqueueCardCloses(f.id, at(0)),
      b.store.enqueueCardCloses(f.id, at(0)),
      a.store.enqueueCardCloses(f.id, at(0)),
      b.store.enqueueCardCloses(f.id, at(0)),
    ]);
    expect(queued.reduce((x, y) => x + y, 0)).toBe(300);

    const claims = new Map<string, string[]>();
    const worker = async (instance: PostgresStore, name: string): Promise<void> => {
      for (;;) {
        const batch = await instance.store.claimCardCloses({
          now: at(1),
          owner: name,
          leaseMs: 600_000,
          limit: 3,
        });
        if (batch.length === 0) return;
        for (const c of batch) claims.set(c.deliveryId, [...(claims.get(c.deliveryId) ?? []), name]);
      }
    };
    await Promise.all([
      ...Array.from({ length: 4 }, (_, i) => worker(a, `a${i}`)),
      ...Array.from({ length: 4 }, (_, i) => worker(b, `b${i}`)),
    ]);
    expect(claims.size).toBe(300);
    expect([...claims.values()].filter((owners) => owners.length !== 1)).toEqual([]);
    const leased = await b.store.listCardCloses({ forumId: f.id, state: 'leased' });
    expect(leased).toHaveLength(300);
    for (const c of leased) expect(c.leaseOwner).toBe(claims.get(c.deliveryId)![0]);
  });
});
