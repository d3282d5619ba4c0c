import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JWTVerifyGetKey } from 'jose';
import pino from 'pino';
import { registerApiRoutes, type ApiHandle } from '../../../../bot/api';
import type { AppDeps } from '../../../../bot/app-deps';
import { loadConfig } from '../../../../bot/config';
import { createHttpServer } from '../../../../bot/http/create-server';
import { RoundsService } from '../../../../bot/scheduler';
import { seedExampleForum } from '../../../../bot/seed/seed-example';
import { createKyselyVoiceStore, createSqliteStore, InProcessChangeFeed } from '../../../../bot/store';
import type { VoiceStore } from '../../../../bot/store/voices/voice-store';
import type { Clock } from '../../../../core/model';
import { createKeyring } from '../../../../bot/keys/keyring';

export interface ApiServer {
  url: string;
  deps: AppDeps;
  forumId: string;
  api: ApiHandle;
  /** The voices port the routes use. */
  voices: VoiceStore;
  stop(): Promise<void>;
}

/**
 * The API on a real listening server (port 0), composed like bot/app.ts but with injectable
 * JWKS and tab folder, which the lead's createApp does not expose.
 */
export async function startApiServer(
  options: {
    env?: Record<string, string>;
    jwks?: JWTVerifyGetKey;
    tabDistDir?: string;
    clock?: Clock;
    /** Wraps the voices port the routes use (a test that watches its reads). */
    wrapVoices?: (voices: VoiceStore) => VoiceStore;
  } = {},
): Promise<ApiServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-api-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: path.join(dir, 'api.sqlite'),
    ...options.env,
  });
  const store = createSqliteStore({
    path: config.database.kind === 'sqlite' ? config.database.path : ':memory:',
  });
  await store.migrate();
  const clock = options.clock ?? { now: () => new Date() };
  const seeded = await seedExampleForum(store, clock, randomUUID);
  const deps: AppDeps = {
    config,
    store,
    meetings: store.meetingStore(),
    changes: new InProcessChangeFeed(),
    keys: createKeyring(store, { clock }),
    clock,
    ids: randomUUID,
    log: pino({ level: 'silent' }),
  };
  const server = createHttpServer(config, deps.log);
  const plainVoices = store.adapter(createKyselyVoiceStore);
  const voices = options.wrapVoices ? options.wrapVoices(plainVoices) : plainVoices;
  const api = registerApiRoutes(server, {
    ...deps,
    voices,
    rounds: new RoundsService(deps),
    jwks: options.jwks,
    tabDistDir: options.tabDistDir ?? path.join(dir, 'no-tab'),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    deps,
    forumId: seeded.forumId!,
    api,
    voices,
    async stop() {
      const streamsClosed = api.live.closeAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await streamsClosed;
      await deps.changes.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
