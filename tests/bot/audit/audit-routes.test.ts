import { createAuditLog } from '../../../bot/audit';
import { call } from '../api/support/api-client';
import { startPrivacyServer, type PrivacyServer } from '../privacy/support/privacy-server';

describe('GET /api/forums/:forumId/audit', () => {
  let s: PrivacyServer;
  beforeEach(async () => {
    s = await startPrivacyServer();
  });
  afterEach(async () => {
    await s.stop();
  });

  test('organizers read the log newest first, labelled in their language, page by page', async () => {
    const organizer = s.members.find((m) => m.role === 'organizer')!;
    let minute = 0;
    const log = createAuditLog(s.deps.store, {
      clock: { now: () => new Date(Date.UTC(2019, 8, 2, 7, minute++)) },
    });
    for (let i = 0; i < 5; i++) {
      await log.record({
        forumId: s.forumId,
        actorMemberId: organizer.id,
        action: 'department.update',
        target: { kind: 'department', id: `d-${i}` },
        details: { fields: ['name'] },
      });
    }
    await log.record({
      forumId: s.forumId,
      system: 'retention',
      action: 'retention.purge',
      target: { kind: 'forum', id: s.forumId },
    });
    const token = await s.token(organizer);
    const first = await call(s.url, `/api/forums/${s.forumId}/audit?limit=4`, { token });
    expect(first.status).toBe(200);
    expect(first.body.entries).toHaveLength(4);
    expect(first.body.entries[0]).toMatchObject({
      action: 'retention.purge',
      actorKind: 'system',
      actorName: null,
      label: 'Slettede persondata efter opbevaringsperioden',
    });
    expect(first.body.entries[1]).toMatchObject({
      action: 'department.update',
      actorName: organizer.name,
      label: 'Ændrede en afdeling',
      targetId: 'd-4',
    });
    const second = await call(
      s.url,
      `/api/forums/${s.forumId}/audit?limit=4&before=${encodeURIComponent(first.body.next)}`,
      { token, headers: { 'accept-language': 'en' } },
    );
    expect(second.body.entries.map((e: { targetId: string }) => e.targetId)).toEqual(['d-1', 'd-0']);
    expect(second.body.entries[0].label).toBe('Changed a department');
    expect(second.body.next).toBeNull();
  });

  test('chefs and facilitators get 403; bad queries a localized 400; unknown forum 404', async () => {
    const chef = s.members.find((m) => m.role === 'chef')!;
    const organizer = s.members.find((m) => m.role === 'organizer')!;
    expect((await call(s.url, `/api/forums/${s.forumId}/audit`, { token: await s.token(chef) })).status).toBe(
      403,
    );
    const token = await s.token(organizer);
    for (const q of ['limit=0', 'limit=abc', 'limit=501', 'before=nopipe']) {
      const res = await call(s.url, `/api/forums/${s.forumId}/audit?${q}`, {
        token,
        headers: { 'accept-language': 'en' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe('Some fields are not filled in correctly.');
    }
    expect((await call(s.url, '/api/forums/nope/audit', { token })).status).toBe(404);
    expect((await call(s.url, `/api/forums/${s.forumId}/audit`)).status).toBe(401);
  });
});
