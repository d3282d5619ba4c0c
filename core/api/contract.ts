import type { z } from 'zod';
import type * as privacySchemas from './privacy-schemas';
import type * as apiSchemas from './schemas';

/**
 * The shape of one route of the HTTP API: what the server registers (bot/api/http/route.ts) and
 * what the tab's client calls (tab/src/api/http-client.ts). Both read the same entry, so a path,
 * parameter, body or response changed on one side fails to compile on the other.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * `bearer`: `Authorization: Bearer <token>` (Teams SSO, or a dev token); `ticket`: the event stream,
 * `?access_token=` from POST /api/events/ticket (EventSource cannot send headers); `none`: open.
 */
export type RouteAuth = 'bearer' | 'ticket' | 'none';

declare const carries: unique symbol;

/** A JSON body of type T (T is a type only: nothing of it exists at run time). */
export interface JsonReply<T> {
  readonly kind: 'json';
  readonly [carries]?: T;
}

/** A download (`Content-Disposition: attachment`), fetched with the Bearer header → Blob. */
export interface FileReply {
  readonly kind: 'file';
  readonly contentType: string;
}

/** Server-Sent Events whose `change` data is T. */
export interface StreamReply<T> {
  readonly kind: 'stream';
  readonly [carries]?: T;
}

export type Reply = JsonReply<unknown> | FileReply | StreamReply<unknown>;

export const json = <T>(): JsonReply<T> => ({ kind: 'json' });
export const file = (contentType: string): FileReply => ({ kind: 'file', contentType });
export const eventStream = <T>(): StreamReply<T> => ({ kind: 'stream' });

type SchemaModules = typeof apiSchemas & typeof privacySchemas;

/**
 * The request schemas (core/api/schemas.ts, privacy-schemas.ts) by their exported names. A route
 * names its schemas, so the contract carries no zod at run time (the tab's first page stays
 * small); the server parses with the schema of that name (REQUEST_SCHEMAS).
 */
export type RequestSchemas = {
  [K in keyof SchemaModules as SchemaModules[K] extends z.ZodType ? K : never]: SchemaModules[K];
};
export type SchemaName = keyof RequestSchemas;

type Schema<N> = N extends SchemaName ? RequestSchemas[N] : never;

export interface ApiRoute {
  readonly method: HttpMethod;
  /** `:name` segments are path parameters. */
  readonly path: `/api/${string}`;
  readonly auth: RouteAuth;
  /** The query string's schema, parsed by the server (400 with a message per field when it fails). */
  readonly query?: SchemaName;
  /** The JSON body's schema, parsed by the server (422 with a message per field when it fails). */
  readonly body?: SchemaName;
  readonly reply: Reply;
  /**
   * `heavy`: the route builds a summary, the overview or a Word/PowerPoint file; the server admits a
   * few such requests at a time and lets the rest wait in line (503 `busy` with Retry-After when
   * the line is full), so cheap requests never wait behind many heavy ones.
   */
  readonly load?: 'heavy';
}

/** Declares one route; the literal types (path, schemas, reply) are kept for the types below. */
export const route = <const R extends ApiRoute>(spec: R): R => spec;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** `{ departmentId: string }` for '/api/departments/:departmentId/summary'. */
export type ParamsOf<R extends ApiRoute> = { readonly [K in ParamNames<R['path']>]: string };

/** What the server's handler gets: the parsed query and body (schema outputs). */
export type QueryOf<R extends ApiRoute> = R['query'] extends SchemaName
  ? z.output<Schema<R['query']>>
  : object;
export type BodyOf<R extends ApiRoute> = R['body'] extends SchemaName
  ? z.output<Schema<R['body']>>
  : undefined;

/** What a caller sends: the schemas' inputs. */
export type QueryInput<R extends ApiRoute> = R['query'] extends SchemaName
  ? z.input<Schema<R['query']>>
  : never;
export type BodyInput<R extends ApiRoute> = R['body'] extends SchemaName ? z.input<Schema<R['body']>> : never;

/** The JSON body the route answers (never for files and streams). */
export type ResponseOf<R extends ApiRoute> = R['reply'] extends JsonReply<infer T> ? T : never;

/** The `change` data of an event stream. */
export type StreamEventOf<R extends ApiRoute> = R['reply'] extends StreamReply<infer T> ? T : never;

/** Params (when the path has any), query (optional) and body (when the route takes one). */
export type RouteInput<R extends ApiRoute> = ([ParamNames<R['path']>] extends [never]
  ? { params?: undefined }
  : { params: ParamsOf<R> }) &
  (R['query'] extends SchemaName ? { query?: QueryInput<R> } : { query?: undefined }) &
  (R['body'] extends SchemaName ? { body: BodyInput<R> } : { body?: undefined });

/** Arguments after the route: the input may be left out when nothing in it is required. */
export type InputArgs<R extends ApiRoute> =
  object extends RouteInput<R> ? [input?: RouteInput<R>] : [input: RouteInput<R>];

/**
 * The route's path with its parameters filled (URI-encoded) and the query appended; query
 * members that are undefined or null are left out.
 */
export function pathOf<R extends ApiRoute>(spec: R, ...[input]: InputArgs<R>): string {
  const params = (input?.params ?? {}) as Record<string, string | undefined>;
  const path = spec.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${spec.method} ${spec.path}: missing :${name}`);
    return encodeURIComponent(value);
  });
  const query = Object.entries((input?.query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}
