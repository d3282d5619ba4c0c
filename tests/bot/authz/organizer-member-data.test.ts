import { newForumFromTemplate } from '../../../core/example-forum/new-forum';
import type { Member } from '../../../core/model';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, devToken } from '../api/support/api-client';
import { answerSome } from '../privacy/support/answers';

/**
 * Issue 11, finding 2: with several forums, an organizer of forum B who adds a forum-A member to B
 * by Entra id must not read that person's Teams conversation reference (ids, serviceUrl) or anything
 * of forum A through GET /api/members/<id>/data. An organizer sees that forum's data only, and a
 * person's chats with the bot are shown to the person alone.
 */
const SECRET_CHAT = 'a:personal-secret-7731';
const SECRET_SERVICE = 'https://smba.example.test/secret-region-7731/';
const ANSWER_IN_A = 'Svar i forum A 7731';

describe("an organizer's view of a member's data", () => {
  let app: TestApp;
  let person: Member;
  let organizerA: Member;
  let organizerBToken: string;
  let forumBId: string;

  beforeAll(async () => {
    app = await startTestApp({ clock: { now: () => new Date('2019-09-05T08:00:00.000Z') } });
    const { store, changes } = app.deps;
    const [forumA] = await store.listForums();
    const members = await store.listMembers(forumA!.id);
    person = members.find((m) => m.role === 'chef')!;
    organizerA = members.find((m) => m.role === 'organizer')!;
    await answerSome(store, person, 1, ANSWER_IN_A);
    await store.saveConversationRef({
      conversationId: SECRET_CHAT,
      kind: 'personal',
      tenantId: 'tenant-1',
      aadObjectId: person.aadObjectId,
      departmentId: null,
      reference: { serviceUrl: SECRET_SERVICE, conversation: { id: SECRET_CHAT } } as never,
      installedAt: '2019-09-01T08:00:00.000Z',
      removedAt: null,
      reachable: true,
      lastError: null,
    });
    let n = 0;
    const b = newForumFromTemplate(
      () => `bbbbbbbb-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      '2019-09-05T08:00:00.000Z',
      'Europe/Copenhagen',
      ['bbbbbbbb-1111-4000-8000-000000000001'],
    );
    await store.saveForum(b.forum);
    await store.saveQuestions(b.forum.id, b.questions);
    await store.savePrinciples(b.forum.id, b.principles);
    await store.saveMember(b.organizers[0]!);
    await changes.publish({ forumId: b.forum.id, departmentId: null, topic: 'member' });
    forumBId = b.forum.id;
    organizerBToken = await devToken(app.url, b.organizers[0]!.aadObjectId);
  });
  afterAll(() => app.stop());

  it('shows the person their own chats with the bot (the control)', async () => {
    const own = await call(app.url, '/api/me/data', { token: await devToken(app.url, person.aadObjectId) });
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).toContain(SECRET_SERVICE);
  });

  it('gives an organizer of another forum only what is in that forum, after adding the person by Entra id', async () => {
    const added = await call(app.url, `/api/forums/${forumBId}/members`, {
      token: organizerBToken,
      body: { aadObjectId: person.aadObjectId, name: person.name, role: 'facilitator' },
    });
    expect(added.status).toBe(201);
    const memberInB = added.body.member.id as string;
    for (const path of [`/api/members/${memberInB}/data`, `/api/members/${memberInB}/data/export.json`]) {
      const res = await call(app.url, path, { token: organizerBToken });
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(SECRET_CHAT);
      expect(text).not.toContain(SECRET_SERVICE);
      expect(text).not.toContain(ANSWER_IN_A);
      expect(text).not.toContain(organizerA.id);
    }
    // The member of forum A itself stays out of reach for B's organizer.
    expect((await call(app.url, `/api/members/${person.id}/data`, { token: organizerBToken })).status).toBe(
      403,
    );
  });

  it("gives the person's own organizer the forum's answers, but not the Teams conversation references", async () => {
    const res = await call(app.url, `/api/members/${person.id}/data`, {
      token: await devToken(app.url, organizerA.aadObjectId),
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain(ANSWER_IN_A);
    expect(res.body.conversations).toEqual([]);
  });
});
