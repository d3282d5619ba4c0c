import type { Request, Response, Server } from 'restify';
import { apiMessages } from '../../../core/api';
import type { Locale } from '../../../core/model';
import { findUnstorableText } from '../../../core/text/storable-text';
import type { AuditLog } from '../../audit/audit-log';
import type { ConfirmTokens } from '../../privacy/confirm-token';
import type { ApiDeps } from '../api-deps';
import type { DevAuthority } from '../auth/dev-authority';
import type { EventTickets } from '../auth/event-tickets';
import type { RosterCache } from '../roster-cache';
import type { Identity, TokenVerifier } from '../auth/identity';
import { apiError } from './api-error';
import type { Caller } from './access';
import { requestLocale } from './locale';
import { sendError } from '../../http/errors';
import { sendFile, sendJson } from './send';
import { unauthenticated } from './api-error';

/** What the API's handlers share: dependencies and the auth machinery built once at registration. */
export interface ApiRuntime {
  deps: ApiDeps;
  verifier: TokenVerifier;
  /** Present only in dev sign-in mode. */
  dev: DevAuthority | null;
  tickets: EventTickets;
  /** Members, questions and principles per forum for the summary routes. */
  rosters: RosterCache;
  /** The one audit log every write route records to (createAuditLog over the store, clock, ids). */
  audit: AuditLog;
  /** Confirmation codes of the two-step destructive actions (erasure, member removal). */
  confirmTokens: ConfirmTokens;
}

export interface Ctx {
  req: Request;
  res: Response;
  locale: Locale;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  rt: ApiRuntime;
}

export interface AuthedCtx extends Ctx {
  caller: Caller;
}

export type Result =
  | { status?: number; json: unknown }
  | { file: { contentType: string; filename: string; data: Buffer } }
  /** The handler wrote the response itself (event streams). */
  | { streaming: true };

type Method = 'get' | 'post' | 'put' | 'patch' | 'del';

/** A route that needs a valid Bearer token; the handler gets the caller's memberships. */
export function authed(
  server: Server,
  rt: ApiRuntime,
  method: Method,
  path: string,
  handler: (ctx: AuthedCtx) => Promise<Result>,
): void {
  register(server, rt, method, path, async (ctx) => {
    const identity = await rt.verifier.verify(bearerToken(ctx.req));
    return handler({ ...ctx, caller: await loadCaller(rt, identity) });
  });
}

/** A route without a Bearer token (dev sign-in, the ticketed event stream). */
export function open(
  server: Server,
  rt: ApiRuntime,
  method: Method,
  path: string,
  handler: (ctx: Ctx) => Promise<Result>,
): void {
  register(server, rt, method, path, handler);
}

export async function loadCaller(rt: ApiRuntime, identity: Identity): Promise<Caller> {
  return { identity, members: await rt.deps.store.findMembersByAadObjectId(identity.aadObjectId) };
}

function register(
  server: Server,
  rt: ApiRuntime,
  method: Method,
  path: string,
  handler: (ctx: Ctx) => Promise<Result>,
): void {
  server[method](path, async (req: Request, res: Response) => {
    const locale = requestLocale(req);
    try {
      const params = (req.params ?? {}) as Record<string, string>;
      const query = (req.query ?? {}) as Record<string, unknown>;
      refuseUnstorableText(params);
      refuseUnstorableText(query);
      const result = await handler({ req, res, locale, params, query, body: req.body, rt });
      if ('streaming' in result) return;
      if ('file' in result) sendFile(res, result.file);
      else sendJson(res, result.status ?? 200, result.json);
    } catch (error) {
      sendError(req, res, error, rt.deps.log);
    }
  });
}

/**
 * Path parameters and query strings reach the store as they are (lookups by id), so text no
 * database stores (NUL, lone surrogates) is refused here for every route, naming the field.
 * Bodies are refused by their schemas (core/api's apiString).
 */
function refuseUnstorableText(values: Record<string, unknown>): void {
  const field = findUnstorableText(values);
  if (field) {
    throw apiError(
      400,
      'validation',
      'error.validation',
      {},
      {
        fields: { [field]: apiMessages['field.unstorableText'] },
      },
    );
  }
}

function bearerToken(req: Request): string {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('no bearer token');
  return match[1];
}
