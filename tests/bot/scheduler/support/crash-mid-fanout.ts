import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../../../bot/store';
import type { Member } from '../../../../core/model';
import { startConnectorStandIn, type ConnectorStandIn } from '../../../support/connector-stand-in';
import { startServerProcess, waitFor, type ServerProcess } from '../server-process';

/** A SQLite file, the test's store on it, and a Bot Connector stand-in for the server processes. */
export interface CrashRig {
  standIn: ConnectorStandIn;
  store: ReturnType<typeof createSqliteStore>;
  /**
   * The real server sends the fan-out already in the store; it is SIGKILLed once a third has
   * arrived and started again on the same file, until every message is recorded as sent.
   * `atKill` reads the store between the kill and the restart.
   */
  killMidwayAndRestart(plan: CrashPlan, atKill?: () => Promise<void>): Promise<CrashRun>;
  /** Kills the server processes still running and removes the file. */
  close(): Promise<void>;
}

/** What a fan-out killed midway and started again came to, as the stand-in received it. */
export interface CrashRun {
  counts: CrashCounts;
  /** The conversations that received the message. */
  distinct: Set<string>;
}

export interface CrashCounts {
  receivedAtKill: number;
  recordedAtKill: number;
  /** Sent to Teams but not recorded: the sends that were in flight when the process died. */
  inFlightAtKill: number;
  duplicates: number;
  totalSends: number;
}

export interface CrashPlan {
  recipients: number;
  /** Server settings on top of the rig's SQLite file, send rate and tick. */
  env: Record<string, string>;
  /** How many of the fan-out's messages the store records as sent. */
  recordedSent: () => Promise<number>;
  /** The messages, for the timeout errors ("a third of the <what>"). */
  what: string;
  timeoutsMs: { firstThird: number; allSent: number };
}

export async function openCrashRig(): Promise<CrashRig> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-crash-'));
  const sqlitePath = path.join(dir, 'samskab.sqlite');
  const servers: ServerProcess[] = [];
  const standIn = await startConnectorStandIn({ globalPerSecond: 100 });
  const store = createSqliteStore({ path: sqlitePath });
  await store.migrate();
  const start = async (env: Record<string, string>) => {
    const server = await startServerProcess({
      SQLITE_PATH: sqlitePath,
      SEND_RATE_PER_SECOND: '100',
      SCHEDULER_TICK_MS: '50',
      ...env,
    });
    servers.push(server);
    return server;
  };
  return {
    standIn,
    store,
    async killMidwayAndRestart(plan, atKill) {
      const first = await start(plan.env);
      const third = () => standIn.sends.length >= plan.recipients / 3;
      await waitFor(third, plan.timeoutsMs.firstThird, `a third of the ${plan.what}`);
      await first.kill('SIGKILL');
      const receivedAtKill = standIn.sends.length;
      const recordedAtKill = await plan.recordedSent();
      await atKill?.();
      const inFlightAtKill = new Set(standIn.sends.map((s) => s.conversationId)).size - recordedAtKill;

      const second = await start(plan.env);
      const allSent = async () => (await plan.recordedSent()) === plan.recipients;
      await waitFor(allSent, plan.timeoutsMs.allSent, `every one of the ${plan.what} sent`, 100);
      await second.kill('SIGTERM');

      const conversations = standIn.sends.map((s) => s.conversationId);
      const distinct = new Set(conversations);
      return {
        counts: {
          receivedAtKill,
          recordedAtKill,
          inFlightAtKill,
          duplicates: conversations.length - distinct.size,
          totalSends: conversations.length,
        },
        distinct,
      };
    },
    async close() {
      for (const s of servers)
        if (s.child.exitCode === null && s.child.signalCode === null) await s.kill('SIGKILL');
      await store.close();
      await standIn.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Every member got the message; the only repeats are the sends in flight at the kill, which came
 * before the fan-out was done; nothing was throttled.
 */
export function expectEveryoneOnceButInFlight(
  rig: CrashRig,
  run: CrashRun,
  members: readonly Member[],
): void {
  expect(run.distinct.size).toBe(members.length);
  for (const m of members) expect(run.distinct.has(`a:personal-${m.aadObjectId}`)).toBe(true);
  expect(run.counts.duplicates).toBeLessThanOrEqual(run.counts.inFlightAtKill);
  expect(run.counts.receivedAtKill).toBeLessThan(members.length);
  expect(rig.standIn.stats.throttled).toBe(0);
}
