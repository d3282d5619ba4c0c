import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../bot/app';
import type { AppDeps } from '../../bot/app-deps';
import { loadConfig } from '../../bot/config';
import type { AnonymitySettings, Clock, IdGenerator } from '../../core/model';

export interface TestApp {
  url: string;
  app: App;
  deps: AppDeps;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment on top of the defaults (SQLite in a temp dir, port 0, silent logs, scheduler off). */
  env?: Record<string, string>;
  clock?: Clock;
  ids?: IdGenerator;
  overrides?: Partial<AppDeps>;
  /**
   * The seeded forums' anonymity settings. Default: every answer shows at once (minAnswers 1),
   * so tests of other things see the answers they write; 'seeded' keeps the example's own (3).
   */
  anonymity?: AnonymitySettings | 'seeded';
}

/** Starts the real server in-process on a free port; the scheduler is off unless env turns it on. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: path.join(dir, 'samskab.sqlite'),
    SCHEDULER_ENABLED: 'false',
    SEED_EXAMPLE: 'true',
    ...options.env,
  });
  const app = await createApp(config, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
    ...options.overrides,
  });
  const url = await app.start();
  if (options.anonymity !== 'seeded') {
    const anonymity = options.anonymity ?? { minAnswers: 1, hideNamesInSharedViews: false };
    for (const forum of await app.deps.store.listForums())
      await app.deps.store.saveForum({ ...forum, settings: { ...forum.settings, anonymity } });
  }
  return {
    url,
    app,
    deps: app.deps,
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A clock tests move by hand. */
export function manualClock(
  start: string | Date,
): Clock & { set(at: string | Date): void; advance(ms: number): void } {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (at) => {
      now = new Date(at);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
