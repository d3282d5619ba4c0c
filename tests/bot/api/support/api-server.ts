import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { JWTVerifyGetKey } from 'jose';
import { registerApiRoutes, type ApiHandle } from '../../../../bot/api';
import type { AppDeps } from '../../../../bot/app-deps';
import { createHttpServer } from '../../../../bot/http/create-server';
import { seededTestDeps } from '../../../support/seeded-deps';
import { RoundsService } from '../../../../bot/scheduler';
import { createKyselyVoiceStore } from '../../../../bot/store';
import type { VoiceStore } from '../../../../bot/store/voices/voice-store';
import type { Clock } from '../../../../core/model';

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
  const clock = options.clock ?? { now: () => new Date() };
  const seeded = await seededTestDeps({ name: 'api', env: options.env, clock, ids: randomUUID });
  const { deps, store } = seeded;
  const server = createHttpServer(deps.config, deps.log);
  const plainVoices = store.adapter(createKyselyVoiceStore);
  const voices = options.wrapVoices ? options.wrapVoices(plainVoices) : plainVoices;
  const api = registerApiRoutes(server, {
    ...deps,
    voices,
    rounds: new RoundsService(deps),
    jwks: options.jwks,
    tabDistDir: options.tabDistDir ?? path.join(seeded.dir, 'no-tab'),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    deps,
    forumId: seeded.forumId,
    api,
    voices,
    async stop() {
      const streamsClosed = api.live.closeAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await streamsClosed;
      await seeded.close();
    },
  };
}
