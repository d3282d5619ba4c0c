import { randomUUID } from 'node:crypto';
import { createKeyring } from '../../../bot/keys/keyring';
import pino from 'pino';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AppDeps } from '../../../bot/app-deps';
import { loadConfig } from '../../../bot/config';
import { createScheduler, type Scheduler } from '../../../bot/scheduler';
import { createPostgresStore, InProcessChangeFeed } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { waitFor } from './server-process';
import { duplicates, promptDueNow, seedFanoutForum } from './fanout-fixture';

/**
 * Two scheduler instances on one PostgreSQL schema, sends that take longer than a lease (the
 * shortest the configuration allows: 3 s, with 2 s send requests): no delivery is sent twice and
 * attempts stay bounded.
 */
const ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  SCHEDULER_LEASE_MS: '3000',
  SEND_REQUEST_TIMEOUT_MS: '2000',
  SCHEDULER_TICK_MS: '50',
  SCHEDULER_MAX_ATTEMPTS: '4',
};

describeWithPostgres('leases under sends slower than a lease (two instances, PostgreSQL)', () => {
  let schema: string;
  let standIn: ConnectorStandIn;
  let stores: Store[];
  let schedulers: Scheduler[];

  async function start(
    env: Record<string, string>,
    standInOptions: Parameters<typeof startConnectorStandIn>[0],
    perInstance: Array<Record<string, string>> = [{}, {}],
  ) {
    schema = uniqueSchemaName('lease');
    standIn = await startConnectorStandIn(standInOptions);
    stores = [];
    schedulers = [];
    for (let i = 0; i < 2; i++) {
      const { store } = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema });
      await store.migrate();
      stores.push(store);
      const deps: AppDeps = {
        config: loadConfig({ ...ENV, ...env, ...perInstance[i] }),
        store,
        meetings: store.meetingStore(),
        changes: new InProcessChangeFeed(),
        clock: { now: () => new Date() },
        ids: randomUUID,
        log: pino({ level: 'silent' }),
        keys: createKeyring(store),
      };
      const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
      schedulers.push(createScheduler(deps, { adapter, botAppId: '' }));
    }
  }

  afterEach(async () => {
    for (const s of schedulers) await s.stop();
    for (const s of stores) await s.close();
    await standIn.close();
    await dropSchema(schema);
  });

  async function fanOut(chefs: number) {
    const forum = await seedFanoutForum(stores[0]!, {
      serviceUrl: standIn.url,
      chefs,
      now: new Date().toISOString(),
    });
    const round = promptDueNow(forum.forum.id, forum.questions[0]!.id, forum.forum.timeZone);
    await stores[0]!.saveRound(round);
    for (const s of schedulers) s.start();
    const settled = async () =>
      (await stores[0]!.listDeliveries({ roundId: round.id })).filter(
        (d) => d.state !== 'pending' && d.state !== 'leased',
      ).length === chefs;
    await waitFor(settled, 60_000, 'every delivery settled', 100);
    // Let anything still in flight land before counting.
    await waitFor(() => standIn.inFlight() === 0, 10_000, 'no request in flight');
    return stores[0]!.listDeliveries({ roundId: round.id });
  }

  it('a connector that accepts but answers after the lease: 0 duplicates, one attempt each', async () => {
    await start({ SEND_RATE_PER_SECOND: '50' }, { globalPerSecond: 50, responseDelayMs: 3_500 });
    const deliveries = await fanOut(12);
    expect(duplicates(standIn.sends)).toEqual([]);
    expect(standIn.sends).toHaveLength(12);
    expect(Math.max(...deliveries.map((d) => d.attempts))).toBe(1);
    for (const d of deliveries) {
      expect(d).toEqual(
        expect.objectContaining({ state: 'failed', lastError: expect.stringMatching(/may have arrived/) }),
      );
    }
  }, 90_000);

  it('sends that wait on the rate limit longer than a lease keep it (heartbeat): 0 duplicates', async () => {
    // 32 sends at 4/s take 8 s, twice the lease (4 s, with 3 s requests, so that a slow machine
    // cannot time an answer out). One instance claims 24 at once and works through them for 6 s;
    // the other claims 2 at a time and comes back for more while those still wait.
    await start(
      { SEND_RATE_PER_SECOND: '4', SCHEDULER_LEASE_MS: '4000', SEND_REQUEST_TIMEOUT_MS: '3000' },
      { globalPerSecond: 4, responseDelayMs: 200 },
      [{ SCHEDULER_BATCH_SIZE: '24' }, { SCHEDULER_BATCH_SIZE: '2' }],
    );
    const deliveries = await fanOut(32);
    expect(duplicates(standIn.sends)).toEqual([]);
    expect(standIn.sends).toHaveLength(32);
    expect(standIn.stats.throttled).toBe(0);
    expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
    expect(Math.max(...deliveries.map((d) => d.attempts))).toBeLessThanOrEqual(4);
  }, 90_000);
});
