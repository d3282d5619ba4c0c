import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { createPostgresStore } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import {
  createProactiveSender,
  SendRateLimiter,
  StoreSendLimiter,
  type ProactiveSender,
  type SendLimiter,
} from '../../../bot/teams/proactive';
import { standInReference } from '../../support/connector-refs';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';

const APP_LIMIT = 20;

/** Two "instances": each its own PostgreSQL pool, limiter and sender, on one schema. */
describeWithPostgres('send limits shared by every instance (PostgreSQL)', () => {
  const schema = uniqueSchemaName('limits');
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  let standIn: ConnectorStandIn;
  const stores: Store[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const { store } = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema });
      await store.migrate();
      stores.push(store);
    }
  });
  beforeEach(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: APP_LIMIT });
  });
  afterEach(() => standIn.close());
  afterAll(async () => {
    for (const s of stores) await s.close();
    await dropSchema(schema);
  });

  const senderWith = (limiter: SendLimiter): ProactiveSender =>
    createProactiveSender({ adapter, botAppId: '', limiter, requestTimeoutMs: 10_000 });
  const storeLimiter = (store: Store) =>
    new StoreSendLimiter({ store, globalPerSecond: APP_LIMIT, inFlightCapMs: 10_000 });
  const ref = (conversationId: string) =>
    standInReference(
      standIn.url,
      conversationId,
      conversationId.startsWith('g') ? 'groupChat' : 'personal',
      null,
    );

  /** Both instances send their share at once (6 at a time each): personal chats and one busy group chat. */
  async function fanOut(
    senders: ProactiveSender[],
    run: string,
    workers = 6,
  ): Promise<{ elapsed: number; failed: number }> {
    const work = senders.map((_, i) => [
      ...Array.from({ length: 30 }, (_, n) => `a:${run}-${i}-${n}`),
      ...Array.from({ length: 5 }, () => `g:${run}-busy`),
    ]);
    const started = Date.now();
    let failed = 0;
    await Promise.all(
      senders.map(async (sender, i) => {
        const queue = work[i]!;
        await Promise.all(
          Array.from({ length: workers }, async () => {
            for (let id = queue.shift(); id; id = queue.shift()) {
              const result = await sender.send(ref(id), { type: 'message', text: 'x' });
              if (!result.ok) failed++;
            }
          }),
        );
      }),
    );
    return { elapsed: Date.now() - started, failed };
  }

  it("holds the app's rate and a conversation's windows for the sum of two instances (the stand-in never answers 429)", async () => {
    const { elapsed, failed } = await fanOut(
      stores.map((s) => senderWith(storeLimiter(s))),
      'shared',
    );
    expect(failed).toBe(0);
    expect(standIn.sends).toHaveLength(70);
    expect(standIn.stats.throttled).toBe(0);
    expect(standIn.sendsTo('g:shared-busy')).toHaveLength(10);
    // 70 sends at 20/s cannot take less than 3 s.
    expect(elapsed).toBeGreaterThanOrEqual(3_000);
    console.log(`shared limits: 70 sends by 2 instances in ${elapsed} ms (allowed ${APP_LIMIT}/s)`);
  }, 60_000);

  it('the same fan-out with a limiter per process overshoots (what the shared one prevents)', async () => {
    const perProcess = [0, 1].map(() => senderWith(new SendRateLimiter({ globalPerSecond: APP_LIMIT })));
    // Every worker at once, so the first burst alone is over the app's limit.
    const { failed } = await fanOut(perProcess, 'local', 35);
    expect(standIn.stats.throttled).toBeGreaterThan(0);
    expect(failed).toBe(standIn.stats.throttled);
  }, 60_000);

  it("a 429's Retry-After pauses the conversation for every instance", async () => {
    const [a, b] = stores.map((s) => senderWith(storeLimiter(s)));
    standIn.faults.add({ kind: 429, times: 1, retryAfterSeconds: 2, conversationId: 'g:paused' });
    const started = Date.now();
    const first = await a!.send(ref('g:paused'), { type: 'message', text: 'x' });
    expect(first).toEqual(expect.objectContaining({ ok: false }));
    // Another instance, another conversation: not held back.
    expect((await b!.send(ref('g:other'), { type: 'message', text: 'x' })).ok).toBe(true);
    expect(standIn.sendsTo('g:other')[0]!.at - started).toBeLessThan(2_000);
    // Another instance, the paused conversation: waits for Retry-After.
    expect((await b!.send(ref('g:paused'), { type: 'message', text: 'x' })).ok).toBe(true);
    expect(standIn.sendsTo('g:paused')[0]!.at - started).toBeGreaterThanOrEqual(2_000);
  }, 30_000);
});
