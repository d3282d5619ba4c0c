import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import type { AppDeps } from './app-deps';
import type { Config } from './config';
import { registerApiRoutes, type ApiHandle } from './api';
import { prepareLivingDemo } from './demo';
import { registerHealthRoutes } from './http/health-routes';
import { createHttpServer } from './http/create-server';
import { demoClock, localMorning, systemClock } from './runtime/clock';
import { createLogger } from './runtime/logger';
import { createRetentionJob } from './privacy';
import { createKeyring, KEY_PURPOSES } from './keys/keyring';
import { createScheduler, RoundsService } from './scheduler';
import { bootstrapOrganizers } from './seed/bootstrap-organizers';
import { seedExampleForum } from './seed/seed-example';
import { openStore } from './store';
import { entraPassword } from './store/postgres/entra-password';
import { isKyselyStore } from './store/kysely-store';
import type { Store } from './store/store';
import { createKyselyVoiceStore } from './store/voices/kysely-voice-store';
import type { VoiceStore } from './store/voices/voice-store';
import { createTeamsBot } from './teams';
import { registerPublicVoiceRoutes, voiceRateLimits } from './voices/public-routes';

export interface App {
  deps: AppDeps;
  /** Voices from outside the forum (their own port over the store's database). */
  voices: VoiceStore;
  server: Server;
  /** The tab's API: its live streams and the admission of its heavy routes. */
  api: ApiHandle;
  services: {
    rounds: RoundsService;
    teams: ReturnType<typeof createTeamsBot>;
    scheduler: ReturnType<typeof createScheduler>;
  };
  /** Starts listening and the scheduler; resolves with the base URL. */
  start(): Promise<string>;
  /** Graceful stop: no new requests or claims, in-flight sends finish, the store closes. */
  stop(): Promise<void>;
}

export async function createApp(config: Config, overrides: Partial<AppDeps> = {}): Promise<App> {
  const log = overrides.log ?? createLogger(config.logLevel);
  const opened =
    overrides.store && overrides.changes
      ? { store: overrides.store, changes: overrides.changes, meetings: requiredMeetings(overrides) }
      : await openStore({
          databaseUrl: config.database.kind === 'postgres' ? config.database.url : undefined,
          pgSchema: config.database.kind === 'postgres' ? config.database.schema : undefined,
          pgPassword:
            config.database.kind === 'postgres' && config.database.entra
              ? entraPassword({ identity: config.database.entra })
              : undefined,
          sqlitePath: config.database.kind === 'sqlite' ? config.database.path : '',
        });
  await opened.store.migrate();
  const voices = 'voices' in opened ? opened.voices : voicesOver(opened.store);
  const ids = overrides.ids ?? randomUUID;
  let clock = overrides.clock ?? systemClock;
  if (config.seedExample) {
    const seeded = await seedExampleForum(opened.store, clock, ids);
    if (seeded.seeded) log.info({ forumId: seeded.forumId }, 'seeded the example forum');
  }
  const bootstrap = await bootstrapOrganizers(
    opened.store,
    clock,
    ids,
    config.bootstrapOrganizers,
    config.defaultTimeZone,
  );
  if (bootstrap.createdForumId || bootstrap.addedOrganizers) log.info(bootstrap, 'bootstrapped organizers');
  if (config.demoSpeed && !overrides.clock) clock = await startDemoClock(opened.store, config.demoSpeed);
  // Keys rotate on real time (or a test's clock), never on the demo clock.
  const keys = overrides.keys ?? createKeyring(opened.store, { clock: overrides.clock ?? systemClock });
  // Created on first start (the first instance wins), so requests find them ready.
  const purposes = KEY_PURPOSES.filter((purpose) => purpose !== 'dev-token' || config.auth.mode === 'dev');
  await Promise.all(purposes.map((purpose) => keys.signingKey(purpose)));
  const deps: AppDeps = { config, log, clock, ids, keys, ...opened };
  const demo = config.demo ? await prepareLivingDemo(deps, config.demo.livePeople) : null;

  const server = createHttpServer(config, log);
  registerHealthRoutes(server, deps);
  const rounds = new RoundsService(deps);
  const teams = createTeamsBot(deps, { rounds });
  teams.registerRoutes(server);
  const scheduler = createScheduler(deps, {
    adapter: teams.adapter,
    botAppId: teams.botAppId,
    voices,
    decorateSender: demo?.decorateSender,
  });
  const retention = createRetentionJob({
    store: deps.store,
    voices,
    meetings: deps.meetings,
    clock: deps.clock,
    log,
    changes: deps.changes,
  });
  const api = registerApiRoutes(server, { ...deps, voices, rounds, tabDistDir: locateTabDist() });
  registerPublicVoiceRoutes(server, {
    ...deps,
    voices,
    limits: voiceRateLimits(config.voiceLimits.perLink, config.voiceLimits.perSource),
  });

  let stopping: Promise<void> | undefined;
  return {
    deps,
    voices,
    server,
    api,
    services: { rounds, teams, scheduler },
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve());
      });
      if (config.scheduler.enabled) scheduler.start();
      if (config.retentionEnabled) retention.start();
      demo?.responder.start();
      const address = server.address();
      const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
      log.info(
        {
          url,
          database: deps.store.dialect,
          auth: config.auth.mode,
          bot: config.bot ? 'authenticated' : 'dev',
        },
        'listening',
      );
      if (!config.bot) log.warn('no BOT_ID: local dev mode, bot activities are NOT authenticated');
      if (config.demoSpeed)
        log.info({ speed: config.demoSpeed, now: clock.now().toISOString() }, 'demo clock running');
      return url;
    },
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        const streamsClosed = api.live.closeAll();
        await closed;
        await streamsClosed;
        await scheduler.stop();
        await demo?.responder.stop();
        await retention.stop();
        await deps.changes.close();
        await deps.store.close();
      })();
      return stopping;
    },
  };
}

/** The voices port over a store given by a test: it shares the store's database. */
function voicesOver(store: Store): VoiceStore {
  if (isKyselyStore(store)) return store.adapter(createKyselyVoiceStore);
  throw new Error('createApp: a store override must be a KyselyStore (the voices port shares its database)');
}

/** A store given from outside comes with its meeting store (the same database). */
function requiredMeetings(overrides: Partial<AppDeps>): AppDeps['meetings'] {
  if (!overrides.meetings) throw new Error('createApp: overrides.meetings is required with overrides.store');
  return overrides.meetings;
}

async function startDemoClock(store: AppDeps['store'], speed: number) {
  const [forum] = await store.listForums();
  const start = forum ? localMorning(forum.kickoffDate, forum.timeZone) : new Date();
  return demoClock(start, speed);
}

/** tab/dist beside the sources (tsx) or two levels up from the compiled dist/bot/. */
function locateTabDist(): string {
  const candidates = [
    path.resolve(__dirname, '..', 'tab', 'dist'),
    path.resolve(__dirname, '..', '..', 'tab', 'dist'),
  ];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}
