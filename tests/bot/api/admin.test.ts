import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from './support/api-client';

describe('administration: settings, departments, members and CSV import', () => {
  let app: TestApp;
  let forumId: string;
  let c: Awaited<ReturnType<typeof cast>>;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    c = await cast(app.deps, forumId);
    token = await devToken(app.url, c.organizer.aadObjectId);
  });
  afterAll(() => app.stop());

  it('updates forum settings and validates dates, times and the time zone with localized field errors', async () => {
    const { body } = await call(app.url, `/api/forums/${forumId}/settings`, { token });
    const forum = body.forum;
    const update = {
      name: forum.name,
      assignment: forum.assignment,
      kickoffDate: forum.kickoffDate,
      finalMeetingDate: forum.finalMeetingDate,
      timeZone: 'europe/copenhagen',
      defaultLocale: 'da',
      settings: {
        ...forum.settings,
        shareSummaries: true,
        blackoutPeriods: [{ from: '2019-10-14', to: '2019-10-18' }],
      },
    };
    const ok = await call(app.url, `/api/forums/${forumId}/settings`, { token, method: 'PUT', body: update });
    expect(ok.status).toBe(200);
    expect(ok.body.forum.timeZone).toBe('Europe/Copenhagen');
    expect(ok.body.forum.settings.shareSummaries).toBe(true);
    expect(ok.body.warnings).toEqual([]);

    const bad = await call(app.url, `/api/forums/${forumId}/settings`, {
      token,
      method: 'PUT',
      headers: { 'accept-language': 'en' },
      body: {
        ...update,
        finalMeetingDate: '2019-08-01',
        settings: {
          ...update.settings,
          sendTime: '25:00',
          blackoutPeriods: [{ from: '2019-10-18', to: '2019-10-14' }],
        },
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({
      finalMeetingDate: 'The end date must be after the start date.',
      'settings.sendTime': 'Must be a time as HH:MM.',
      'settings.blackoutPeriods.0.to': '"From" must be on or before "to".',
    });

    const zone = await call(app.url, `/api/forums/${forumId}/settings`, {
      token,
      method: 'PUT',
      body: { ...update, timeZone: 'Mars/Olympus' },
    });
    expect(zone.status).toBe(422);
    expect(zone.body.error.fields).toEqual({ timeZone: 'Ukendt tidszone (brug fx Europe/Copenhagen).' });
  });

  it('creates, edits and deletes a department; refuses deleting one with answers', async () => {
    const created = await call(app.url, `/api/forums/${forumId}/departments`, {
      token,
      body: { name: { da: 'Ny Afdeling', en: 'New Department' }, facilitatorMeetingDate: '2019-10-01' },
    });
    expect(created.status).toBe(201);
    const id = created.body.department.id;
    const patched = await call(app.url, `/api/departments/${id}`, {
      token,
      method: 'PATCH',
      body: { recap: 'Opsamling', chosenAssignment: 'Opgave B' },
    });
    expect(patched.body.department).toEqual(
      expect.objectContaining({
        recap: 'Opsamling',
        chosenAssignment: 'Opgave B',
        facilitatorMeetingDate: '2019-10-01',
      }),
    );
    expect((await call(app.url, `/api/departments/${id}`, { token, method: 'DELETE' })).status).toBe(200);
    expect((await call(app.url, `/api/departments/${id}/summary`, { token })).status).toBe(404);

    const withAnswers = c.departments[0]!;
    const chef = c.chefsOf(withAnswers.id)[0]!;
    const [q] = await app.deps.store.listQuestions(forumId);
    await app.deps.store.saveAnswer({
      forumId,
      departmentId: withAnswers.id,
      questionId: q!.id,
      memberId: chef.id,
      value: { kind: 'text', text: 'x' } as never,
      at: new Date().toISOString(),
    });
    const refused = await call(app.url, `/api/departments/${withAnswers.id}`, { token, method: 'DELETE' });
    expect(refused.status).toBe(409);
  });

  it('creates and edits members, refusing a chef without exactly one department and duplicate object ids', async () => {
    const dept = c.departments[2]!.id;
    const aad = '0f0f0f0f-1111-4222-8333-444444444444';
    const created = await call(app.url, `/api/forums/${forumId}/members`, {
      token,
      body: {
        aadObjectId: aad.toUpperCase(),
        name: 'Åse Ørnbøl',
        role: 'chef',
        departmentIds: [dept],
        locale: 'da',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.member.aadObjectId).toBe(aad);
    const dup = await call(app.url, `/api/forums/${forumId}/members`, {
      token,
      body: { aadObjectId: aad, name: 'Dup', role: 'organizer' },
    });
    expect(dup.status).toBe(409);
    const noDept = await call(app.url, `/api/members/${created.body.member.id}`, {
      token,
      method: 'PATCH',
      body: { departmentIds: [] },
      headers: { 'accept-language': 'en' },
    });
    expect(noDept.status).toBe(422);
    expect(noDept.body.error.fields.departmentIds).toBe('A chef belongs to exactly one department.');
    const paused = await call(app.url, `/api/members/${created.body.member.id}`, {
      token,
      method: 'PATCH',
      body: { pausedUntil: '2019-10-20' },
    });
    expect(paused.body.member.pausedUntil).toBe('2019-10-20');
  });

  it('previews a CSV import with per-row localized errors and changes nothing on a dry run', async () => {
    const before = await app.deps.store.listMembers(forumId);
    const dept = c.departments[0]!;
    const csv = [
      'navn;e-mail;objectid;rolle;afdeling;sprog',
      `Birte Ærø;birte@example.dk;12345678-aaaa-4bbb-8ccc-000000000001;chef;${dept.name.da};da`,
      `Uden Afdeling;;12345678-aaaa-4bbb-8ccc-000000000002;chef;Findes Ikke;da`,
      `Forkert Id;x@;not-a-guid;boss;;fr`,
      `${c.organizer.name};;${c.organizer.aadObjectId};arrangør;;da`,
    ].join('\r\n');
    const res = await call(app.url, `/api/forums/${forumId}/members/import`, {
      token,
      body: { csv, dryRun: true },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({ dryRun: true, applied: false, errorRows: 2, created: 1, updated: 1 }),
    );
    const [ok, unknownDept, bad, existing] = res.body.rows;
    expect(ok).toEqual(expect.objectContaining({ line: 2, ok: true, action: 'create' }));
    expect(ok.member).toEqual(
      expect.objectContaining({ name: 'Birte Ærø', role: 'chef', departmentIds: [dept.id] }),
    );
    expect(unknownDept).toEqual(expect.objectContaining({ line: 3, ok: false }));
    // Errors stand under the columns as the organizer typed them.
    expect(unknownDept.errors.afdeling).toBe('Unknown department: Findes Ikke.');
    expect(bad.errors).toEqual({
      'e-mail': 'Invalid e-mail address.',
      objectid: 'Must be an Entra object id (GUID).',
      rolle: 'The role must be chef, facilitator or organizer.',
      sprog: 'The language must be da (Danish) or en (English).',
    });
    expect(existing).toEqual(expect.objectContaining({ ok: true, action: 'update' }));
    expect(await app.deps.store.listMembers(forumId)).toHaveLength(before.length);

    const applied = await call(app.url, `/api/forums/${forumId}/members/import`, {
      token,
      body: { csv, dryRun: false },
    });
    expect(applied.status).toBe(422);
    expect(applied.body.error.code).toBe('import_has_errors');
    expect(applied.body.import.errorRows).toBe(2);
    expect(await app.deps.store.listMembers(forumId)).toHaveLength(before.length);

    const good = csv
      .split('\r\n')
      .filter((_, i) => i !== 2 && i !== 3)
      .join('\r\n');
    const done = await call(app.url, `/api/forums/${forumId}/members/import`, {
      token,
      body: { csv: good, dryRun: false },
    });
    expect(done.status).toBe(200);
    expect(done.body).toEqual(expect.objectContaining({ applied: true, created: 1, updated: 1 }));
    expect(await app.deps.store.listMembers(forumId)).toHaveLength(before.length + 1);
  });

  it('refuses a CSV without the required columns', async () => {
    const res = await call(app.url, `/api/forums/${forumId}/members/import`, {
      token,
      body: { csv: 'foo,bar\n1,2', dryRun: true },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe(
      'The first line must name the columns (e.g. name; e-mail; role; departments; language); missing: name, role, e-mail.',
    );
  });

  it('reports the link status of group chats and personal chats', async () => {
    const dept = c.departments[0]!.id;
    await app.deps.store.saveConversationRef({
      conversationId: '19:group@thread.v2',
      kind: 'groupChat',
      tenantId: 't',
      aadObjectId: null,
      departmentId: dept,
      reference: { secret: 'not exposed' },
      installedAt: new Date().toISOString(),
      removedAt: null,
      reachable: true,
      lastError: null,
    });
    const res = await call(app.url, `/api/forums/${forumId}/conversations`, { token });
    expect(res.status).toBe(200);
    const linked = res.body.departments.find((d: { departmentId: string }) => d.departmentId === dept);
    expect(linked).toEqual(expect.objectContaining({ linked: true }));
    expect(JSON.stringify(res.body)).not.toContain('not exposed');
    expect(res.body.personal.length).toBeGreaterThan(0);
  });
});
