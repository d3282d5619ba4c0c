import JSZip from 'jszip';
import type { Member } from '../../../core/model';
import { call } from '../api/support/api-client';
import { answerSome } from './support/answers';
import { startPrivacyServer, type PrivacyServer } from './support/privacy-server';

const SECRET = 'Fortroligt-refleksion-7731';

describe('data subject rights over the API', () => {
  let s: PrivacyServer;
  let chef: Member;
  let otherChef: Member;
  let organizer: Member;

  beforeEach(async () => {
    s = await startPrivacyServer();
    ({ chef, otherChef } = s.chefs);
    organizer = s.members.find((m) => m.role === 'organizer')!;
    await answerSome(s.deps.store, chef, 3, SECRET);
    await answerSome(s.deps.store, otherChef, 2, 'Andens svar');
  });
  afterEach(async () => {
    await s.stop();
  });

  test('a chef sees their own answers with every revision, and nobody else’s', async () => {
    const res = await call(s.url, '/api/me/data', { token: await s.token(chef) });
    expect(res.status).toBe(200);
    expect(res.body.format).toBe('samskab.subject-data/1');
    const [membership] = res.body.memberships;
    expect(membership.member.id).toBe(chef.id);
    expect(membership.answers).toHaveLength(3);
    expect(membership.answers[0].revisions).toHaveLength(2);
    expect(JSON.stringify(res.body)).toContain(SECRET);
    expect(JSON.stringify(res.body)).not.toContain('Andens svar');
    expect(membership.retention).toMatchObject({ status: 'running', purgeOnDate: expect.any(String) });
  });

  test('downloads as JSON and as a readable Word document, each in the audit log', async () => {
    const token = await s.token(chef);
    const json = await fetch(`${s.url}/api/me/data/export.json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/attachment; filename="samskab-mine-data-/);
    expect(await json.text()).toContain(SECRET);

    const docx = await fetch(`${s.url}/api/me/data/export.docx`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(`${SECRET} v2`);
    expect(xml).toContain(`${SECRET} v1`);
    expect(xml).toContain('Your data in Samskab');
    // The exports' Word renderer: the facts about the person as a table, each answer under its question.
    expect(xml).toMatch(/<w:tbl>[\s\S]*Name[\s\S]*<\/w:tbl>/);
    expect(xml).toContain('w:val="Heading3"');
    expect(xml.indexOf(`${SECRET} v2`)).toBeLessThan(xml.indexOf(`${SECRET} v1`));

    const audit = await s.deps.store.listAudit(s.forumId);
    expect(
      audit
        .filter((e) => e.action === 'privacy.export')
        .map((e) => e.details.format)
        .sort(),
    ).toEqual(['docx', 'json']);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  test('deletion takes a confirmation; then the text is gone everywhere and only counts remain', async () => {
    const token = await s.token(chef);
    const ask = await call(s.url, '/api/me/data/delete', { token, body: {} });
    expect(ask.status).toBe(200);
    expect(ask.body).toMatchObject({
      status: 'confirmationRequired',
      preview: { answers: 3, revisions: 6, forums: 1 },
    });
    expect(await s.deps.store.listAnswers(s.forumId, { memberId: chef.id })).toHaveLength(3);

    const forged = await call(s.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: `${ask.body.confirmToken}x` },
    });
    expect(forged.status).toBe(409);
    expect(forged.body.error.message).toMatch(/Bekræftelseskoden er ugyldig/);
    const forgedEn = await call(s.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: 'nope' },
      headers: { 'accept-language': 'en' },
    });
    expect(forgedEn.body.error.message).toMatch(/confirmation code is invalid/);

    // Another person cannot use my code.
    const stolen = await call(s.url, '/api/me/data/delete', {
      token: await s.token(otherChef),
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(stolen.status).toBe(409);
    expect(await s.deps.store.listAnswers(s.forumId, { memberId: otherChef.id })).toHaveLength(2);

    const done = await call(s.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('deleted');
    expect(done.body.reports[0]).toMatchObject({ memberId: chef.id, answers: 3, revisions: 6 });

    expect(await s.deps.store.listAnswers(s.forumId, { memberId: chef.id })).toEqual([]);
    const after = await call(s.url, '/api/me/data/export.json', { token });
    expect(JSON.stringify(after.body)).not.toContain(SECRET);
    const tallies = await s.deps.store.listErasedAnswerTallies(s.forumId);
    expect(tallies.reduce((n, t) => n + t.count, 0)).toBe(3);
    expect(tallies.every((t) => t.reason === 'subject' && t.departmentId === chef.departmentIds[0])).toBe(
      true,
    );
    const erase = (await s.deps.store.listAudit(s.forumId)).find((e) => e.action === 'privacy.erase');
    expect(erase).toMatchObject({
      actorMemberId: chef.id,
      targetId: chef.id,
      details: { reason: 'subject', answers: 3, revisions: 6 },
    });
    // The same code again (a double click, a retried request, another instance): refused, and
    // nothing changes, not even the audit log.
    const auditBefore = await s.deps.store.listAudit(s.forumId);
    const replay = await call(s.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(replay.status).toBe(410);
    expect(replay.body.error.message).toBe('Denne bekræftelse er allerede brugt. Intet er ændret.');
    const replayEn = await call(s.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: ask.body.confirmToken },
      headers: { 'accept-language': 'en' },
    });
    expect(replayEn.status).toBe(410);
    expect(replayEn.body.error.message).toBe('This confirmation has already been used. Nothing was changed.');
    expect(await s.deps.store.listAudit(s.forumId)).toEqual(auditBefore);
    expect((await s.deps.store.listErasedAnswerTallies(s.forumId)).reduce((n, t) => n + t.count, 0)).toBe(3);

    // Still a member; the other chef's answers are untouched.
    expect(await s.deps.store.getMember(chef.id)).toBeDefined();
    expect(await s.deps.store.listAnswers(s.forumId, { memberId: otherChef.id })).toHaveLength(2);
  });

  test('one code used twice at the same time: exactly one erasure and one audit entry', async () => {
    const token = await s.token(chef);
    const { confirmToken } = (await call(s.url, '/api/me/data/delete', { token, body: {} })).body;
    const both = await Promise.all([
      call(s.url, '/api/me/data/delete', { token, body: { confirmToken } }),
      call(s.url, '/api/me/data/delete', { token, body: { confirmToken } }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 410]);
    const erasures = (await s.deps.store.listAudit(s.forumId)).filter((e) => e.action === 'privacy.erase');
    expect(erasures).toHaveLength(1);
    expect(erasures[0]!.details).toMatchObject({ answers: 3 });
  });

  test('the code is the only confirmation: { confirm: true } deletes nothing, for the person or an organizer', async () => {
    const token = await s.token(chef);
    const self = await call(s.url, '/api/me/data/delete', { token, body: { confirm: true } });
    expect(self.status).toBe(422);
    const org = await call(s.url, `/api/members/${otherChef.id}/data/delete`, {
      token: await s.token(organizer),
      body: { confirm: true },
    });
    expect(org.status).toBe(422);
    expect(await s.deps.store.listAnswers(s.forumId, { memberId: chef.id })).toHaveLength(3);
    expect(await s.deps.store.listAnswers(s.forumId, { memberId: otherChef.id })).toHaveLength(2);
    expect((await s.deps.store.listAudit(s.forumId)).filter((e) => e.action === 'privacy.erase')).toEqual([]);
    // With the code: deleted once; a second deletion (new code) finds nothing.
    const ask = await call(s.url, '/api/me/data/delete', { token, body: {} });
    const done = await call(s.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(done.body.reports[0].answers).toBe(3);
    const again = await call(s.url, '/api/me/data/delete', { token, body: {} });
    expect(again.body).toMatchObject({ status: 'confirmationRequired', preview: { answers: 0 } });
  });

  test('wrong bodies are refused with a localized 422 and delete nothing', async () => {
    const token = await s.token(chef);
    for (const body of [
      { confirm: 'true' },
      { confirm: 1 },
      { confirm: false },
      { confirmToken: 42 },
      { forumId: '' },
      [1, 2],
    ]) {
      const res = await call(s.url, '/api/me/data/delete', { token, body });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toBe('Nogle felter er ikke udfyldt korrekt.');
    }
    expect(await s.deps.store.listAnswers(s.forumId, { memberId: chef.id })).toHaveLength(3);
  });

  test('organizers see, export and delete a leaving member’s data; chefs cannot', async () => {
    const orgToken = await s.token(organizer);
    const view = await call(s.url, `/api/members/${otherChef.id}/data`, { token: orgToken });
    expect(view.status).toBe(200);
    expect(view.body.memberships[0].answers).toHaveLength(2);

    const denied = await call(s.url, `/api/members/${otherChef.id}/data`, { token: await s.token(chef) });
    expect(denied.status).toBe(403);
    const deniedDelete = await call(s.url, `/api/members/${otherChef.id}/data/delete`, {
      token: await s.token(chef),
      body: { confirm: true },
    });
    expect(deniedDelete.status).toBe(403);
    expect(await s.deps.store.listAnswers(s.forumId, { memberId: otherChef.id })).toHaveLength(2);

    const missing = await call(s.url, '/api/members/nobody/data', {
      token: orgToken,
      headers: { 'accept-language': 'en' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('The member does not exist.');

    const ask = await call(s.url, `/api/members/${otherChef.id}/data/delete`, { token: orgToken, body: {} });
    expect(ask.body.status).toBe('confirmationRequired');
    const done = await call(s.url, `/api/members/${otherChef.id}/data/delete`, {
      token: orgToken,
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(done.body.reports[0]).toMatchObject({ answers: 2 });
    const erase = (await s.deps.store.listAudit(s.forumId)).find((e) => e.action === 'privacy.erase');
    expect(erase).toMatchObject({
      actorMemberId: organizer.id,
      targetId: otherChef.id,
      details: { reason: 'organizer' },
    });
    expect((await s.deps.store.listErasedAnswerTallies(s.forumId))[0]?.reason).toBe('organizer');
  });

  test('a person who is in no forum gets a clear 403', async () => {
    const stranger: Member = {
      ...chef,
      id: 'x',
      aadObjectId: '99999999-9999-4999-8999-999999999999',
      name: 'Ukendt',
    };
    const res = await call(s.url, '/api/me/data', { token: await s.token(stranger) });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/ingen data om dig/);
  });

  test('organizers see when the forum’s personal data will be purged', async () => {
    const res = await call(s.url, `/api/forums/${s.forumId}/retention`, { token: await s.token(organizer) });
    expect(res.status).toBe(200);
    const forum = (await s.deps.store.getForum(s.forumId))!;
    expect(res.body.retention).toMatchObject({
      finalMeetingDate: forum.finalMeetingDate,
      retentionDays: forum.settings.retentionDays,
      status: 'running',
    });
    expect(res.body.purge).toBeNull();
    expect(
      (await call(s.url, `/api/forums/${s.forumId}/retention`, { token: await s.token(chef) })).status,
    ).toBe(403);
  });

  test('after the retention purge the route says so, and the person’s data is gone', async () => {
    const { job, at: later } = await s.retentionJobPastPurge();
    expect((await job.runOnce(later)).purged).toHaveLength(1);
    const res = await call(s.url, `/api/forums/${s.forumId}/retention`, { token: await s.token(organizer) });
    expect(res.body.retention).toMatchObject({ status: 'purged', daysUntilPurge: 0 });
    expect(res.body.purge).toMatchObject({ answers: 5 });
    expect(res.body.erasedAnswers.every((t: { reason: string }) => t.reason === 'retention')).toBe(true);
    // The chef's Entra id is gone, so their old token finds no membership.
    const mine = await call(s.url, '/api/me/data', { token: await s.token(chef) });
    expect(mine.status).toBe(403);
  });
});
