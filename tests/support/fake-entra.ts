import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testKeys } from '../bot/api/support/entra-tokens';

/**
 * Entra ID on loopback, for servers configured as production with a managed identity:
 *
 * - the App Service managed-identity endpoint (what `IDENTITY_ENDPOINT` + `IDENTITY_HEADER` point
 *   at on App Service). botbuilder's UserAssignedMsi credentials (@azure/identity ->
 *   msal-node ManagedIdentityApplication, source "AppService") fetch the bot's outbound token
 *   here; it issues `botToken` to the bot's client id only and refuses a wrong secret header;
 * - a JWKS document with locally generated signing keys for Teams SSO tokens (the server reads it
 *   through the TEST_SSO_JWKS_URL seam, see SECURITY.md), and `sign` to mint tokens with them.
 */
/** The resource of the bot's outbound token (the Bot Connector's audience). */
export const BOT_FRAMEWORK = 'https://api.botframework.com';

export interface FakeEntra {
  /** Environment for the server: IDENTITY_ENDPOINT, IDENTITY_HEADER, TEST_SSO_JWKS_URL, SAMSKAB_TEST_SEAMS. */
  env: Record<string, string>;
  /** The token for the Bot Framework resource (other resources get another); the stand-in connector requires it. */
  botToken: string;
  /** Managed-identity token requests answered (and refused), with what they asked for. */
  tokenRequests: Array<{ clientId: string | null; resource: string | null; status: number }>;
  jwksRequests: number;
  sign: Awaited<ReturnType<typeof testKeys>>['sign'];
  close(): Promise<void>;
}

export async function startFakeEntra(options: { botClientId: string }): Promise<FakeEntra> {
  const keys = await testKeys();
  const identityHeader = randomBytes(16).toString('hex');
  const botToken = `msi-${randomBytes(24).toString('base64url')}`;
  const otherToken = `msi-other-${randomBytes(24).toString('base64url')}`; // e.g. PostgreSQL's
  const tokenRequests: FakeEntra['tokenRequests'] = [];
  let jwksRequests = 0;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-entra');
    const reply = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    if (req.method === 'GET' && url.pathname === '/msi/token') {
      const clientId = url.searchParams.get('client_id');
      const resource = url.searchParams.get('resource');
      const ok =
        req.headers['x-identity-header'] === identityHeader &&
        url.searchParams.get('api-version') === '2019-08-01' &&
        clientId === options.botClientId &&
        resource !== null;
      const status = ok ? 200 : 400;
      tokenRequests.push({ clientId, resource, status });
      if (!ok)
        return reply(400, { error: 'invalid_request', error_description: 'refused by the fake endpoint' });
      const expiresOn = Math.floor(Date.now() / 1000) + 3600;
      return reply(200, {
        access_token: resource === BOT_FRAMEWORK ? botToken : otherToken,
        expires_on: String(expiresOn),
        resource,
        token_type: 'Bearer',
        client_id: clientId,
      });
    }
    if (req.method === 'GET' && url.pathname === '/discovery/v2.0/keys') {
      jwksRequests++;
      return reply(200, keys.publishedKeys);
    }
    reply(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: {
      IDENTITY_ENDPOINT: `${base}/msi/token`,
      IDENTITY_HEADER: identityHeader,
      TEST_SSO_JWKS_URL: `${base}/discovery/v2.0/keys`,
      SAMSKAB_TEST_SEAMS: '1',
    },
    botToken,
    tokenRequests,
    get jwksRequests() {
      return jwksRequests;
    },
    sign: keys.sign,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
