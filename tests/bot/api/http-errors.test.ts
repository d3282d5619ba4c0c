import { apiMessages } from '../../../core/api';
import { startTestApp, type TestApp } from '../../support/app-harness';

/**
 * restify's own errors (before any route handler) and the errors route handlers throw are
 * written by one writer: the same shape, headers and language.
 */
describe('errors of the HTTP layer', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { BODY_LIMIT_BYTES: '2048' } });
  });
  afterAll(() => app.stop());

  const send = async (path: string, init: RequestInit & { lang?: string } = {}) => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    if (init.lang) headers['accept-language'] = init.lang;
    const res = await fetch(app.url + path, { ...init, headers });
    return { status: res.status, body: (await res.json()) as { error: Record<string, unknown> } };
  };
  const json = { 'content-type': 'application/json' };

  test.each([
    [
      '413 body too large',
      413,
      'too_large',
      'error.tooLarge',
      () => ({ method: 'POST', headers: json, body: JSON.stringify({ x: 'x'.repeat(5000) }) }),
    ],
    [
      '400 bad JSON',
      400,
      'validation',
      'error.badJson',
      () => ({ method: 'POST', headers: json, body: '{"aadObjectId":' }),
    ],
  ] as const)(
    '%s: Danish by default, English with Accept-Language: en',
    async (_n, status, code, key, init) => {
      const da = await send('/api/dev/token', init());
      expect(da).toMatchObject({
        status,
        body: { error: { code, message: apiMessages[key].da, fields: {} } },
      });
      const en = await send('/api/dev/token', { ...init(), lang: 'en-GB,da;q=0.5' });
      expect(en.body.error.message).toBe(apiMessages[key].en);
      expect(en.body.error.text).toEqual(apiMessages[key]);
      expect(en.body.error.requestId).toEqual(expect.any(String));
    },
  );

  test('404 unknown route and 405 wrong method', async () => {
    const unknown = await send('/api/no-such-route', { lang: 'en' });
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', message: apiMessages['error.notFound'].en } },
    });
    const wrong = await send('/api/me', { method: 'PUT', headers: json, body: '{}' });
    expect(wrong.status).toBe(405);
    expect(wrong.body.error).toMatchObject({
      code: 'method_not_allowed',
      message: apiMessages['error.methodNotAllowed'].da,
    });
  });

  test('one writer: a refused sign-in and an unknown route answer with the same shape and headers', async () => {
    const unsigned = await fetch(app.url + '/api/me', { headers: { 'accept-language': 'en' } });
    const unknown = await fetch(app.url + '/api/no-such-route', { headers: { 'accept-language': 'en' } });
    expect([unsigned.status, unknown.status]).toEqual([401, 404]);
    for (const res of [unsigned, unknown]) {
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-request-id')).toEqual(expect.any(String));
    }
    expect(unsigned.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(unknown.headers.get('www-authenticate')).toBeNull();
    const bodies = [await unsigned.json(), await unknown.json()] as { error: Record<string, unknown> }[];
    expect(bodies[0]!.error).toEqual({
      code: 'unauthenticated',
      message: apiMessages['error.unauthenticated'].en,
      text: apiMessages['error.unauthenticated'],
      fields: {},
      requestId: unsigned.headers.get('x-request-id'),
    });
    expect(Object.keys(bodies[1]!.error).sort()).toEqual(Object.keys(bodies[0]!.error).sort());
  });
});
