import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from './support/api-client';

describe('API authorization by role and department', () => {
  let app: TestApp;
  let forumId: string;
  let c: Awaited<ReturnType<typeof cast>>;
  let chefToken: string;
  let organizerToken: string;
  let facilitatorToken: string;
  let ownDept: string;
  let otherDept: string;

  beforeAll(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    c = await cast(app.deps, forumId);
    ownDept = c.departments[0]!.id;
    otherDept = c.departments[1]!.id;
    chefToken = await devToken(app.url, c.chefsOf(ownDept)[0]!.aadObjectId);
    organizerToken = await devToken(app.url, c.organizer.aadObjectId);
    facilitatorToken = await devToken(app.url, c.facilitator.aadObjectId);
  });
  afterAll(() => app.stop());

  const setShare = async (shareSummaries: boolean) => {
    const forum = (await app.deps.store.getForum(forumId))!;
    await app.deps.store.saveForum({ ...forum, settings: { ...forum.settings, shareSummaries } });
  };

  it('lets a chef read their own department summary, and refuses another department with 403', async () => {
    await setShare(false);
    const own = await call(app.url, `/api/departments/${ownDept}/summary`, { token: chefToken });
    expect(own.status).toBe(200);
    expect(own.body.summary.departmentId).toBe(ownDept);
    expect(own.body.canEditTakeaways).toBe(true);
    const other = await call(app.url, `/api/departments/${otherDept}/summary`, {
      token: chefToken,
      headers: { 'accept-language': 'en' },
    });
    expect(other.status).toBe(403);
    expect(other.body.error).toEqual(
      expect.objectContaining({ code: 'forbidden', message: 'You do not have access to this.' }),
    );
    for (const path of [
      `/api/departments/${otherDept}/export.docx`,
      `/api/departments/${otherDept}/answers.csv`,
    ]) {
      expect((await call(app.url, path, { token: chefToken })).status).toBe(403);
    }
  });

  it('lets every member read every summary (not edit) when the forum shares summaries', async () => {
    await setShare(true);
    try {
      const other = await call(app.url, `/api/departments/${otherDept}/summary`, { token: chefToken });
      expect(other.status).toBe(200);
      expect(other.body.canEditTakeaways).toBe(false);
      expect((await call(app.url, `/api/forums/${forumId}/overview`, { token: chefToken })).status).toBe(200);
      const put = await call(app.url, `/api/departments/${otherDept}/takeaways`, {
        token: chefToken,
        method: 'PUT',
        body: { text: 'x', expectedVersion: 0 },
      });
      expect(put.status).toBe(403);
    } finally {
      await setShare(false);
    }
  });

  it('refuses chefs on organizer routes with 403 organizer_only', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/forums/${forumId}/overview`],
      ['GET', `/api/forums/${forumId}/settings`],
      ['GET', `/api/forums/${forumId}/members`],
      ['POST', `/api/forums/${forumId}/members/import`, { csv: 'name\nx', dryRun: true }],
      ['GET', `/api/forums/${forumId}/rounds`],
      ['GET', `/api/forums/${forumId}/plan`],
      ['GET', `/api/forums/${forumId}/deliveries`],
      ['GET', `/api/forums/${forumId}/conversations`],
      ['GET', `/api/forums/${forumId}/export.pptx`],
      ['PATCH', `/api/departments/${ownDept}`, { recap: 'x' }],
    ];
    for (const [method, path, body] of routes) {
      const res = await call(app.url, path, { token: chefToken, method, body });
      expect([path, res.status, res.body.error?.code]).toEqual([path, 403, 'organizer_only']);
    }
  });

  it('lets organizers see every department and the admin routes', async () => {
    expect(
      (await call(app.url, `/api/departments/${otherDept}/summary`, { token: organizerToken })).status,
    ).toBe(200);
    expect((await call(app.url, `/api/forums/${forumId}/settings`, { token: organizerToken })).status).toBe(
      200,
    );
    const forum = await call(app.url, `/api/forums/${forumId}`, { token: organizerToken });
    expect(forum.body.viewer.visibleDepartmentIds).toHaveLength(c.departments.length);
  });

  it('gives facilitators read-only access to their departments', async () => {
    const res = await call(app.url, `/api/departments/${ownDept}/summary`, { token: facilitatorToken });
    expect(res.status).toBe(200);
    expect(res.body.canEditTakeaways).toBe(false);
    const put = await call(app.url, `/api/departments/${ownDept}/takeaways`, {
      token: facilitatorToken,
      method: 'PUT',
      body: { text: 'x', expectedVersion: 0 },
    });
    expect(put.status).toBe(403);
  });

  it('shows a chef only their own department as visible in the forum view', async () => {
    const res = await call(app.url, `/api/forums/${forumId}`, { token: chefToken });
    expect(res.status).toBe(200);
    expect(res.body.viewer).toEqual(
      expect.objectContaining({ role: 'chef', isOrganizer: false, visibleDepartmentIds: [ownDept] }),
    );
    expect(res.body.questions.length).toBeGreaterThan(0);
  });
});
