import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { call, cast } from '../bot/api/support/api-client';
import { startApiServer, type ApiServer } from '../bot/api/support/api-server';
import { ENTRA_ENV, OTHER_TENANT, testKeys } from '../bot/api/support/entra-tokens';
import { changedTables, type DbSnapshotter } from './support/db-snapshot';
import { describeOnBothDatabases, startHostileApp, type HostileApp } from './support/hostile-app';
import { count, printTally, tallyDatabase } from './support/tally';

/**
 * With BOT_ID/BOT_PASSWORD set, /api/messages accepts only activities signed by the Bot
 * Framework: none, a self-signed one, one for another bot (audience), one expired (a replay) are
 * refused with 401 and change nothing. The API refuses tenants not on the allow-list.
 */
const BOT_ID = '00000000-b07b-4000-8000-000000000b07';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const ALLOWED_TENANT = 'aaaaaaaa-0000-4000-8000-00000000a110';

/**
 * The Bot Framework's signing keys come from login.botframework.com (OpenID metadata). This test
 * runs offline, so node-fetch answers those two URLs with a key set this test controls ("the
 * channel's key"); everything else (token parsing, signature, issuer, audience, expiry,
 * endorsements) is botbuilder's real validation inside the real app.
 */
jest.mock('node-fetch', () => {
  const real = jest.requireActual('node-fetch');
  const fake = async (url: unknown, init: unknown) => {
    const href = String(url);
    if (/^https:\/\/login\.(botframework\.com|microsoftonline\.com)\//.test(href)) {
      const body = /keys/.test(href)
        ? { keys: (globalThis as { mockChannelKeys?: unknown[] }).mockChannelKeys ?? [] }
        : {
            issuer: 'https://api.botframework.com',
            jwks_uri: 'https://login.botframework.com/v1/.well-known/keys',
          };
      return { ok: true, status: 200, json: async () => body, text: async () => JSON.stringify(body) };
    }
    return real(url, init);
  };
  return Object.assign(fake, {
    __esModule: true,
    default: fake,
    Headers: real.Headers,
    Request: real.Request,
    Response: real.Response,
  });
});

let channelKey: KeyLike;

// One channel key for the whole file: botbuilder caches the channel's published keys per process.
beforeAll(async () => {
  // botbuilder prints every refused token with console.error; the assertions say what matters.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const pair = await generateKeyPair('RS256', { extractable: true });
  channelKey = pair.privateKey;
  (globalThis as { mockChannelKeys?: unknown[] }).mockChannelKeys = [
    {
      ...(await exportJWK(pair.publicKey)),
      kid: 'channel-key',
      kty: 'RSA',
      use: 'sig',
      endorsements: ['msteams'],
    },
  ];
});
afterAll(() => printTally('forged and replayed Bot Framework activities; tenant allow-list'));

