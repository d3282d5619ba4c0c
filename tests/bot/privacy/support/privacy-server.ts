import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createKyselyVoiceStore } from '../../../../bot/store';
import { createDevAuthority } from '../../../../bot/api/auth/dev-authority';
import { createEventTickets } from '../../../../bot/api/auth/event-tickets';
import type { ApiRuntime } from '../../../../bot/api/http/route';
import { createAuditLog } from '../../../../bot/audit/audit-log';
import { createConfirmTokens } from '../../../../bot/privacy/confirm-token';
import { createAdmission } from '../../../../bot/api/http/admission';
import { RosterCache } from '../../../../bot/api/roster-cache';
import { registerAuditRoutes } from '../../../../bot/api/routes/audit-routes';
import { registerPrivacyRoutes } from '../../../../bot/api/routes/privacy-routes';
import type { AppDeps } from '../../../../bot/app-deps';
import { loadConfig } from '../../../../bot/config';
import { createHttpServer } from '../../../../bot/http/create-server';
import { RoundsService } from '../../../../bot/scheduler';
import { seedExampleForum } from '../../../../bot/seed/seed-example';
import { createSqliteStore, InProcessChangeFeed } from '../../../../bot/store';
import type { Clock, Member } from '../../../../core/model';
import { createKeyring } from '../../../../bot/keys/keyring';

export interface PrivacyServer {
  url: string;
  deps: AppDeps;
  forumId: string;
  members: Member[];
  token(member: Member): Promise<string>;
  stop(): Promise<void>;
}

/** The privacy and audit routes alone on a real server, over the seeded example forum (dev sign-in). */
export async function startPrivacyServer(
  options: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<PrivacyServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-privacy-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: path.join(dir, 'p.sqlite'),
    ...options.env,
  });
  const store = createSqliteStore({ path: path.join(dir, 'p.sqlite') });
  await store.migrate();
  const clock = options.clock ?? { now: () => new Date('2019-10-01T10:00:00.000Z') };
  let n = 0;
  const ids = () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
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
  const dev = createDevAuthority(deps.keys);
  const rt: ApiRuntime = {
    deps: { ...deps, voices: store.adapter(createKyselyVoiceStore), rounds: new RoundsService(deps) },
    verifier: dev,
    dev,
    tickets: createEventTickets(deps.keys),
    rosters: new RosterCache(store),
    audit: createAuditLog(store, { clock: deps.clock, ids: deps.ids }),
    confirmTokens: createConfirmTokens(deps.keys, deps.clock),
    heavy: createAdmission(deps.config.heavyRequests),
  };
  const server = createHttpServer(config, deps.log);
  registerPrivacyRoutes(server, rt);
  registerAuditRoutes(server, rt);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    deps,
    forumId: seeded.forumId!,
    members: await store.listMembers(seeded.forumId!),
    token: async (member) => (await dev.issue({ aadObjectId: member.aadObjectId, name: member.name })).token,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.changes.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
