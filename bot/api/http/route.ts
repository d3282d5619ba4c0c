import type { Request, Response, Server } from 'restify';
import {
  apiMessages,
  type ApiRoute,
  type BodyOf,
  type FileReply,
  type JsonReply,
  type ParamsOf,
  type QueryOf,
} from '../../../core/api';
import { REQUEST_SCHEMAS } from '../../../core/api/request-schemas';
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
import { FREE_SLOT, LeftTheLine, type Admission, type Slot } from './admission';
import type { Caller } from './access';
import { requestLocale } from './locale';
import { sendError } from '../../http/errors';
import { sendFile, sendJson, sendJsonBytes } from './send';
import type { EncodedJson } from './shared-json';
import { unauthenticated } from './api-error';
import { parseBody, parseQuery } from './validation';

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
  /** Admits the routes declared `load: 'heavy'` a few at a time (config.heavyRequests). */
  heavy: Admission;
}

/** What every handler gets; a route's own params, query and body are typed from its contract entry. */
export interface Ctx<P = Record<string, string>, Q = object, B = unknown> {
  req: Request;
  res: Response;
  locale: Locale;
  params: P;
  /**
   * Parsed by the route's query schema on first read (400 when it fails; {} without a schema).
   * Read it after the handler's authorization checks: who may not call a route learns nothing
   * about what it accepts.
   */
  readonly query: Q;
  /** Parsed by the route's body schema on first read (422 when it fails); read it after authorization too. */
  readonly body: B;
  rt: ApiRuntime;
  /**
   * The request's admission slot: on a heavy route, `slot.awaitShared(build)` waits for a build
   * other requests share without holding the slot. On other routes it simply awaits.
   */
  slot: Slot;
}

export interface AuthedCtx<P = Record<string, string>, Q = object, B = unknown> extends Ctx<P, Q, B> {
  caller: Caller;
}

/** The context of route R: a caller for Bearer routes. */
export type CtxOf<R extends ApiRoute> = R['auth'] extends 'bearer'
  ? AuthedCtx<ParamsOf<R>, QueryOf<R>, BodyOf<R>>
  : Ctx<ParamsOf<R>, QueryOf<R>, BodyOf<R>>;

export type JsonResult<T> =
  | { status?: number; json: T }
  /** A body serialized beforehand, e.g. once for every caller of a coalesced summary. */
  | { status?: number; encoded: EncodedJson<T & object> };

/** The handler wrote the response itself (event streams, streamed files). */
export interface Streamed {
  streaming: true;
}

export type FileResult = { file: { contentType: string; filename: string; data: Buffer } } | Streamed;

/** What route R's handler answers: its JSON body, a file, or a stream it wrote itself. */
export type ResultOf<R extends ApiRoute> =
  R['reply'] extends JsonReply<infer T>
    ? JsonResult<T>
    : R['reply'] extends FileReply
      ? FileResult
      : Streamed;

export type Handler<R extends ApiRoute> = (ctx: CtxOf<R>) => Promise<ResultOf<R>>;

/** Registers routes of the contract (core/api's API) on the server: `register(API.forum, handler)`. */
export type Register = <R extends ApiRoute>(route: R, handler: Handler<R>) => void;

/**
 * The one way a route is registered. Per request: unstorable text in the path or query (400), the
 * Bearer token for `auth: 'bearer'` routes (401), then the handler, whose query and body are
 * parsed by the route's schemas when it first reads them; any error is answered by sendError.
 * A `load: 'heavy'` route checks the token first (a verified token is remembered, so this is
 * cheap), then waits in line for an admission slot (rt.heavy; a full line is a 503) and does
 * the rest in it: who has no valid token never takes a place in the line.
 */
export function routeRegistrar(server: Server, rt: ApiRuntime): Register {
  return (route, handler) => {
    const method = METHODS[route.method];
    const answer = async (req: Request, res: Response, identity: Identity | undefined, slot: Slot) => {
      const caller = identity ? await loadCaller(rt, identity) : undefined;
      const rawQuery = (req.query ?? {}) as Record<string, unknown>;
      const query = once(() => (route.query ? parseQuery(REQUEST_SCHEMAS[route.query], rawQuery) : {}));
      const body = once(() => (route.body ? parseBody(REQUEST_SCHEMAS[route.body], req.body) : undefined));
      const ctx = {
        req,
        res,
        locale: requestLocale(req),
        params: (req.params ?? {}) as Record<string, string>,
        rt,
        slot,
        ...(caller ? { caller } : {}),
        get query() {
          return query();
        },
        get body() {
          return body();
        },
      };
      send(res, await (handler as (ctx: unknown) => Promise<AnyResult>)(ctx));
    };
    server[method](route.path, async (req: Request, res: Response) => {
      try {
        refuseUnstorableText((req.params ?? {}) as Record<string, unknown>);
        refuseUnstorableText((req.query ?? {}) as Record<string, unknown>);
        const identity = route.auth === 'bearer' ? await rt.verifier.verify(bearerToken(req)) : undefined;
        if (route.load === 'heavy') {
          await rt.heavy.run((slot) => answer(req, res, identity, slot), hungUp(res));
        } else {
          await answer(req, res, identity, FREE_SLOT);
        }
      } catch (error) {
        if (error instanceof LeftTheLine)
          rt.deps.log.debug({ requestId: req.id() }, 'http: client left the line');
        else sendError(req, res, error, rt.deps.log);
      }
    });
  };
}

/** Aborts when the client closes the connection before the response is written. */
function hungUp(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

type AnyResult = JsonResult<unknown> | FileResult;

/** The value of `make`, made on the first call (a failure is thrown again on every call). */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const METHODS = { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'del' } as const;

function send(res: Response, result: AnyResult): void {
  if ('streaming' in result) return;
  if ('file' in result) sendFile(res, result.file);
  else if ('encoded' in result) sendJsonBytes(res, result.status ?? 200, result.encoded.bytes);
  else sendJson(res, result.status ?? 200, result.json);
}

export async function loadCaller(rt: ApiRuntime, identity: Identity): Promise<Caller> {
  return { identity, members: await rt.deps.store.findMembersByAadObjectId(identity.aadObjectId) };
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
