import {
  API,
  DEV_MODE_HEADER,
  pathOf,
  type ApiRouteName,
  type ApiRoutes,
  type InputArgs,
  type JsonReply,
  type ResponseOf,
} from '../../../core/api/routes';
import type { Locale } from '../../../core/model';
import { ApiError, toApiError } from './api-error';

export interface HttpClientOptions {
  /** Returns the bearer token for the API (Teams SSO or a local dev token); null when signed out. */
  getToken(): Promise<string | null>;
  locale(): Locale;
  /** Called whenever a response says the server runs in dev mode. */
  onDevMode?(): void;
  /** Called when the server refuses the token (401), so the app signs in again or says so. */
  onUnauthorized?(): void;
  baseUrl?: string;
}

/** The routes that answer JSON (the others are downloads and the event stream). */
export type JsonRouteName = {
  [N in ApiRouteName]: ApiRoutes[N]['reply'] extends JsonReply<unknown> ? N : never;
}[ApiRouteName];

declare const fromContract: unique symbol;
/** A path built from the contract (`http.path(…)`), never by hand. */
export type RoutePath = string & { readonly [fromContract]: true };

/** The tab's API client, typed by the contract in core/api/routes.ts: `http.call('forum', { params: { forumId } })`. */
export interface HttpClient {
  call<N extends JsonRouteName>(
    name: N,
    ...input: InputArgs<ApiRoutes[N]>
  ): Promise<ResponseOf<ApiRoutes[N]>>;
  /** The path of a route with its params and query filled (downloads, the event stream). */
  path<N extends ApiRouteName>(name: N, ...input: InputArgs<ApiRoutes[N]>): RoutePath;
  /** Downloads with the Bearer header: the file and the name the server gave it. */
  blob(path: RoutePath): Promise<{ blob: Blob; fileName: string | null }>;
  /** A short-lived token string for URLs that cannot carry headers (EventSource). */
  token(): Promise<string | null>;
  url(path: RoutePath): string;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.baseUrl ?? '';
  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.locale(),
    };
    // A failed Teams SSO (no consent, offline) is a sign-in problem, not a server error.
    const token = await options.getToken().catch(() => {
      throw new ApiError(401, 'sso_failed', '');
    });
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.headers.get(DEV_MODE_HEADER) === '1') options.onDevMode?.();
    if (response.status === 401) options.onUnauthorized?.();
    if (!response.ok) {
      const payload: unknown = await response.json().catch(() => null);
      throw toApiError(response.status, payload, response.statusText || `HTTP ${response.status}`);
    }
    return response;
  }
  const path = <N extends ApiRouteName>(name: N, ...input: InputArgs<ApiRoutes[N]>) =>
    pathOf(API[name], ...input) as RoutePath;
  return {
    async call(name, ...input) {
      const body = (input[0] as { body?: unknown } | undefined)?.body;
      const response = await send(API[name].method, path(name, ...input), body);
      return (await response.json()) as never;
    },
    path,
    async blob(path: RoutePath) {
      const response = await send('GET', path);
      return {
        blob: await response.blob(),
        fileName: fileNameOf(response.headers.get('Content-Disposition')),
      };
    },
    token: () => options.getToken(),
    url: (path: RoutePath) => base + path,
  };
}

/** The file name from a Content-Disposition header (RFC 6266 filename* first). */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() ?? null;
}
