import type { Locale } from '../../../core/model';
import { ApiError, toApiError } from './api-error';

export const DEV_MODE_HEADER = 'X-Samskab-Dev-Mode';

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

export interface HttpClient {
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
  blob(path: string): Promise<{ blob: Blob; fileName: string | null }>;
  /** A short-lived token string for URLs that cannot carry headers (EventSource). */
  token(): Promise<string | null>;
  url(path: string): string;
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
  return {
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await send(method, path, body);
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    },
    async blob(path: string) {
      const response = await send('GET', path);
      return {
        blob: await response.blob(),
        fileName: fileNameOf(response.headers.get('Content-Disposition')),
      };
    },
    token: () => options.getToken(),
    url: (path: string) => base + path,
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
