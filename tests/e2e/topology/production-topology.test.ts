import { createPostgresStore } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import type { Delivery, Member, Round } from '../../../core/model';
import { call } from '../../bot/api/support/api-client';
import { openSse } from '../../bot/api/support/sse';
import { seedFanoutForum, type FanoutForum } from '../../bot/scheduler/fanout-fixture';
import { waitFor, type ServerProcess } from '../../bot/scheduler/server-process';
import { maxInAnyWindow } from '../../support/connector-rate-check';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { BOT_FRAMEWORK, startFakeEntra, type FakeEntra } from '../../support/fake-entra';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import {
  assertManagedIdentityOnLoopback,
  BOT_CLIENT_ID,
  instanceUrl,
  productionEnv,
  refusedConnections,
  startProductionInstance,
  startProductionInstances,
} from '../../support/production-instance';
import { answerAfter, dueSoon, examplePlan, expectedRecipients } from './compressed-period';

/**
 * The topology the app ships for (infra/azure.bicep): three App Service instances on one
 * PostgreSQL schema, NODE_ENV=production, the bot a user-assigned managed identity (no
 * BOT_PASSWORD; its token from the App Service identity endpoint, here on loopback), Teams SSO
 * with locally generated keys, and the Bot Connector stand-in enforcing Teams' per-app limit,
 * the same rate the app is configured with. A whole forum period is played; one instance is
 * SIGKILLed during a fan-out and started again.
 */
