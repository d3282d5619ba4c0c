import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { PostgresChangeFeed } from '../../../bot/store/change-feed/postgres-change-feed';
import { loadConfig } from '../../../bot/config';
import { entraPassword, POSTGRES_TOKEN_RESOURCE } from '../../../bot/store/postgres/entra-password';
import { createPostgresStore } from '../../../bot/store/postgres/postgres-store';

/**
 * DATABASE_AUTH=entra: the pg password is an Entra token from App Service's managed identity
 * endpoint. A loopback stand-in plays that endpoint (App Service's own is local too); nothing
 * here reaches another address.
 */
interface Seen {
  url: URL;
  header: string | undefined;
}

let server: Server;
let endpoint: string;
let seen: Seen[] = [];
let answer: (req: IncomingMessage) => { status: number; body: unknown } = () => ({ status: 500, body: {} });

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      header: req.headers['x-identity-header'] as string,
    });
    const { status, body } = answer(req);
    // Plain Node calls only: restify (loaded by other test files in the same process) patches
    // ServerResponse, and its writeHead does not return the response.
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
});

const NOW = Date.parse('2026-12-01T08:00:00Z');
const tokenAnswer = (token: string, expiresInSec: number) => () => ({
  status: 200,
  body: {
    access_token: token,
    expires_on: String(Math.floor(NOW / 1000) + expiresInSec),
    resource: POSTGRES_TOKEN_RESOURCE,
    token_type: 'Bearer',
  },
});

test('asks the identity endpoint for a PostgreSQL token of the user-assigned identity, with the secret header', async () => {
  answer = tokenAnswer('token-1', 3600);
  const password = entraPassword({
    identity: { endpoint, header: 'secret-header', clientId: 'client-123' },
    now: () => NOW,
  });
  expect(await password()).toBe('token-1');
  expect(seen).toHaveLength(1);
  expect(seen[0]!.header).toBe('secret-header');
  expect(seen[0]!.url.pathname).toBe('/msi/token');
  expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({
    'api-version': '2019-08-01',
    resource: 'https://ossrdbms-aad.database.windows.net',
    client_id: 'client-123',
  });
});

test('reuses the token until five minutes before it expires, then asks again; concurrent asks share one request', async () => {
  let now = NOW;
  let n = 0;
  answer = () => tokenAnswer(`token-${++n}`, 3600)();
  const password = entraPassword({ identity: { endpoint, header: 'h', clientId: null }, now: () => now });
  expect(await Promise.all([password(), password(), password()])).toEqual(['token-1', 'token-1', 'token-1']);
  now += 54 * 60_000;
  expect(await password()).toBe('token-1');
  now += 2 * 60_000; // 56 min: inside the last five minutes
  expect(await password()).toBe('token-2');
  expect(seen).toHaveLength(2);
  expect(seen[0]!.url.searchParams.has('client_id')).toBe(false);
});

test('a refusal of the endpoint is a clear error naming DATABASE_AUTH, without the secret header', async () => {
  answer = () => ({ status: 400, body: { error: 'invalid_request' } });
  const password = entraPassword({
    identity: { endpoint, header: 'very-secret', clientId: 'c' },
    now: () => NOW,
  });
  const error = await password().catch((e: Error) => e);
  expect(String(error)).toMatch(/DATABASE_AUTH=entra: .*HTTP 400/);
  expect(String(error)).not.toContain('very-secret');
  answer = () => ({ status: 200, body: { token_type: 'Bearer' } });
  expect(String(await password().catch((e: Error) => e))).toMatch(/no access_token/);
});

/**
 * A loopback stand-in for a PostgreSQL server that asks for a cleartext password (as Azure does
 * for Entra tokens), records it, and refuses the sign-in.
 */
