import type { ManagedIdentityEndpoint } from '../../config';

/** The audience of Entra tokens for Azure Database for PostgreSQL. */
export const POSTGRES_TOKEN_RESOURCE = 'https://ossrdbms-aad.database.windows.net';

/** A token is renewed this long before it expires, so a new connection never presents a stale one. */
const RENEW_BEFORE_MS = 5 * 60_000;

export interface EntraPasswordOptions {
  identity: ManagedIdentityEndpoint;
  now?: () => number;
}

/**
 * The pg `password` of DATABASE_AUTH=entra: an Entra access token for the app's managed identity,
 * from App Service's local identity endpoint (IDENTITY_ENDPOINT with the IDENTITY_HEADER secret,
 * api-version 2019-08-01). pg asks for it on every new connection; the token is reused until
 * five minutes before it expires, and concurrent connections share one request.
 */
export function entraPassword(options: EntraPasswordOptions): () => Promise<string> {
  const now = options.now ?? Date.now;
  let cached: { token: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;
  return async () => {
    if (cached && now() < cached.renewAt) return cached.token;
    pending ??= requestToken(options.identity)
      .then(({ token, expiresAtMs }) => {
        cached = { token, renewAt: expiresAtMs - RENEW_BEFORE_MS };
        return token;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

async function requestToken(
  identity: ManagedIdentityEndpoint,
): Promise<{ token: string; expiresAtMs: number }> {
  const url = new URL(identity.endpoint);
  url.searchParams.set('api-version', '2019-08-01');
  url.searchParams.set('resource', POSTGRES_TOKEN_RESOURCE);
  if (identity.clientId) url.searchParams.set('client_id', identity.clientId);
  const fail = (detail: string) =>
    new Error(`DATABASE_AUTH=entra: no token from the managed identity endpoint (${detail})`);
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { 'X-IDENTITY-HEADER': identity.header, metadata: 'true' },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  const text = await res.text();
  if (!res.ok) throw fail(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  let body: { access_token?: unknown; expires_on?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw fail('the answer is not JSON');
  }
  const expiresOn = Number(body.expires_on);
  if (typeof body.access_token !== 'string' || !body.access_token || !Number.isFinite(expiresOn))
    throw fail('the answer has no access_token and expires_on');
  return { token: body.access_token, expiresAtMs: expiresOn * 1000 };
}
