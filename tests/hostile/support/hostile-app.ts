import type { Clock, Member } from '../../../core/model';
import { createEventTickets } from '../../../bot/api/auth/event-tickets';
import type { TokenVerifier } from '../../../bot/api/auth/identity';
import type { ApiRuntime } from '../../../bot/api/http/route';
import { createAuditLog } from '../../../bot/audit/audit-log';
import { createConfirmTokens } from '../../../bot/privacy/confirm-token';
import { createAdmission } from '../../../bot/api/http/admission';
import { RosterCache } from '../../../bot/api/roster-cache';
import { registerAuditRoutes } from '../../../bot/api/routes/audit-routes';
import { registerPrivacyRoutes } from '../../../bot/api/routes/privacy-routes';
import { startTestApp, type TestApp } from '../../support/app-harness';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { createDbSnapshotter, type DbSnapshotter } from './db-snapshot';
import { tallyDatabase } from './tally';
import { unauthenticated } from '../../../bot/api/http/api-error';

export type HostileDb = 'sqlite' | 'postgres';

/**
 * Runs a hostile suite once per database: SQLite, and PostgreSQL (a fresh schema; skipped loudly
 * when the server is not there, a failure with REQUIRE_POSTGRES=1).
 */
export function describeOnBothDatabases(title: string, body: (db: HostileDb) => void): void {
  describe(`${title} [SQLite]`, () => body('sqlite'));
  describeWithPostgres(`${title} [PostgreSQL]`, () => body('postgres'));
}

export interface HostileApp {
  test: TestApp;
  url: string;
  db: HostileDb;
  /** A picture of every table, to prove a rejection changed nothing. */
  snapshots: DbSnapshotter;
  forumId: string;
  members: Member[];
  organizer: Member;
  chef: Member;
  token(member: Member): Promise<string>;
  /** Stops the app, closes the snapshot connection and drops the PostgreSQL schema. */
  stop(): Promise<void>;
  /** Routes this suite added itself because the app did not register them (yet). */
  selfRegistered: string[];
}

/**
 * The real app (dev sign-in, SQLite in a temp dir or a fresh PostgreSQL schema, scheduler off)
 * over the example forum. If the
 * privacy and audit routes are not wired into the app yet, they are added here, on the same
 * server, with a verifier that asks the app's own /api/me who a token belongs to.
 */
export async function startHostileApp(
  db: HostileDb,
  options: { env?: Record<string, string>; clock?: Clock } = {},
): Promise<HostileApp> {
  tallyDatabase(db);
  const schema = db === 'postgres' ? uniqueSchemaName('hostile') : null;
  const env = {
    ...options.env,
    ...(schema ? { DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema } : {}),
  };
  const test = await startTestApp({ env, clock: options.clock });
  const { deps } = test;
  if (deps.config.database.kind !== db) throw new Error(`expected ${db}, got ${deps.config.database.kind}`);
  const [forum] = await deps.store.listForums();
  if (!forum) throw new Error('no example forum');
  const members = await deps.store.listMembers(forum.id);
  const tokens = new Map<string, string>();
  const token = async (member: Member): Promise<string> => {
    const cached = tokens.get(member.aadObjectId);
    if (cached) return cached;
    const res = await fetch(`${test.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ aadObjectId: member.aadObjectId }),
    });
    if (res.status !== 200) throw new Error(`dev token: ${res.status}`);
    const issued = ((await res.json()) as { token: string }).token;
    tokens.set(member.aadObjectId, issued);
    return issued;
  };

  const selfRegistered: string[] = [];
  const organizer = members.find((m) => m.role === 'organizer')!;
  const probe = async (path: string) =>
    (await fetch(`${test.url}${path}`, { headers: { authorization: `Bearer ${await token(organizer)}` } }))
      .status;
  const missingPrivacy =
    (await probe('/api/me/data')) === 404 && (await probe(`/api/forums/${forum.id}/retention`)) === 404;
  const missingAudit = (await probe(`/api/forums/${forum.id}/audit`)) === 404;
  if (missingPrivacy || missingAudit) {
    const verifier: TokenVerifier = {
      async verify(bearer) {
        const res = await fetch(`${test.url}/api/me`, { headers: { authorization: `Bearer ${bearer}` } });
        if (res.status !== 200) throw unauthenticated('rejected by the app');
        const me = (await res.json()) as { aadObjectId: string; name: string };
        return { aadObjectId: me.aadObjectId, name: me.name, tenantId: 'dev', via: 'dev' };
      },
    };
    const rt: ApiRuntime = {
      deps: { ...deps, voices: test.app.voices, rounds: test.app.services.rounds },
      verifier,
      dev: null,
      tickets: createEventTickets(deps.keys),
      rosters: new RosterCache(deps.store),
      audit: createAuditLog(deps.store, { clock: deps.clock, ids: deps.ids }),
      confirmTokens: createConfirmTokens(deps.keys, deps.clock),
      heavy: createAdmission(deps.config.heavyRequests),
    };
    if (missingPrivacy) {
      registerPrivacyRoutes(test.app.server, rt);
      selfRegistered.push('privacy');
    }
    if (missingAudit) {
      registerAuditRoutes(test.app.server, rt);
      selfRegistered.push('audit');
    }
  }
  const snapshots = await createDbSnapshotter(deps.config.database);
  return {
    test,
    url: test.url,
    db,
    snapshots,
    async stop() {
      await snapshots.close();
      await test.stop();
      if (schema) await dropSchema(schema);
    },
    forumId: forum.id,
    members,
    organizer,
    chef: members.find((m) => m.role === 'chef')!,
    token,
    selfRegistered,
  };
}
