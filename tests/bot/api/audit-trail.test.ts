import type { AuditEntry } from '../../../bot/store/store';
import type { TestApp } from '../../support/app-harness';
import { delivery as pendingDelivery } from '../store/fixtures';
import { call, devToken, settingsUpdateOf } from './support/api-client';
import { postRound, startOrganizerApp, type OrganizerApp } from './support/organizer-app';

/** Every successful organizer write leaves one audit entry; a refused or invalid one leaves none. */
describe('the audit trail of the API', () => {
  let o: OrganizerApp;
  let app: TestApp;
  let forumId: string;
  let c: OrganizerApp['c'];
  let token: string;

  beforeAll(async () => {
    // A clock that moves 1 ms per reading, so entries sort by time as they were written.
    let tick = 0;
    o = await startOrganizerApp({
      clock: { now: () => new Date(Date.parse('2019-08-31T08:00:00Z') + tick++) },
    });
    ({ app, forumId, c, token } = o);
  });
  afterAll(() => app.stop());

  const log = () => app.deps.store.listAudit(forumId, { limit: 500 });
  /** Runs `act` and returns the audit entries it added (oldest first). */
  const added = async (act: () => Promise<unknown>): Promise<AuditEntry[]> => {
    const before = new Set((await log()).map((e) => e.id));
    await act();
    return (await log()).filter((e) => !before.has(e.id)).reverse();
  };
  const actions = (entries: AuditEntry[]) => entries.map((e) => e.action);

  it('settings: forum.settings.update with the changed field names, and sharing.update', async () => {
    const { forum } = (await call(app.url, `/api/forums/${forumId}/settings`, { token })).body;
    const update = {
      ...settingsUpdateOf(forum),
      settings: { ...forum.settings, shareSummaries: !forum.settings.shareSummaries, sendTime: '08:30' },
    };
    const all = await added(async () => {
      const res = await call(app.url, `/api/forums/${forumId}/settings`, {
        token,
        method: 'PUT',
        body: update,
      });
      expect(res.status).toBe(200);
    });
    // A new send time also re-times the planned rounds, audited on its own (in the same transaction).
    const retime = all.filter((e) => e.action === 'rounds.retime');
    expect(retime).toHaveLength(1);
    expect(retime[0]!.details).toMatchObject({ fields: ['settings.sendTime'], rounds: expect.any(Number) });
    const entries = all.filter((e) => e.action !== 'rounds.retime');
    expect(actions(entries)).toEqual(['forum.settings.update', 'sharing.update']);
    expect(entries[0]).toMatchObject({
      actorKind: 'member',
      actorMemberId: c.organizer.id,
      targetKind: 'forum',
      targetId: forumId,
      details: { fields: ['settings.sendTime', 'settings.shareSummaries'] },
    });
    expect(entries[1]!.details).toEqual({
      fields: ['shareSummaries'],
      shareSummaries: !forum.settings.shareSummaries,
    });

    const same = await added(() =>
      call(app.url, `/api/forums/${forumId}/settings`, {
        token,
        method: 'PUT',
        body: { ...update, name: { da: 'Nyt navn', en: 'New name' } },
      }),
    );
    expect(actions(same)).toEqual(['forum.settings.update']);
    expect(same[0]!.details).toEqual({ fields: ['name'] });
    expect(JSON.stringify(same)).not.toContain('Nyt navn');

    const invalid = await added(async () => {
      const res = await call(app.url, `/api/forums/${forumId}/settings`, {
        token,
        method: 'PUT',
        body: { ...update, timeZone: 'Mars/Olympus' },
      });
      expect(res.status).toBe(422);
    });
    expect(invalid).toEqual([]);
  });

  it('departments: create, update, delete; invalid or refused writes leave nothing', async () => {
    let id = '';
    const created = await added(async () => {
      const res = await call(app.url, `/api/forums/${forumId}/departments`, {
        token,
        body: { name: { da: 'Revisionsafdeling', en: 'Audit Department' } },
      });
      expect(res.status).toBe(201);
      id = res.body.department.id;
    });
    expect(created).toMatchObject([{ action: 'department.create', targetKind: 'department', targetId: id }]);
    const updated = await added(() =>
      call(app.url, `/api/departments/${id}`, {
        token,
        method: 'PATCH',
        body: { recap: 'Hemmelig opsamling' },
      }),
    );
    expect(updated).toMatchObject([{ action: 'department.update', details: { fields: ['recap'] } }]);
    expect(JSON.stringify(updated)).not.toContain('Hemmelig');
    const deleted = await added(() => call(app.url, `/api/departments/${id}`, { token, method: 'DELETE' }));
    expect(deleted).toMatchObject([{ action: 'department.delete', targetId: id }]);

    expect(
      await added(async () => {
        const res = await call(app.url, `/api/forums/${forumId}/departments`, { token, body: { name: {} } });
        expect(res.status).toBe(422);
      }),
    ).toEqual([]);
    expect(
      await added(async () => {
        const res = await call(app.url, `/api/departments/${id}`, { token, method: 'DELETE' });
        expect(res.status).toBe(404);
      }),
    ).toEqual([]);
    const chefToken = await devToken(app.url, c.chefsOf(c.departments[0]!.id)[0]!.aadObjectId);
    expect(
      await added(async () => {
        const res = await call(app.url, `/api/forums/${forumId}/departments`, {
          token: chefToken,
          body: { name: { da: 'X', en: 'X' } },
        });
        expect(res.status).toBe(403);
      }),
    ).toEqual([]);
  });

  it('members: create, update, and an applied import (a dry run or a formula cell leaves nothing)', async () => {
    let id = '';
    const created = await added(async () => {
      const res = await call(app.url, `/api/forums/${forumId}/members`, {
        token,
        body: {
          aadObjectId: '0f0f0f0f-0000-4000-8000-00000000a001',
          name: 'Revisor Rita',
          email: 'rita@example.org',
          role: 'facilitator',
          departmentIds: [c.departments[0]!.id],
          locale: 'da',
        },
      });
      expect(res.status).toBe(201);
      id = res.body.member.id;
    });
    expect(created).toMatchObject([{ action: 'member.create', targetKind: 'member', targetId: id }]);
    expect(JSON.stringify(created)).not.toMatch(/Rita|rita@/);
    const updated = await added(() =>
      call(app.url, `/api/members/${id}`, { token, method: 'PATCH', body: { locale: 'en' } }),
    );
    expect(updated).toMatchObject([{ action: 'member.update', details: { fields: ['locale'] } }]);

    const csv = `navn;objectid;rolle;afdeling\nImport Ida;0f0f0f0f-0000-4000-8000-00000000a002;chef;${c.departments[1]!.name.da}`;
    const dry = await added(() =>
      call(app.url, `/api/forums/${forumId}/members/import`, { token, body: { csv, dryRun: true } }),
    );
    expect(dry).toEqual([]);
    const formula = await added(async () => {
      const res = await call(app.url, `/api/forums/${forumId}/members/import`, {
        token,
        headers: { 'accept-language': 'en' },
        body: { csv: csv.replace('Import Ida', '=HYPERLINK("http://x")'), dryRun: false },
      });
      expect(res.status).toBe(422);
      expect(res.body.import.rows[0].errors.navn).toBe(
        'Must not begin with =, +, - or @ (it could run as a formula in a spreadsheet).',
      );
    });
    expect(formula).toEqual([]);
    const applied = await added(async () => {
      const res = await call(app.url, `/api/forums/${forumId}/members/import`, {
        token,
        body: { csv, dryRun: false },
      });
      expect(res.body.applied).toBe(true);
    });
    expect(applied).toMatchObject([{ action: 'member.import', details: { created: 1, updated: 0 } }]);
  });

  it('rounds: plan accept, create, send now, move and cancel; an invalid round leaves nothing', async () => {
    const accepted = await added(() =>
      call(app.url, `/api/forums/${forumId}/plan/accept`, { token, method: 'POST' }),
    );
    expect(actions(accepted)).toEqual(['forum.plan.accept']);
    const [question] = await app.deps.store.listQuestions(forumId);
    let roundId = '';
    const created = await added(async () => {
      const res = await postRound(o, {
        departmentId: null,
        kind: 'prompt',
        questionIds: [question!.id],
        localDate: '2019-09-10',
        localTime: '09:00',
      });
      expect(res.status).toBe(201);
      roundId = res.body.round.id;
    });
    expect(created).toMatchObject([{ action: 'round.create', targetKind: 'round', targetId: roundId }]);
    const moved = await added(() =>
      call(app.url, `/api/rounds/${roundId}`, {
        token,
        method: 'PATCH',
        body: { localDate: '2019-09-11', localTime: '10:00' },
      }),
    );
    expect(moved).toMatchObject([
      { action: 'round.move', details: { fromLocalDate: '2019-09-10', localDate: '2019-09-11' } },
    ]);
    const cancelled = await added(() => call(app.url, `/api/rounds/${roundId}`, { token, method: 'DELETE' }));
    expect(actions(cancelled)).toEqual(['round.cancel']);
    const sent = await added(async () => {
      const res = await call(app.url, `/api/forums/${forumId}/rounds/send-now`, {
        token,
        body: { departmentId: c.departments[0]!.id, kind: 'prompt', questionIds: [question!.id] },
      });
      expect(res.status).toBe(201);
    });
    expect(actions(sent)).toEqual(['round.sendNow']);
    const invalid = await added(async () => {
      const res = await postRound(o, {
        departmentId: null,
        kind: 'prompt',
        questionIds: [],
        localDate: 'x',
        localTime: '09:00',
      });
      expect(res.status).toBe(422);
    });
    expect(invalid).toEqual([]);
  });

  it('deliveries: retry and cancel; a delivery that cannot be cancelled leaves nothing', async () => {
    const [round] = await app.deps.store.listRounds(forumId);
    const now = '2019-08-31T08:00:00.000Z';
    // One delivery per (round, recipient): each test delivery goes to another chef.
    const delivery = (id: string, chef = c.chefsOf(c.departments[id === 'audit-d1' ? 0 : 1]!.id)[0]!) =>
      pendingDelivery(round!, {
        id,
        recipientId: chef.id,
        departmentId: chef.departmentIds[0]!,
        dueAt: now,
        updatedAt: now,
      });
    await app.deps.store.addDeliveries([delivery('audit-d1')]);
    const cancelled = await added(async () => {
      const res = await call(app.url, '/api/deliveries/audit-d1/cancel', { token, method: 'POST' });
      expect(res.status).toBe(200);
      expect(res.body.delivery.state).toBe('cancelled');
    });
    expect(cancelled).toMatchObject([
      {
        action: 'delivery.cancel',
        targetKind: 'delivery',
        targetId: 'audit-d1',
        details: { from: 'pending' },
      },
    ]);
    const again = await added(async () => {
      const res = await call(app.url, '/api/deliveries/audit-d1/cancel', { token, method: 'POST' });
      expect(res.status).toBe(409);
    });
    expect(again).toEqual([]);

    await app.deps.store.addDeliveries([{ ...delivery('audit-d2'), state: 'failed', lastError: 'HTTP 500' }]);
    const retried = await added(async () => {
      const res = await call(app.url, '/api/deliveries/audit-d2/retry', { token, method: 'POST' });
      expect(res.status).toBe(200);
    });
    expect(retried).toMatchObject([
      { action: 'delivery.retry', targetId: 'audit-d2', details: { from: 'failed' } },
    ]);
    const notRetryable = await added(async () => {
      const res = await call(app.url, '/api/deliveries/audit-d1/retry', { token, method: 'POST' });
      expect(res.status).toBe(409);
    });
    expect(notRetryable).toEqual([]);
  });

  it('exports: export.department and export.forum with the format', async () => {
    const d = c.departments[0]!;
    const entries = await added(async () => {
      for (const path of [
        `/api/departments/${d.id}/export.docx`,
        `/api/departments/${d.id}/answers.csv`,
        `/api/forums/${forumId}/answers.csv`,
      ]) {
        expect((await call(app.url, path, { token })).status).toBe(200);
      }
    });
    expect(entries).toMatchObject([
      { action: 'export.department', targetId: d.id, details: { format: 'docx' } },
      { action: 'export.department', targetId: d.id, details: { format: 'csv' } },
      { action: 'export.forum', targetId: forumId, details: { format: 'csv' } },
    ]);
    const denied = await added(async () => {
      const res = await call(app.url, '/api/departments/no-such-department/export.docx', { token });
      expect(res.status).toBe(404);
    });
    expect(denied).toEqual([]);
  });
});
