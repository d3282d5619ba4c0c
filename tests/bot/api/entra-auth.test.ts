import { call, cast } from './support/api-client';
import { startApiServer, type ApiServer } from './support/api-server';
import { CLIENT_ID, ENTRA_ENV, OTHER_TENANT, TENANT, testKeys, unsignedToken } from './support/entra-tokens';

describe('API sign-in with Entra ID SSO tokens (local test JWKS)', () => {
  let server: ApiServer;
  let keys: Awaited<ReturnType<typeof testKeys>>;
  let oid: string;

  beforeAll(async () => {
    keys = await testKeys();
    server = await startApiServer({ env: ENTRA_ENV, jwks: keys.jwks });
    oid = (await cast(server.deps, server.forumId)).organizer.aadObjectId;
  });
  afterAll(() => server.stop());

  const me = (token?: string) => call(server.url, '/api/me', { token });

  it('accepts a valid v2 token for the Application ID URI audience', async () => {
    const res = await me(await keys.sign({ oid }));
    expect(res.status).toBe(200);
    expect(res.body.devMode).toBe(false);
    expect(res.headers.get('x-samskab-dev-mode')).toBeNull();
  });

  it('accepts a v1 token (sts.windows.net issuer) with the bare client id as audience', async () => {
    const res = await me(
      await keys.sign({ oid, iss: `https://sts.windows.net/${TENANT}/`, aud: CLIENT_ID, ver: '1.0' }),
    );
    expect(res.status).toBe(200);
  });

  const rejected: [string, () => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ['a malformed token', async () => 'not-a-jwt'],
    ['an expired token', async () => keys.sign({ oid }, { expiresIn: -600 })],
    [
      'a token not yet valid (nbf)',
      async () => keys.sign({ oid }, { notBefore: Math.floor(Date.now() / 1000) + 3600 }),
    ],
    ['a wrong audience', async () => keys.sign({ oid, aud: 'api://evil.example.com/someone-else' })],
    ['a wrong issuer', async () => keys.sign({ oid, iss: 'https://evil.example.com/v2.0' })],
    [
      'an issuer of another tenant than tid',
      async () => keys.sign({ oid, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
    ],
    [
      'a tenant not on the allow-list',
      async () =>
        keys.sign({ oid, tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
    ],
    ['a token without the access_as_user scope', async () => keys.sign({ oid, scp: 'User.Read' })],
    ['alg none', async () => unsignedToken({ oid })],
    ['a token signed by the wrong key', async () => keys.sign({ oid }, { key: keys.rogueKey })],
    ['a token without oid', async () => keys.sign({})],
  ];

  it.each(rejected)('answers 401 for %s', async (_name, make) => {
    const res = await me(await make());
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('answers 403 not_member for a valid token of someone in no forum', async () => {
    const res = await call(server.url, '/api/forums/' + server.forumId, {
      token: await keys.sign({ oid: '99999999-9999-4999-8999-999999999999' }),
    });
    expect(res.status).toBe(403);
  });

  it('has no dev sign-in outside dev mode (404)', async () => {
    expect((await call(server.url, '/api/dev/users')).status).toBe(404);
    expect((await call(server.url, '/api/dev/token', { body: { aadObjectId: oid } })).status).toBe(404);
  });
});
