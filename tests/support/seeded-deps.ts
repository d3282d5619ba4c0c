import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { AppDeps } from '../../bot/app-deps';
import { loadConfig } from '../../bot/config';
import { createKeyring } from '../../bot/keys/keyring';
import { seedExampleForum } from '../../bot/seed/seed-example';
import { createSqliteStore, InProcessChangeFeed } from '../../bot/store';
import type { Clock, IdGenerator } from '../../core/model';

export interface SeededDeps {
  deps: AppDeps;
  store: ReturnType<typeof createSqliteStore>;
  forumId: string;
  /** The temporary folder of the SQLite file (removed by close). */
  dir: string;
  /** Closes the change feed and the store, and removes the SQLite file. */
  close(): Promise<void>;
}

/**
 * What a test server is composed from, as bot/app.ts composes it: a SQLite file in a temporary
 * folder holding the example forum, the test configuration (port 0, silent logs) and silent logs.
 */
export async function seededTestDeps(options: {
  name: string;
  env?: Record<string, string>;
  clock: Clock;
  ids: IdGenerator;
}): Promise<SeededDeps> {
  const dir = mkdtempSync(path.join(tmpdir(), `samskab-${options.name}-`));
  const sqlitePath = path.join(dir, `${options.name}.sqlite`);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: sqlitePath,
    ...options.env,
  });
  const store = createSqliteStore({ path: sqlitePath });
  await store.migrate();
  const { clock, ids } = options;
  const seeded = await seedExampleForum(store, clock, ids);
  const deps: AppDeps = {
    config,
    store,
    meetings: store.meetingStore(),
    changes: new InProcessChangeFeed(),
    keys: createKeyring(store, { clock }),
    clock,
    ids,
    log: pino({ level: 'silent' }),
  };
  return {
    deps,
    store,
    forumId: seeded.forumId!,
    dir,
    async close() {
      await deps.changes.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
