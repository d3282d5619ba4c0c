import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { promptDueNow, seedFanoutForum } from './fanout-fixture';
import { startServerProcess, waitFor, type ServerProcess } from './server-process';

/** The server is SIGKILLed in the middle of a large fan-out and started again on the same SQLite file. */
describe('crash in the middle of a fan-out', () => {
  const RECIPIENTS = 400;
  let dir: string;
  let standIn: ConnectorStandIn;
  let store: Store;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samskab-crash-'));
    standIn = await startConnectorStandIn({ globalPerSecond: 100 });
    store = createSqliteStore({ path: path.join(dir, 'samskab.sqlite') });
    await store.migrate();
  });
  afterAll(async () => {
    for (const s of servers)
      if (s.child.exitCode === null && s.child.signalCode === null) await s.kill('SIGKILL');
    await store?.close();
    await standIn?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every recipient gets the prompt; duplicates are at most the sends in flight at the kill', async () => {
    const forum = await seedFanoutForum(store, {
      serviceUrl: standIn.url,
      chefs: RECIPIENTS,
      now: new Date().toISOString(),
    });
    const round = promptDueNow(forum.forum.id, forum.questions[0]!.id, forum.forum.timeZone);
    await store.saveRound(round);
    const env = {
      SQLITE_PATH: path.join(dir, 'samskab.sqlite'),
      SEND_RATE_PER_SECOND: '100',
      SCHEDULER_TICK_MS: '50',
      SCHEDULER_LEASE_MS: '3000',
      SEND_REQUEST_TIMEOUT_MS: '2000',
    };

    const first = await startServerProcess(env);
    servers.push(first);
    await waitFor(() => standIn.sends.length >= RECIPIENTS / 3, 30_000, 'a third of the fan-out');
    await first.kill('SIGKILL');
    const receivedAtKill = standIn.sends.length;
    const recordedAtKill = (await store.listDeliveries({ roundId: round.id, state: 'sent' })).length;
    const leasedAtKill = (await store.listDeliveries({ roundId: round.id, state: 'leased' })).length;
    const received = new Set(standIn.sends.map((s) => s.conversationId));
    // Sent to Teams but not recorded: the sends that were in flight when the process died.
    const inFlightAtKill = received.size - recordedAtKill;

    const second = await startServerProcess(env);
    servers.push(second);
    await waitFor(
      async () => (await store.listDeliveries({ roundId: round.id, state: 'sent' })).length === RECIPIENTS,
      60_000,
      'every delivery sent',
      100,
    );
    await second.kill('SIGTERM');

    const conversations = standIn.sends.map((s) => s.conversationId);
    const distinct = new Set(conversations);
    const duplicates = conversations.length - distinct.size;
    const summary = {
      recipients: RECIPIENTS,
      receivedAtKill,
      recordedAtKill,
      leasedAtKill,
      inFlightAtKill,
      duplicates,
      totalSends: conversations.length,
    };
    console.log(`crash-restart: ${JSON.stringify(summary)}`);
    expect(distinct.size).toBe(RECIPIENTS);
    for (const m of forum.members) expect(distinct.has(`a:personal-${m.aadObjectId}`)).toBe(true);
    expect(duplicates).toBeLessThanOrEqual(inFlightAtKill);
    expect(receivedAtKill).toBeLessThan(RECIPIENTS);
    expect(standIn.stats.throttled).toBe(0);
  }, 120_000);
});