describeWithPostgres('production topology: three instances, one PostgreSQL, a managed identity', () => {
  const CHEFS = 150;
  const GROUP_CHATS = 6;
  const RATE = 50; // Teams' per-app limit, and SEND_RATE_PER_SECOND for the whole app
  const KILL_ROUND = 6; // the fourth prompt (the plan alternates prompt, reminder)
  // Short, for a quick takeover after the kill; a lease must outlast a send request (+1 s).
  const REQUEST_TIMEOUT_MS = 8_000;
  const LEASE_MS = REQUEST_TIMEOUT_MS + 1_000;
  const schema = uniqueSchemaName('topo');
  let entra: FakeEntra;
  let standIn: ConnectorStandIn;
  let store: Store;
  let seeded: FanoutForum;
  let env: Record<string, string>;
  const instances: ServerProcess[] = []; // the three running now
  const everyProcess: ServerProcess[] = []; // including the killed one
  const kill = { at: 0, pid: 0, inFlight: new Set<string>(), leasedByKilled: 0, openInRound: 0 };
  const keys: Record<string, { status: number; body: unknown }> = {};

  const url = (i: number) => instanceUrl(instances[i]!);
  const progress = (...what: unknown[]) => {
    if (process.env.DEBUG_TOPOLOGY) console.log(new Date().toISOString(), ...what);
  };
  const tokenFor = (m: Member) => entra.sign({ oid: m.aadObjectId, name: m.name });
  const conversationOf = (d: Delivery) =>
    d.recipientKind === 'conversation'
      ? d.recipientId
      : `a:personal-${seeded.members.find((m) => m.id === d.recipientId)!.aadObjectId}`;

  beforeAll(async () => {
    entra = await startFakeEntra({ botClientId: BOT_CLIENT_ID });
    standIn = await startConnectorStandIn({ globalPerSecond: RATE, bearerToken: entra.botToken });
    store = (await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema })).store;
    await store.migrate();
    seeded = await seedFanoutForum(store, {
      serviceUrl: standIn.url,
      chefs: CHEFS,
      groupChats: GROUP_CHATS,
      now: new Date().toISOString(),
    });
    env = productionEnv({
      databaseUrl: TEST_DATABASE_URL,
      schema,
      entra,
      sendRatePerSecond: RATE,
      extra: {
        SCHEDULER_TICK_MS: '100',
        SCHEDULER_BATCH_SIZE: '20',
        SCHEDULER_LEASE_MS: String(LEASE_MS),
        SEND_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      },
    });
  });
  afterAll(async () => {
    await Promise.all(everyProcess.map((s) => stopWithin(s, 15_000)));
    await store?.close();
    await standIn?.close();
    await entra?.close();
    await dropSchema(schema);
  });

  it('starts three instances as in production, the managed identity routed to loopback (never IMDS)', async () => {
    assertManagedIdentityOnLoopback(env); // throws (and no server starts) unless msal-node picks it
    const started = await startProductionInstances(env, 3);
    instances.push(...started);
    everyProcess.push(...started);
    for (const s of started)
      expect(s.logs.find((l) => l.msg === 'listening')).toMatchObject({ bot: 'authenticated' });
  }, 90_000);

  it('plays a whole forum period; one instance is SIGKILLed in a fan-out and restarted', async () => {
    expect(instances).toHaveLength(3);
    const schedule = await examplePlan(store, seeded);
    expect(schedule.map((r) => r.kind).filter((k) => k === 'prompt')).toHaveLength(6);
    const [codeChef, restartChef] = [seeded.members[1]!, seeded.members[2]!];
    const tokenBeforeRestart = await tokenFor(restartChef); // minted before the restart, used after it

    for (const [index, planned] of schedule.entries()) {
      const sendsBefore = standIn.sends.length;
      const round = dueSoon(planned, seeded.forum.timeZone);
      await store.saveRound(round);
      await waitFor(
        async () => (await store.getRound(round.id))?.state === 'materialized',
        30_000,
        `round ${index} (${round.kind}) materialized`,
        50,
      );
      progress('materialized', index, round.kind, JSON.stringify(standIn.stats));
      // Decided now, from what the scheduler saw: later erasures must not change it.
      const expected = await expectedRecipients(store, round, seeded.groupChatIds);
      if (index === 1) await confirmAcrossInstances(codeChef);
      if (index === KILL_ROUND) {
        keys.codeBeforeRestart = await call(url(0), '/api/me/data/delete', {
          token: tokenBeforeRestart,
          body: { forumId: seeded.forum.id },
        });
        keys.ticketBeforeRestart = await call(url(0), '/api/events/ticket', {
          token: tokenBeforeRestart,
          body: {},
        });
        await waitFor(
          async () =>
            standIn.sends.length - sendsBefore >= expected.length / 3 &&
            (await leasesOf(instances[0]!, round)) > 0,
          30_000,
          'a third of the fan-out sent, instance 0 holding leases',
          5,
        );
        await killAndRestart(round, sendsBefore);
        await afterRestart(tokenBeforeRestart);
      }
      await waitFor(
        async () =>
          (await store.listDeliveries({ roundId: round.id })).every(
            (d) => d.state !== 'pending' && d.state !== 'leased',
          ),
        60_000 + LEASE_MS,
        `round ${index} (${round.kind}) sent`,
        100,
      );
      const deliveries = await store.listDeliveries({ roundId: round.id });
      progress(
        'sent',
        index,
        round.kind,
        deliveries.length,
        standIn.sends.length - sendsBefore,
        JSON.stringify(standIn.stats),
      );
      expect(deliveries.filter((d) => d.state !== 'sent').map((d) => [d.state, d.lastError])).toEqual([]);
      expect(deliveries.map((d) => d.recipientId).sort()).toEqual(expected);
      await answerAfter(store, seeded, round, index, deliveries);
    }

    // Every due prompt was delivered: each recorded send is one the connector accepted.
    const all = await store.listDeliveries({ forumId: seeded.forum.id });
    const accepted = new Set(standIn.sends.map((s) => `${s.conversationId}|${s.activityId}`));
    for (const d of all) {
      expect(accepted.has(`${d.sentConversationId}|${d.sentActivityId}`)).toBe(true);
      expect(d.sentConversationId).toBe(conversationOf(d));
    }
    expect(new Set(all.map((d) => `${d.roundId}|${d.recipientId}`)).size).toBe(all.length);
    console.log(
      `production-topology: ${schedule.length} rounds, ${all.length} deliveries, ${standIn.sends.length} sends, ` +
        `kill ${JSON.stringify({ ...kill, inFlight: kill.inFlight.size })}, stand-in ${JSON.stringify(standIn.stats)}, ` +
        `max requests in 1 s ${maxInAnyWindow(standIn.arrivals, 1_000)}, token requests ${entra.tokenRequests.length}`,
    );
  }, 180_000);

  it('sends duplicates only among the sends in flight at the kill', async () => {
    const recorded = new Set(
      (await store.listDeliveries({ forumId: seeded.forum.id })).map(
        (d) => `${d.sentConversationId}|${d.sentActivityId}`,
      ),
    );
    const unrecorded = standIn.sends.filter((s) => !recorded.has(`${s.conversationId}|${s.activityId}`));
    expect(kill.at).toBeGreaterThan(0);
    for (const send of unrecorded) {
      expect(kill.inFlight.has(send.conversationId)).toBe(true);
      expect(send.at).toBeLessThanOrEqual(kill.at);
    }
    expect(new Set(unrecorded.map((s) => s.conversationId)).size).toBe(unrecorded.length);
    expect(unrecorded.length).toBeLessThanOrEqual(kill.inFlight.size);
  });

  it('keeps the whole cluster within the per-app limit: no 1 s window above it, no 429', () => {
    expect(standIn.arrivals.length).toBeGreaterThan(CHEFS * 6);
    expect(maxInAnyWindow(standIn.arrivals, 1_000)).toBeLessThanOrEqual(RATE);
    expect(standIn.stats.byStatus[429] ?? 0).toBe(0);
    expect(standIn.stats.throttled).toBe(0);
  });

  it('redeems a confirmation code on another instance, and after a restart', async () => {
    expect(keys.codeIssued).toMatchObject({ status: 200, body: { status: 'confirmationRequired' } });
    expect(keys.codeRedeemedElsewhere).toMatchObject({ status: 200, body: { status: 'deleted' } });
    expect(keys.codeBeforeRestart).toMatchObject({ status: 200, body: { status: 'confirmationRequired' } });
    expect(keys.codeAfterRestart).toMatchObject({ status: 200, body: { status: 'deleted' } });
    expect(keys.codeReplayed).toMatchObject({ status: 410 });
  });

  it('accepts a tab token and an event ticket from before a restart after it, and a ticket on another instance', () => {
    expect(keys.tokenAfterRestart).toMatchObject({ status: 200 });
    expect(keys.ticketBeforeRestart).toMatchObject({ status: 200 });
    expect(keys.ticketAfterRestart).toEqual({ status: 200, body: 'ready' });
    expect(keys.ticketElsewhere).toEqual({ status: 200, body: 'ready' });
  });

  it("signs every connector call with the managed identity's token; nothing leaves loopback", () => {
    expect(standIn.stats.unauthorized).toBe(0);
    const forBot = entra.tokenRequests.filter((r) => r.resource === BOT_FRAMEWORK);
    expect(forBot.length).toBeGreaterThanOrEqual(4); // each process start fetched one
    expect(entra.tokenRequests.filter((r) => r.status !== 200)).toEqual([]);
    expect(entra.jwksRequests).toBeGreaterThan(0);
    for (const s of everyProcess) expect(refusedConnections(s)).toEqual([]);
  });

  /** A code issued by instance 1 and redeemed on instance 2; then a replay on instance 0. */
  async function confirmAcrossInstances(chef: Member): Promise<void> {
    const token = await tokenFor(chef);
    const body = { forumId: seeded.forum.id };
    keys.codeIssued = await call(url(1), '/api/me/data/delete', { token, body });
    const confirmToken = (keys.codeIssued.body as { confirmToken?: string }).confirmToken;
    keys.codeRedeemedElsewhere = await call(url(2), '/api/me/data/delete', {
      token,
      body: { ...body, confirmToken },
    });
    keys.codeReplayed = await call(url(0), '/api/me/data/delete', { token, body: { ...body, confirmToken } });
    const ticket = await call<{ url: string }>(url(1), '/api/events/ticket', { token, body: {} });
    keys.ticketElsewhere = await readyEvent(url(2), ticket.body.url);
  }

  /** Leases a server process holds on the round's deliveries (lease owners carry the pid). */
  async function leasesOf(server: ServerProcess, round: Round): Promise<number> {
    const leased = await store.listDeliveries({ roundId: round.id, state: 'leased' });
    return leased.filter((d) => d.leaseOwner?.includes(`:${server.child.pid}:`)).length;
  }

  /** SIGKILLs instance 0 in the middle of the round's fan-out, notes what was in flight, starts it again. */
  async function killAndRestart(round: Round, sendsBefore: number): Promise<void> {
    const dying = instances[0]!;
    kill.leasedByKilled = await leasesOf(dying, round);
    await dying.kill('SIGKILL');
    kill.at = Date.now();
    kill.pid = dying.child.pid ?? 0;
    // Received by the connector but not recorded as sent: in flight at the kill (an upper bound:
    // the two live instances' own in-flight sends are counted too).
    const received = new Set(standIn.sends.slice(sendsBefore).map((s) => s.conversationId));
    const deliveries = await store.listDeliveries({ roundId: round.id });
    kill.openInRound = deliveries.filter((d) => d.state === 'pending' || d.state === 'leased').length;
    const recordedSent = new Set(
      deliveries.filter((d) => d.state === 'sent').map((d) => d.sentConversationId),
    );
    for (const d of deliveries) {
      const conversation = conversationOf(d);
      if (received.has(conversation) && !recordedSent.has(conversation)) kill.inFlight.add(conversation);
    }
    expect(kill.openInRound).toBeGreaterThan(0); // the kill hit a fan-out in progress
    const restarted = await startProductionInstance(env);
    instances[0] = restarted;
    everyProcess.push(restarted);
  }

  /** Keys that must survive a restart, tried on the restarted instance (now instance 0). */
  async function afterRestart(tokenBeforeRestart: string): Promise<void> {
    keys.tokenAfterRestart = await call(url(0), '/api/me', { token: tokenBeforeRestart });
    const confirmToken = (keys.codeBeforeRestart!.body as { confirmToken?: string }).confirmToken;
    keys.codeAfterRestart = await call(url(0), '/api/me/data/delete', {
      token: tokenBeforeRestart,
      body: { forumId: seeded.forum.id, confirmToken },
    });
    const ticketUrl = (keys.ticketBeforeRestart!.body as { url?: string }).url ?? '/api/events';
    keys.ticketAfterRestart = await readyEvent(url(0), ticketUrl);
  }
});

/** SIGTERM, and SIGKILL if the process has not exited within `ms`. */
async function stopWithin(server: ServerProcess, ms: number): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const timer = setTimeout(() => server.child.kill('SIGKILL'), ms);
  await server.kill('SIGTERM');
  clearTimeout(timer);
}

/** Opens the event stream at `path` and reads its first event. */
async function readyEvent(base: string, path: string): Promise<{ status: number; body: string }> {
  const stream = await openSse(base + path);
  try {
    if (stream.status !== 200) return { status: stream.status, body: await stream.text() };
    return { status: 200, body: (await stream.next(5_000)).event };
  } finally {
    stream.close();
  }
}
