import { ConfigError, loadConfig } from '../../../bot/config';
import { startFakeEntra, type FakeEntra } from '../../support/fake-entra';
import { call, cast } from './support/api-client';
import { startApiServer, type ApiServer } from './support/api-server';
import { ENTRA_ENV, testKeys } from './support/entra-tokens';

/**
 * TEST_SSO_JWKS_URL lets a test run the server as in production with its own SSO signing keys.
 * It must never widen production: it needs SAMSKAB_TEST_SEAMS=1 and a loopback URL, or the
 * server refuses to start; unset, the keys are Microsoft's.
 */
describe('the SSO signing-key test seam', () => {
  const production = {
    NODE_ENV: 'production',
    BOT_ID: '00000000-0000-0000-0000-000000000001',
    BOT_TYPE: 'UserAssignedMsi',
    DATABASE_URL: 'postgres://samskab@db.example:5432/samskab',
    AAD_APP_CLIENT_ID: '00000000-0000-0000-0000-000000000002',
    ALLOWED_TENANT_IDS: '00000000-0000-0000-0000-000000000003',
  };

  it('is off unless set: production verifies against Microsoft', () => {
    expect(loadConfig(production).auth.testJwksUrl).toBeNull();
  });

  it.each([
    ['without SAMSKAB_TEST_SEAMS=1', { TEST_SSO_JWKS_URL: 'http://127.0.0.1:1234/keys' }],
    [
      'for a host that is not loopback',
      { TEST_SSO_JWKS_URL: 'https://keys.example.com/keys', SAMSKAB_TEST_SEAMS: '1' },
    ],
    [
      'for a loopback-looking host name',
      { TEST_SSO_JWKS_URL: 'http://127.0.0.1.example.com/keys', SAMSKAB_TEST_SEAMS: '1' },
    ],
    [
      'for the metadata service',
      { TEST_SSO_JWKS_URL: 'http://169.254.169.254/keys', SAMSKAB_TEST_SEAMS: '1' },
    ],
    ['for a non-http scheme', { TEST_SSO_JWKS_URL: 'file:///tmp/keys.json', SAMSKAB_TEST_SEAMS: '1' }],
    ['for something that is not a URL', { TEST_SSO_JWKS_URL: 'keys.json', SAMSKAB_TEST_SEAMS: '1' }],
  ])('refuses to start %s', (_case, seam) => {
    expect(() => loadConfig({ ...production, ...seam })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, ...seam })).toThrow(/^TEST_SSO_JWKS_URL: /);
  });

  it.each(['http://127.0.0.1:4000/keys', 'http://localhost:4000/keys', 'http://[::1]:4000/keys'])(
    'accepts the loopback URL %s with the flag',
    (url) => {
      const config = loadConfig({ ...production, TEST_SSO_JWKS_URL: url, SAMSKAB_TEST_SEAMS: '1' });
      expect(config.auth.testJwksUrl).toBe(url);
    },
  );

  describe('in the API', () => {
    let entra: FakeEntra;
    let server: ApiServer;
    let oid: string;

    beforeAll(async () => {
      entra = await startFakeEntra({ botClientId: 'unused' });
      server = await startApiServer({ env: { ...ENTRA_ENV, ...entra.env } });
      oid = (await cast(server.deps, server.forumId)).organizer.aadObjectId;
    });
    afterAll(async () => {
      await server?.stop();
      await entra?.close();
    });

    it('verifies tokens against the keys at the loopback URL, and only those', async () => {
      expect((await call(server.url, '/api/me', { token: await entra.sign({ oid }) })).status).toBe(200);
      expect(entra.jwksRequests).toBeGreaterThan(0);
      const stranger = await testKeys(); // a key pair the JWKS does not publish
      expect((await call(server.url, '/api/me', { token: await stranger.sign({ oid }) })).status).toBe(401);
    });
  });
});
