import { request as httpRequest } from 'node:http';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { answerAll } from './support/answers';
import { call, cast, devToken } from './support/api-client';

describe('API in dev sign-in mode (real app via startTestApp)', () => {
  let app: TestApp;
  let forumId: string;

  beforeAll(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
  });
  afterAll(() => app.stop());

  it('lists the members to sign in as, and marks every response as dev mode', async () => {
    const res = await call(app.url, '/api/dev/users');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-samskab-dev-mode')).toBe('1');
    expect(res.body.users.length).toBeGreaterThan(5);
    expect(res.body.users[0]).toEqual(
      expect.objectContaining({ aadObjectId: expect.any(String), name: expect.any(String) }),
    );
    expect((await call(app.url, '/healthz')).headers.get('x-samskab-dev-mode')).toBe('1');
  });

  it('issues a token for a member and GET /api/me answers with memberships and the dev flag', async () => {
    const { organizer } = await cast(app.deps, forumId);
    const token = await devToken(app.url, organizer.aadObjectId);
    const me = await call(app.url, '/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(
      expect.objectContaining({ aadObjectId: organizer.aadObjectId, devMode: true, name: organizer.name }),
    );
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ forumId, role: 'organizer', canAdminister: true }),
    ]);
  });

  it("returns a chef's own answers only (GET /api/me/answers)", async () => {
    const c = await cast(app.deps, forumId);
    const [mine, colleague] = c.chefsOf(c.departments[0]!.id);
    await answerAll(app.deps, mine!, (q) => `Mit svar ${q.number}`);
    await answerAll(app.deps, colleague!, (q) => `Kollegas svar ${q.number}`);
    const res = await call(app.url, `/api/me/answers?forumId=${forumId}`, {
      token: await devToken(app.url, mine!.aadObjectId),
    });
    expect(res.status).toBe(200);
    expect(res.body.answers.length).toBe(res.body.questions.length);
    expect(res.body.answers.every((a: { memberId: string }) => a.memberId === mine!.id)).toBe(true);
  });

  it('refuses a dev token for an unknown person with a localized 404', async () => {
    const res = await call(app.url, '/api/dev/token', {
      body: { aadObjectId: 'nobody' },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/No member/);
    expect(res.body.error.text.da).toMatch(/Ingen medlemmer/);
  });

  it('answers 401 with a localized message without a token', async () => {
    const res = await call(app.url, '/api/me', { headers: { 'accept-language': 'da-DK,da;q=0.9' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect(res.body.error).toEqual(
      expect.objectContaining({ code: 'unauthenticated', message: expect.stringMatching(/logget ind/) }),
    );
  });
});

describe('dev sign-in answers only loopback host names (DNS rebinding)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  /** fetch cannot set Host; node:http can, as a rebinding page's browser would send it. */
  function withHost(path: string, host: string, body?: unknown) {
    const target = new URL(app.url);
    return new Promise<{ status: number; body: any }>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path,
          method: payload ? 'POST' : 'GET',
          headers: { host, ...(payload ? { 'content-type': 'application/json' } : {}) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  const port = () => new URL(app.url).port;
  const member = async () => (await cast(app.deps, (await app.deps.store.listForums())[0]!.id)).organizer;

  it.each(['evil.example', 'evil.example:3978', 'localhost.evil.example', '127.0.0.2', '[::2]', '0.0.0.0'])(
    'refuses Host %s on /api/dev/token and /api/dev/users with a localized 403',
    async (host) => {
      const token = await withHost('/api/dev/token', host, { aadObjectId: (await member()).aadObjectId });
      expect([token.status, token.body.error?.code]).toEqual([403, 'forbidden']);
      expect(token.body.error.message).toMatch(/localhost/);
      expect(token.body.token).toBeUndefined();
      const users = await withHost('/api/dev/users', host);
      expect(users.status).toBe(403);
      expect(users.body.users).toBeUndefined();
    },
  );

  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '[::1]', 'localhost:PORT', '127.0.0.1:PORT', '[::1]:PORT'])(
    'answers Host %s',
    async (host) => {
      const res = await withHost('/api/dev/token', host.replace('PORT', port()), {
        aadObjectId: (await member()).aadObjectId,
      });
      expect(res.status).toBe(200);
      expect(typeof res.body.token).toBe('string');
      expect((await withHost('/api/dev/users', host.replace('PORT', port()))).status).toBe(200);
    },
  );
});
