import path from 'node:path';
import { createRemoteJWKSet } from 'jose';
import type { Server } from 'restify';
import { DEV_MODE_HEADER } from '../../core/api';
import { createAuditLog } from '../audit/audit-log';
import { createConfirmTokens } from '../privacy/confirm-token';
import { createAdmission, type Admission } from './http/admission';
import type { ApiDeps } from './api-deps';
import { createDevAuthority } from './auth/dev-authority';
import { createEntraVerifier } from './auth/entra-verifier';
import { createEventTickets } from './auth/event-tickets';
import type { TokenVerifier } from './auth/identity';
import { registerExportRoutes } from './exports/export-routes';
import type { ApiRuntime } from './http/route';
import { registerEventRoutes, type LiveStreams } from './live/events-routes';
import { registerAdminDepartmentRoutes } from './routes/admin-department-routes';
import { registerAdminForumRoutes } from './routes/admin-forum-routes';
import { registerAdminMemberRoutes } from './routes/admin-member-routes';
import { registerAuditRoutes } from './routes/audit-routes';
import { registerDeliveryRoutes } from './routes/delivery-routes';
import { registerDevRoutes } from './routes/dev-routes';
import { registerForumRoutes } from './routes/forum-routes';
import { registerMeRoutes } from './routes/me-routes';
import { registerMeetingRoutes } from './routes/meeting-routes';
import { registerPrivacyNoticeRoutes } from './routes/privacy-notice-routes';
import { registerPrivacyRoutes } from './routes/privacy-routes';
import { registerRoundRoutes } from './routes/rounds-routes';
import { registerVoiceRoutes } from './routes/voice-routes';
import { registerTabStatic } from './static/tab-static';
import { RosterCache } from './roster-cache';
import { unauthenticated } from './http/api-error';

export type { ApiDeps } from './api-deps';
export type { LiveStreams } from './live/events-routes';
export { MICROSOFT_JWKS_URL } from './auth/entra-verifier';

export interface ApiHandle {
  /** Open Server-Sent Event streams; call `live.closeAll()` before server.close() on shutdown. */
  live: LiveStreams;
  /** The admission of heavy routes: how many are at work and in line. */
  heavy: Pick<Admission, 'load'>;
}

/**
 * The tab's HTTP API under /api/ (see core/api for the contract) and the tab's static files
 * under /tab/. Every /api route but the dev sign-in and the ticketed event stream requires a
 * Bearer token: Entra ID SSO in 'entra' mode, a local dev token in 'dev' mode.
 */
export function registerApiRoutes(server: Server, deps: ApiDeps): ApiHandle {
  const { config, log } = deps;
  const dev = config.auth.mode === 'dev' ? createDevAuthority(deps.keys) : null;
  const rt: ApiRuntime = {
    deps,
    verifier: dev ?? entraVerifier(deps),
    dev,
    tickets: createEventTickets(deps.keys),
    rosters: new RosterCache(deps.store),
    audit: createAuditLog(deps.store, { clock: deps.clock, ids: deps.ids }),
    confirmTokens: createConfirmTokens(deps.keys, deps.clock),
    heavy: createAdmission(deps.config.heavyRequests),
  };
  rt.rosters.follow(deps.changes);
  if (dev) {
    log.warn('API sign-in: DEV MODE (local tokens from POST /api/dev/token); never use this with real data');
    server.pre((_req, res, next) => {
      res.header(DEV_MODE_HEADER, '1');
      return next();
    });
  }
  registerDevRoutes(server, rt);
  registerMeRoutes(server, rt);
  registerForumRoutes(server, rt);
  registerExportRoutes(server, rt);
  const live = registerEventRoutes(server, rt);
  registerAdminForumRoutes(server, rt);
  registerAdminDepartmentRoutes(server, rt);
  registerAdminMemberRoutes(server, rt);
  registerMeetingRoutes(server, rt);
  registerRoundRoutes(server, rt);
  registerDeliveryRoutes(server, rt);
  registerPrivacyRoutes(server, rt);
  registerPrivacyNoticeRoutes(server, rt);
  registerAuditRoutes(server, rt);
  registerVoiceRoutes(server, rt);
  registerTabStatic(server, deps.tabDistDir ?? path.resolve(process.cwd(), 'tab', 'dist'));
  return { live, heavy: rt.heavy };
}

function entraVerifier(deps: ApiDeps): TokenVerifier {
  const { auth, publicUrl } = deps.config;
  if (!auth.clientId) {
    deps.log.error('API sign-in: AAD_APP_CLIENT_ID is not set; every API request will be refused (401)');
    return { verify: async () => Promise.reject(unauthenticated('AAD_APP_CLIENT_ID not configured')) };
  }
  const allowedTenantIds = [
    ...new Set([...auth.allowedTenantIds, ...(auth.tenantId ? [auth.tenantId] : [])]),
  ];
  if (allowedTenantIds.length === 0) {
    deps.log.error(
      'API sign-in: no ALLOWED_TENANT_IDS or AAD_APP_TENANT_ID; every API request will be refused (401)',
    );
  }
  return createEntraVerifier({
    clientId: auth.clientId,
    publicUrl,
    allowedTenantIds,
    jwks: testSeamJwks(deps),
  });
}

/** Signing keys other than Microsoft's: a test's own (in-process, or the loopback TEST_SSO_JWKS_URL seam). */
function testSeamJwks(deps: ApiDeps): ApiDeps['jwks'] {
  if (deps.jwks) return deps.jwks;
  const url = deps.config.auth.testJwksUrl;
  if (!url) return undefined;
  deps.log.warn(
    { jwksUrl: url },
    'API sign-in: TEST SEAM: SSO signing keys from a loopback JWKS, not Microsoft',
  );
  return createRemoteJWKSet(new URL(url));
}
