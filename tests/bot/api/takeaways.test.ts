import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from './support/api-client';

describe('co-edited takeaways with optimistic concurrency', () => {
  let app: TestApp;
  let departmentId: string;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    app = await startTestApp();
    const forumId = (await app.deps.store.listForums())[0]!.id;
    const c = await cast(app.deps, forumId);
    departmentId = c.departments[0]!.id;
    const [a, b] = c.chefsOf(departmentId);
    alice = await devToken(app.url, a!.aadObjectId);
    bob = await devToken(app.url, b!.aadObjectId);
  });
  afterAll(() => app.stop());

  const put = (token: string, body: unknown, lang = 'da') =>
    call(app.url, `/api/departments/${departmentId}/takeaways`, {
      token,
      method: 'PUT',
      body,
      headers: { 'accept-language': lang },
    });

  it('saves from version 0, then refuses a stale save with 409 and the current text (nothing lost)', async () => {
    const first = await put(alice, { text: 'Vi er blevet klogere på ærlig dialog.', expectedVersion: 0 });
    expect(first.status).toBe(200);
    expect(first.body.takeaways).toEqual(
      expect.objectContaining({ text: 'Vi er blevet klogere på ærlig dialog.', version: 1 }),
    );

    const stale = await put(bob, { text: 'Bobs udgave', expectedVersion: 0 }, 'en');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.message).toMatch(/Someone else saved/);
    expect(stale.body.current).toEqual(
      expect.objectContaining({ text: 'Vi er blevet klogere på ærlig dialog.', version: 1 }),
    );

    const merged = await put(bob, {
      text: 'Vi er blevet klogere på ærlig dialog. Og Bobs udgave.',
      expectedVersion: 1,
    });
    expect(merged.status).toBe(200);
    expect(merged.body.takeaways.version).toBe(2);
    const summary = await call(app.url, `/api/departments/${departmentId}/summary`, { token: alice });
    expect(summary.body.takeaways.text).toContain('Bobs udgave');
  });

  it('rejects an invalid body with 422 and localized field messages', async () => {
    const res = await put(alice, { text: 42 }, 'en');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation');
    expect(res.body.error.fields).toEqual({ text: 'Invalid value.', expectedVersion: 'Required.' });
    const da = await put(alice, { text: 'x'.repeat(20_001), expectedVersion: -1 }, 'da');
    expect(da.body.error.fields).toEqual({
      text: 'Teksten er for lang (højst 20.000 tegn).',
      expectedVersion: 'Skal være mindst 0.',
    });
  });
});
