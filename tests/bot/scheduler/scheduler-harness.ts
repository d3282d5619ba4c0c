import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AppDeps } from '../../../bot/app-deps';
import { loadConfig } from '../../../bot/config';
import { createScheduler, RoundsService, type Scheduler, type TickReport } from '../../../bot/scheduler';
import { createSqliteStore, InProcessChangeFeed, type KyselyStore, SQLITE_MEMORY } from '../../../bot/store';
import { isKyselyStore } from '../../../bot/store/kysely-store';
import type { Store } from '../../../bot/store/store';
import { handClock } from './fanout-fixture';
import { createKeyring } from '../../../bot/keys/keyring';

export interface SchedulerRig {
  deps: AppDeps;
  store: Store;
  clock: ReturnType<typeof handClock>;
  scheduler: Scheduler;
  rounds: RoundsService;
  /** Ticks (moving the clock `stepMs` when idle) until no delivery is pending or leased. */
  drain(stepMs?: number, maxTicks?: number): Promise<TickReport[]>;
  close(): Promise<void>;
}

/** What a scheduler needs around a store in tests: a test config (plus `env`), the clock, silent logs. */
export function schedulerDeps(
  store: KyselyStore,
  clock: ReturnType<typeof handClock>,
  env: Record<string, string> = {},
): AppDeps {
  return {
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }),
    store,
    meetings: store.meetingStore(),
    changes: new InProcessChangeFeed(),
    keys: createKeyring(store, { clock }),
    clock,
    ids: randomUUID,
    log: pino({ level: 'silent' }),
  };
}

/** The real scheduler, store (SQLite in memory) and botbuilder adapter, without the HTTP server. */
export async function schedulerRig(options: {
  start: string;
  env?: Record<string, string>;
  store?: Store;
}): Promise<SchedulerRig> {
  const store = options.store ?? createSqliteStore({ path: SQLITE_MEMORY });
  if (!isKyselyStore(store))
    throw new Error('schedulerRig: a KyselyStore (its meeting store shares the database)');
  await store.migrate();
  const clock = handClock(options.start);
  const deps = schedulerDeps(store, clock, {
    SEND_RATE_PER_SECOND: '200',
    SCHEDULER_BATCH_SIZE: '50',
    ...options.env,
  });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const scheduler = createScheduler(deps, { adapter, botAppId: '' });
  const rounds = new RoundsService(deps);
  return {
    deps,
    store,
    clock,
    scheduler,
    rounds,
    async drain(stepMs = 60_000, maxTicks = 500) {
      const reports: TickReport[] = [];
      for (let i = 0; i < maxTicks; i++) {
        const report = await scheduler.tick();
        reports.push(report);
        if (report.claimed > 0 || report.materialized > 0) continue;
        const open = [
          ...(await store.listDeliveries({ state: 'pending' })),
          ...(await store.listDeliveries({ state: 'leased' })),
        ];
        if (open.length === 0 && (await store.listDueRounds(clock.now().toISOString())).length === 0)
          return reports;
        clock.advance(stepMs);
      }
      throw new Error(`not drained after ${maxTicks} ticks`);
    },
    async close() {
      await scheduler.stop();
      await store.close();
    },
  };
}