async function passwordRecorder(): Promise<{ url: string; passwords: string[]; close(): Promise<void> }> {
  const passwords: string[] = [];
  const fake = createNetServer((socket) => {
    let buffer = Buffer.alloc(0);
    let started = false;
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!started && buffer.length >= 8 && buffer.length >= buffer.readInt32BE(0)) {
        started = true;
        buffer = buffer.subarray(buffer.readInt32BE(0));
        const ask = Buffer.alloc(9);
        ask.write('R', 0);
        ask.writeInt32BE(8, 1);
        ask.writeInt32BE(3, 5); // AuthenticationCleartextPassword
        socket.write(ask);
      }
      if (started && buffer.length >= 5 && buffer[0] === 0x70 /* p */) {
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) return;
        passwords.push(buffer.subarray(5, length).toString('utf8').replace(/\0$/, ''));
        const fields = Buffer.from('SFATAL\0C28P01\0Mstand-in refuses\0\0');
        const error = Buffer.alloc(5);
        error.write('E', 0);
        error.writeInt32BE(fields.length + 4, 1);
        socket.end(Buffer.concat([error, fields]));
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const port = (fake.address() as AddressInfo).port;
  return {
    url: `postgres://samskab-identity@127.0.0.1:${port}/samskab`,
    passwords,
    close: () => new Promise<void>((resolve) => fake.close(() => resolve())),
  };
}

test('pg presents the token as the password: the store pool and the change-feed listener', async () => {
  answer = tokenAnswer('pg-token', 3600);
  const password = entraPassword({ identity: { endpoint, header: 'h', clientId: 'c' }, now: () => NOW });
  const server = await passwordRecorder();
  try {
    await expect(
      createPostgresStore({ connectionString: server.url, password, connectionTimeoutMs: 5000 }),
    ).rejects.toThrow(/stand-in refuses/);
    expect(server.passwords).toEqual(['pg-token']);
    const publishPool = new Pool({ connectionString: server.url });
    const feed = await PostgresChangeFeed.open({
      connectionString: server.url,
      password,
      pool: publishPool,
    }).catch((e: Error) => e);
    await publishPool.end();
    expect(String(feed)).toMatch(/stand-in refuses/);
    expect(server.passwords.length).toBeGreaterThan(1);
    expect(new Set(server.passwords)).toEqual(new Set(['pg-token']));
    expect(seen).toHaveLength(1);
  } finally {
    await server.close();
  }
});

describe('configuration', () => {
  const base = { DATABASE_URL: 'postgres://samskab-identity@db.example:5432/samskab?sslmode=verify-full' };

  test('DATABASE_AUTH=entra takes the identity endpoint App Service sets, and the identity client id', () => {
    const config = loadConfig({
      ...base,
      DATABASE_AUTH: 'entra',
      IDENTITY_ENDPOINT: 'http://127.0.0.1:41741/msi/token',
      IDENTITY_HEADER: 'h',
      AZURE_CLIENT_ID: 'client-1',
    });
    expect(config.database).toEqual(
      expect.objectContaining({
        kind: 'postgres',
        entra: { endpoint: 'http://127.0.0.1:41741/msi/token', header: 'h', clientId: 'client-1' },
      }),
    );
  });

  test('refuses DATABASE_AUTH=entra without a managed identity, or with a password in the URL', () => {
    expect(() => loadConfig({ ...base, DATABASE_AUTH: 'entra' })).toThrow(
      /^DATABASE_AUTH: entra needs a managed identity/,
    );
    expect(() =>
      loadConfig({
        DATABASE_URL: 'postgres://u:pw@db.example/samskab',
        DATABASE_AUTH: 'entra',
        IDENTITY_ENDPOINT: 'http://127.0.0.1:1/t',
        IDENTITY_HEADER: 'h',
      }),
    ).toThrow(/^DATABASE_URL: must not carry a password/);
  });

  test('password sign-in stays the default', () => {
    const config = loadConfig(base);
    expect(config.database).toEqual(expect.objectContaining({ kind: 'postgres' }));
    expect((config.database as { entra?: unknown }).entra).toBeUndefined();
  });
});
