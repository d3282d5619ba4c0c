import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AppDeps } from '../../bot/app-deps';
import { loadConfig } from '../../bot/config';
import { createScheduler } from '../../bot/scheduler';
import { InProcessChangeFeed } from '../../bot/store';
import type { KyselyStore } from '../../bot/store';
import { promptDueNow } from '../../tests/bot/scheduler/fanout-fixture';
import { createKeyring } from '../../bot/keys/keyring';

/** Our path: the real scheduler worker (claims, limiter, botbuilder) on the system clock. */
export async function runSamskab(
  store: KyselyStore,
  forumId: string,
  questionId: string,
  ratePerSecond: number,
  expected: number,
): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEND_RATE_PER_SECOND: String(ratePerSecond),
    SCHEDULER_TICK_MS: '20',
    SCHEDULER_BATCH_SIZE: '100',
  });
  const deps: AppDeps = {
    config,
    store,
    meetings: store.meetingStore(),
    changes: new InProcessChangeFeed(),
    keys: createKeyring(store),
    clock: { now: () => new Date() },
    ids: randomUUID,
    log: pino({ level: 'silent' }),
  };
  const scheduler = createScheduler(deps, {
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    botAppId: '',
  });
  const round = promptDueNow(forumId, questionId, 'Europe/Copenhagen');
  await store.saveRound(round);
  scheduler.start();
  for (;;) {
    const open = (await store.listDeliveries({ roundId: round.id })).filter(
      (d) => d.state === 'pending' || d.state === 'leased',
    );
    const all = await store.listDeliveries({ roundId: round.id });
    if (all.length >= expected && open.length === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await scheduler.stop();
}
