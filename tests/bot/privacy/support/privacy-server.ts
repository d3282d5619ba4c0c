import { createKyselyVoiceStore } from '../../../../bot/store';
import { createDevAuthority } from '../../../../bot/api/auth/dev-authority';
import { createEventTickets } from '../../../../bot/api/auth/event-tickets';
import type { ApiRuntime } from '../../../../bot/api/http/route';
import { createAuditLog } from '../../../../bot/audit/audit-log';
import { createConfirmTokens } from '../../../../bot/privacy/confirm-token';
import { createRetentionJob, type RetentionJob } from '../../../../bot/privacy/retention-job';
import { createAdmission } from '../../../../bot/api/http/admission';
import { RosterCache } from '../../../../bot/api/roster-cache';
import { registerAuditRoutes } from '../../../../bot/api/routes/audit-routes';
import { registerPrivacyRoutes } from '../../../../bot/api/routes/privacy-routes';
import type { AppDeps } from '../../../../bot/app-deps';
import { createHttpServer } from '../../../../bot/http/create-server';
import { seededTestDeps } from '../../../support/seeded-deps';
import { RoundsService } from '../../../../bot/scheduler';
import type { Clock, Member } from '../../../../core/model';

const DAY_MS = 86_400_000;

export interface PrivacyServer {
  url: string;
  deps: AppDeps;
  forumId: string;
  members: Member[];
  /** Two chefs of different departments. */
  chefs: { chef: Member; otherChef: Member };
  token(member: Member): Promise<string>;
  /** The retention job on a clock a day after the forum's personal data is due to be purged. */
  retentionJobPastPurge(): Promise<{ job: RetentionJob; at: Date }>;
  stop(): Promise<void>;
}

/** The privacy and audit routes alone on a real server, over the seeded example forum (dev sign-in). */
export async function startPrivacyServer(
  options: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<PrivacyServer> {
  const clock = options.clock ?? { now: () => new Date('2019-10-01T10:00:00.000Z') };
  let n = 0;
  const ids = () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const seeded = await seededTestDeps({ name: 'privacy', env: options.env, clock, ids });
  const { deps, store, forumId } = seeded;
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
  const server = createHttpServer(deps.config, deps.log);
  registerPrivacyRoutes(server, rt);
  registerAuditRoutes(server, rt);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const members = await store.listMembers(forumId);
  const chefs = members.filter((m) => m.role === 'chef');
  const chef = chefs[0]!;
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    deps,
    forumId,
    members,
    chefs: { chef, otherChef: chefs.find((m) => m.departmentIds[0] !== chef.departmentIds[0])! },
    token: async (member) => (await dev.issue({ aadObjectId: member.aadObjectId, name: member.name })).token,
    async retentionJobPastPurge() {
      const forum = (await store.getForum(forumId))!;
      const purgeDay =
        Date.parse(`${forum.finalMeetingDate}T12:00:00Z`) + forum.settings.retentionDays * DAY_MS;
      const at = new Date(purgeDay + DAY_MS);
      const job = createRetentionJob({
        store,
        meetings: deps.meetings,
        clock: { now: () => at },
        log: deps.log,
      });
      return { job, at };
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await seeded.close();
    },
  };
}
