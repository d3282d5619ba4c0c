import { createPostgresStore } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { promptDueNow, seedFanoutForum } from './fanout-fixture';
import { startServerProcess, waitFor, type ServerProcess } from './server-process';

/** Two server processes share one PostgreSQL database during a fan-out. */
describeWithPostgres('two servers on one PostgreSQL database', () => {
  const RECIPIENTS = 300;
  const GROUP_CHATS = 6;
  const schema = uniqueSchemaName('sched');
  let standIn: ConnectorStandIn;
  let store: Store;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 200 });
    store = (await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema })).store;
    await store.migrate();
  });
  afterAll(async () => {
    for (const s of servers)
      if (s.child.exitCode === null && s.child.signalCode === null) await s.kill('SIGKILL');
    await store?.close();
    await standIn?.close();
    await dropSchema(schema);
  });

  it('sends every delivery exactly once, shared between both workers', async () => {
    const forum = await seedFanoutForum(store, {
      serviceUrl: standIn.url,
      chefs: RECIPIENTS,
      groupChats: GROUP_CHATS,
      now: new Date().toISOString(),
    });
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      PG_SCHEMA: schema,
      SEND_RATE_PER_SECOND: '100',
      SCHEDULER_TICK_MS: '50',
      SCHEDULER_BATCH_SIZE: '20',
    };
    // One at a time, so afterAll stops the first even when the second does not start.
    servers.push(await startServerProcess(env));
    servers.push(await startServerProcess(env));
    const round = promptDueNow(forum.forum.id, forum.questions[0]!.id, forum.forum.timeZone);
    await store.saveRound(round);
    const total = RECIPIENTS + GROUP_CHATS;
    await waitFor(
      async () => (await store.listDeliveries({ roundId: round.id, state: 'sent' })).length === total,
      60_000,
      'every delivery sent',
      100,
    );
    await Promise.all(servers.map((s) => s.kill('SIGTERM')));

    const deliveries = await store.listDeliveries({ roundId: round.id });
    expect(deliveries).toHaveLength(total);
    const conversations = standIn.sends.map((s) => s.conversationId);
    expect(conversations).toHaveLength(total);
    expect(new Set(conversations).size).toBe(total);
    for (const id of forum.groupChatIds) expect(conversations).toContain(id);
    const claimedBy = servers.map((s) =>
      s.logs.filter((l) => l.msg === 'scheduler pass').reduce((n, l) => n + Number(l.sent ?? 0), 0),
    );
    const materializedBy = servers.map((s) => s.logs.filter((l) => l.msg === 'round materialized').length);
    console.log(
      `two-servers: sent per process ${JSON.stringify(claimedBy)}, round materialized by ${JSON.stringify(materializedBy)}`,
    );
    expect(claimedBy[0]! + claimedBy[1]!).toBe(total);
    expect(claimedBy.every((n) => n > 0)).toBe(true);
    expect(materializedBy[0]! + materializedBy[1]!).toBe(1);
  }, 120_000);
});
