import type { Member } from '../../../core/model';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { answerAll } from './support/answers';
import { call, cast, devToken } from './support/api-client';

describe('DELETE /api/members/:memberId: removing a member who leaves takes two steps', () => {
  let app: TestApp;
  let forumId: string;
  let c: Awaited<ReturnType<typeof cast>>;
  let token: string;

  beforeEach(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    c = await cast(app.deps, forumId);
    token = await devToken(app.url, c.organizer.aadObjectId);
  });
  afterEach(() => app.stop());

  const leaver = async (): Promise<Member> => {
    const chef = c.chefsOf(c.departments[0]!.id)[0]!;
    await answerAll(app.deps, chef, (q) => `Svar ${q.number} fra en der går`);
    return chef;
  };
  const answersOf = async (m: Member) =>
    (await app.deps.store.listAnswers(forumId, { memberId: m.id })).length;
  const audit = async () => (await app.deps.store.listAudit(forumId, { limit: 500 })).map((e) => e.action);
  const remove = (m: Member, body?: unknown) =>
    call(app.url, `/api/members/${m.id}`, { token, method: 'DELETE', body });

  test('the first call only previews and issues a code; nothing is removed or erased', async () => {
    const chef = await leaver();
    const first = await remove(chef, { eraseAnswers: true });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'confirmationRequired',
      confirmToken: expect.any(String),
      eraseAnswers: true,
      member: { id: chef.id },
      preview: { answers: 6, forums: 1 },
    });
    // A DELETE with no body at all is a first step too.
    expect((await remove(chef)).body.status).toBe('confirmationRequired');
    expect(await app.deps.store.getMember(chef.id)).toBeDefined();
    expect(await answersOf(chef)).toBe(6);
    expect(await audit()).toEqual([]);
  });

  test('with the code and eraseAnswers: answers erased (privacy.erase), then the member removed (member.delete)', async () => {
    const chef = await leaver();
    const { confirmToken } = (await remove(chef, { eraseAnswers: true })).body;
    const done = await remove(chef, { eraseAnswers: true, confirmToken });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'removed',
      member: { id: chef.id },
      erasure: { memberId: chef.id, answers: 6 },
    });
    expect(await app.deps.store.getMember(chef.id)).toBeUndefined();
    expect(await answersOf(chef)).toBe(0);
    expect((await audit()).sort()).toEqual(['member.delete', 'privacy.erase']);
  });

  test('without eraseAnswers the answers stay until the retention purge', async () => {
    const chef = await leaver();
    const { confirmToken } = (await remove(chef, {})).body;
    const done = await remove(chef, { confirmToken });
    expect(done.body).toMatchObject({ status: 'removed', erasure: null });
    expect(await app.deps.store.getMember(chef.id)).toBeUndefined();
    expect(await answersOf(chef)).toBe(6);
    expect(await audit()).toEqual(['member.delete']);
  });

  test('the code is the only confirmation: { confirm: true } removes and erases nothing', async () => {
    const chef = await leaver();
    for (const body of [{ confirm: true }, { confirm: true, eraseAnswers: true }]) {
      const res = await remove(chef, body);
      expect(res.status).toBe(422);
    }
    expect(await app.deps.store.getMember(chef.id)).toBeDefined();
    expect(await answersOf(chef)).toBe(6);
    expect(await audit()).toEqual([]);
  });

  test('a code for "keep the answers" cannot erase them; a forged code is refused; nothing changes', async () => {
    const chef = await leaver();
    const keep = (await remove(chef, { eraseAnswers: false })).body.confirmToken;
    const misuse = await remove(chef, { eraseAnswers: true, confirmToken: keep });
    expect(misuse.status).toBe(409);
    expect(misuse.body.error.message).toBe('Bekræftelseskoden er ugyldig eller udløbet. Start forfra.');
    const forged = await remove(chef, { confirmToken: 'abc.def' });
    expect(forged.status).toBe(409);
    const bad = await remove(chef, { eraseAnswers: 'yes' });
    expect(bad.status).toBe(422);
    expect(await app.deps.store.getMember(chef.id)).toBeDefined();
    expect(await answersOf(chef)).toBe(6);
    expect(await audit()).toEqual([]);
  });

  test('a code is used once: a replay (after or during the removal) is refused with 410 and changes nothing', async () => {
    const chef = await leaver();
    const { confirmToken } = (await remove(chef, { eraseAnswers: true })).body;
    expect((await remove(chef, { eraseAnswers: true, confirmToken })).status).toBe(200);
    const replay = await remove(chef, { eraseAnswers: true, confirmToken });
    expect(replay.status).toBe(410);
    expect(replay.body.error.message).toBe('Denne bekræftelse er allerede brugt. Intet er ændret.');
    const replayEn = await call(app.url, `/api/members/${chef.id}`, {
      token,
      method: 'DELETE',
      body: { eraseAnswers: true, confirmToken },
      headers: { 'accept-language': 'en' },
    });
    expect(replayEn.status).toBe(410);
    expect(replayEn.body.error.message).toBe('This confirmation has already been used. Nothing was changed.');
    expect((await audit()).sort()).toEqual(['member.delete', 'privacy.erase']);

    // Two uses of one code at the same time (a double click, two instances): exactly one acts.
    const other = c.chefsOf(c.departments[1]!.id)[0]!;
    const code = (await remove(other, {})).body.confirmToken;
    const both = await Promise.all([
      remove(other, { confirmToken: code }),
      remove(other, { confirmToken: code }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 410]);
    expect((await audit()).filter((a) => a === 'member.delete')).toHaveLength(2);
  });

  test('a code is bound to the organizer who asked; chefs are refused; removing oneself is refused', async () => {
    const chef = await leaver();
    const { confirmToken } = (await remove(chef, {})).body;
    const other = c.members.find((m) => m.role === 'organizer' && m.id !== c.organizer.id);
    if (other) {
      const otherToken = await devToken(app.url, other.aadObjectId);
      const res = await call(app.url, `/api/members/${chef.id}`, {
        token: otherToken,
        method: 'DELETE',
        body: { confirmToken },
      });
      expect(res.status).toBe(409);
    }
    const chefToken = await devToken(app.url, c.chefsOf(c.departments[1]!.id)[0]!.aadObjectId);
    const denied = await call(app.url, `/api/members/${chef.id}`, {
      token: chefToken,
      method: 'DELETE',
      body: { confirm: true },
    });
    expect(denied.status).toBe(403);
    const self = await remove(c.organizer, { confirm: true });
    expect(self.status).toBe(409);
    expect(await app.deps.store.getMember(chef.id)).toBeDefined();
    expect(await audit()).toEqual([]);
  });
});
