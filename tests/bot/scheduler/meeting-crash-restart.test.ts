import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../../bot/store';
import type { MeetingStore } from '../../../bot/store/meetings';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { seedFanoutForum } from './fanout-fixture';
import { startServerProcess, waitFor, type ServerProcess } from './server-process';

/**
 * The meetings' messages go through the one sender (runBatch), so a crash in the middle of their
 * fan-out behaves as a prompt's does: the server is SIGKILLed while sending booking nudges to every
 * chef and started again on the same SQLite file; every chef gets the nudge, and the only repeats
 * are the sends that were in flight when the process died (sent to Teams, not yet recorded).
 */
describe('crash in the middle of the booking nudges', () => {
  const RECIPIENTS = 300;
  let dir: string;
  let standIn: ConnectorStandIn;
  let store: ReturnType<typeof createSqliteStore>;
  let meetings: MeetingStore;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samskab-meeting-crash-'));
    standIn = await startConnectorStandIn({ globalPerSecond: 100 });
    store = createSqliteStore({ path: path.join(dir, 'samskab.sqlite') });
    await store.migrate();
    meetings = store.meetingStore();
  });
  afterAll(async () => {
    for (const s of servers)
      if (s.child.exitCode === null && s.child.signalCode === null) await s.kill('SIGKILL');
    await store?.close();
    await standIn?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every chef gets the nudge once; repeats are at most the sends in flight at the kill', async () => {
    const seeded = await seedFanoutForum(store, {
      serviceUrl: standIn.url,
      chefs: RECIPIENTS,
      now: new Date().toISOString(),
    });
    // A nudge every working day, so one is due within the catch-up window whatever today is.
    await store.saveForum({
      ...seeded.forum,
      settings: { ...seeded.forum.settings, meetings: { bookingRepeatWorkingDays: 1 } },
    });
    const forumId = seeded.forum.id;
    const sent = async () => (await meetings.listMessages({ forumId })).filter((m) => m.state === 'sent');
    const env = {
      SQLITE_PATH: path.join(dir, 'samskab.sqlite'),
      SEND_RATE_PER_SECOND: '100',
      SCHEDULER_TICK_MS: '50',
      // Generous on a loaded test machine: a send that times out is failed, not repeated (uncertainSend).
      SCHEDULER_LEASE_MS: '20000',
      SEND_REQUEST_TIMEOUT_MS: '10000',
      // Long enough to span a weekend and the holidays around it.
      SCHEDULER_CATCH_UP_HOURS: '720',
    };

    const first = await startServerProcess(env);
    servers.push(first);
    await waitFor(() => standIn.sends.length >= RECIPIENTS / 3, 60_000, 'a third of the nudges');
    await first.kill('SIGKILL');
    const receivedAtKill = standIn.sends.length;
    const queued = (await meetings.listMessages({ forumId })).length;
    const recordedAtKill = (await sent()).length;
    const received = new Set(standIn.sends.map((s) => s.conversationId));
    const inFlightAtKill = received.size - recordedAtKill;

    const second = await startServerProcess(env);
    servers.push(second);
    await waitFor(async () => (await sent()).length === RECIPIENTS, 90_000, 'every nudge sent', 100);
    await second.kill('SIGTERM');

    const conversations = standIn.sends.map((s) => s.conversationId);
    const distinct = new Set(conversations);
    const duplicates = conversations.length - distinct.size;
    console.log(
      `meeting crash-restart: ${JSON.stringify({ queued, receivedAtKill, recordedAtKill, inFlightAtKill, duplicates, totalSends: conversations.length })}`,
    );
    expect(queued).toBe(RECIPIENTS);
    expect((await meetings.listMessages({ forumId })).every((m) => m.kind === 'booking')).toBe(true);
    expect(distinct.size).toBe(RECIPIENTS);
    for (const m of seeded.members) expect(distinct.has(`a:personal-${m.aadObjectId}`)).toBe(true);
    expect(duplicates).toBeLessThanOrEqual(inFlightAtKill);
    expect(receivedAtKill).toBeLessThan(RECIPIENTS);
    expect(standIn.stats.throttled).toBe(0);
  }, 240_000);
});