describeOnBothDatabases('Bot Framework activities', (db) => {
  let app: HostileApp;
  let snapshots: DbSnapshotter;

  beforeAll(async () => {
    app = await startHostileApp(db, {
      env: {
        BOT_ID,
        BOT_PASSWORD: 'not-a-real-secret',
        BOT_TYPE: 'MultiTenant',
        ALLOWED_TENANT_IDS: ALLOWED_TENANT,
        LOG_LEVEL: process.env.HOSTILE_LOG ?? 'silent',
      },
    });
    snapshots = app.snapshots;
  }, 30_000);
  afterAll(async () => {
    await app?.stop();
  });

  function activity() {
    return {
      type: 'message',
      id: 'forged-1',
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      from: { id: `29:${app.chef.aadObjectId}`, aadObjectId: app.chef.aadObjectId, name: 'Forfalsket' },
      recipient: { id: `28:${BOT_ID}` },
      conversation: { id: 'a:forged', conversationType: 'personal', tenantId: ALLOWED_TENANT },
      channelData: { tenant: { id: ALLOWED_TENANT } },
      text: 'slet mine data',
      value: { samskab: 'privacyConfirm', token: 'x' },
    };
  }

  /** A token like the channel's; by default signed with a key the channel never published. */
  async function signed(
    claims: Record<string, unknown>,
    options: { expiresIn?: number; channel?: boolean; audience?: string } = {},
  ): Promise<string> {
    const key = options.channel ? channelKey : (await generateKeyPair('RS256')).privateKey;
    const expiresIn = options.expiresIn ?? 3600;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: SERVICE_URL, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.channel ? 'channel-key' : 'made-up-key', typ: 'JWT' })
      .setIssuer('https://api.botframework.com')
      .setAudience(options.audience ?? BOT_ID)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + expiresIn)
      .sign(key);
  }

  const unsigned = (claims: Record<string, unknown>) => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}.`;
  };

  test.each([
    ['no Authorization header', async () => undefined],
    ['a Bearer with garbage', async () => 'Bearer not-a-jwt'],
    [
      'an unsigned token (alg none)',
      async () =>
        `Bearer ${unsigned({ iss: 'https://api.botframework.com', aud: BOT_ID, exp: 9_999_999_999 })}`,
    ],
    ['a self-signed token', async () => `Bearer ${await signed({})}`],
    [
      'a channel-signed token for another bot (wrong audience)',
      async () =>
        `Bearer ${await signed({}, { channel: true, audience: '11111111-0000-4000-8000-000000000000' })}`,
    ],
    [
      'an expired channel-signed token (replayed)',
      async () => `Bearer ${await signed({}, { channel: true, expiresIn: -600 })}`,
    ],
    [
      'a channel-signed token for another service URL',
      async () => `Bearer ${await signed({ serviceurl: 'https://evil.example.com/' }, { channel: true })}`,
    ],
    ['a Basic header', async () => `Basic ${Buffer.from('user:pass').toString('base64')}`],
  ])('%s is refused with 401 and changes nothing', async (_name, header) => {
    const authorization = await header();
    const before = await snapshots.take();
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(activity()),
    });
    count('POST /api/messages with credentials', res.status === 401 ? 'rejected' : 'failure');
    expect(res.status).toBe(401);
    expect(changedTables(before, await snapshots.take())).toEqual([]);
  });

  /**
   * A token naming the channel's key id but with a forged signature: botbuilder's JwtTokenExtractor
   * rethrows jsonwebtoken's "invalid signature" as a plain error, which CloudAdapter.process answers
   * with 500; bot/teams/messages-endpoint.ts authenticates first and answers 401.
   */
  const FORGED_SIGNATURES: Array<[string, () => Promise<string>]> = [
    [
      'a channel token with a forged signature',
      async () =>
        `Bearer ${(await signed({}, { channel: true })).replace(/\.[^.]+$/, '.' + Buffer.alloc(256, 7).toString('base64url'))}`,
    ],
    [
      'a channel token with a truncated signature',
      async () =>
        `Bearer ${(await signed({}, { channel: true })).replace(/\.[^.]+$/, '.' + Buffer.from('forged').toString('base64url'))}`,
    ],
  ];

  async function postForged(authorization: string): Promise<number> {
    const before = await snapshots.take();
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(activity()),
    });
    expect(changedTables(before, await snapshots.take())).toEqual([]);
    return res.status;
  }

  test.each(FORGED_SIGNATURES)('%s is refused and changes nothing', async (_name, header) => {
    const status = await postForged(await header());
    count(
      'POST /api/messages with credentials',
      status === 401 ? 'rejected' : status >= 400 ? 'gap' : 'failure',
    );
    expect(status).toBeGreaterThanOrEqual(400);
  });

  test.each(FORGED_SIGNATURES)('%s is refused with exactly 401', async (_name, header) => {
    expect(await postForged(await header())).toBe(401);
  });

  test('control: a properly signed activity is accepted, so the refusals above are the signature checks', async () => {
    const token = await signed({}, { channel: true });
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...activity(), type: 'typing', text: undefined, value: undefined }),
    });
    count('POST /api/messages with credentials', res.status < 300 ? 'accepted' : 'failure');
    expect(res.status).toBeLessThan(300);
  });

  // The bot checks the activity's tenant (channelData.tenant.id and conversation.tenantId) against
  // ALLOWED_TENANT_IDS after authenticating it: another tenant's activity is refused with 403.
  test('a genuine activity from a tenant not on the allow-list is refused (403) and remembered nowhere', async () => {
    const token = await signed({}, { channel: true });
    const foreign = {
      ...activity(),
      type: 'conversationUpdate',
      text: undefined,
      value: undefined,
      membersAdded: [{ id: `28:${BOT_ID}` }],
      conversation: {
        id: 'a:foreign-tenant',
        conversationType: 'personal',
        tenantId: 'eeeeeeee-0000-4000-8000-0000000e71e0',
      },
      channelData: { tenant: { id: 'eeeeeeee-0000-4000-8000-0000000e71e0' } },
    };
    const before = await snapshots.take();
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(foreign),
    });
    const changed = changedTables(before, await snapshots.take());
    count('bot activity of another tenant', changed.length === 0 ? 'rejected' : 'gap');
    expect(changed).toEqual([]);
    expect(res.status).toBe(403);
  });

  test.each([
    [
      'channelData names an allowed tenant, the conversation another',
      ALLOWED_TENANT,
      'eeeeeeee-0000-4000-8000-0000000e71e0',
    ],
    ['no tenant at all', undefined, undefined],
  ])(
    'a genuine invoke where %s is refused (403) and changes nothing',
    async (_name, channelTenant, conversationTenant) => {
      const token = await signed({}, { channel: true });
      const invoke = {
        ...activity(),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'privacyAsk', data: {} } },
        conversation: { id: 'a:forged-2', conversationType: 'personal', tenantId: conversationTenant },
        channelData: channelTenant ? { tenant: { id: channelTenant } } : {},
      };
      const before = await snapshots.take();
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(invoke),
      });
      count('bot activity of another tenant', res.status === 403 ? 'rejected' : 'failure');
      expect(res.status).toBe(403);
      expect(changedTables(before, await snapshots.take())).toEqual([]);
    },
  );
});

describe('tenant allow-list (API, Entra sign-in)', () => {
  let server: ApiServer;
  let keys: Awaited<ReturnType<typeof testKeys>>;
  beforeAll(async () => {
    tallyDatabase('sqlite'); // startApiServer's own SQLite file
    keys = await testKeys();
    server = await startApiServer({ env: ENTRA_ENV, jwks: keys.jwks });
  });
  afterAll(async () => {
    await server.stop();
  });

  test('a token from a tenant not on the allow-list is refused (401), in Danish by default and English on request', async () => {
    const oid = (await cast(server.deps, server.forumId)).organizer.aadObjectId;
    const token = await keys.sign({
      oid,
      tid: OTHER_TENANT,
      iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
    });
    const da = await call(server.url, '/api/me', { token });
    const en = await call(server.url, '/api/me', { token, headers: { 'accept-language': 'en' } });
    count('API token of another tenant', da.status === 401 && en.status === 401 ? 'rejected' : 'failure');
    expect([da.status, en.status]).toEqual([401, 401]);
    expect(da.body.error.message).toMatch(/ikke logget ind/);
    expect(en.body.error.message).toMatch(/not signed in/);
  });
});
