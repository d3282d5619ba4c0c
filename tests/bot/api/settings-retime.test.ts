import Database from 'better-sqlite3';
import type { Forum, Round } from '../../../core/model';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from './support/api-client';

/**
 * Settings take effect: changing the forum's time zone, send time or quiet hours re-derives every
 * planned round from its local date and time, in the same transaction as the settings (audited);
 * rounds already sent keep their time.
 */
describe('PUT /api/forums/:forumId/settings re-times planned rounds', () => {
  let app: TestApp;
  let forumId: string;
  let token: string;
  const clock = manualClock('2019-09-20T10:00:00.000Z');

  beforeEach(async () => {
    app = await startTestApp({ clock });
    forumId = (await app.deps.store.listForums())[0]!.id;
    token = await devToken(app.url, (await cast(app.deps, forumId)).organizer.aadObjectId);
  });
  afterEach(() => app.stop());

  const save = async (change: (f: Forum) => Partial<Forum>) => {
    const { forum } = (await call(app.url, `/api/forums/${forumId}/settings`, { token })).body as {
      forum: Forum;
    };
    const next = { ...forum, ...change(forum) };
    return call(app.url, `/api/forums/${forumId}/settings`, {
      token,
      method: 'PUT',
      body: {
        name: next.name,
        assignment: next.assignment,
        kickoffDate: next.kickoffDate,
        finalMeetingDate: next.finalMeetingDate,
        timeZone: next.timeZone,
        defaultLocale: next.defaultLocale,
        settings: next.settings,
      },
    });
  };
  const rounds = async () => new Map((await app.deps.store.listRounds(forumId)).map((r) => [r.id, r]));
  const plannedAt0900 = (all: Map<string, Round>) =>
    [...all.values()].filter((r) => r.state === 'planned' && r.localTime === '09:00');

  test('a 09:00 round is due at 09:00 New York time after the switch, not at 07:00Z; a sent round stays', async () => {
    const before = await rounds();
    const planned = plannedAt0900(before);
    expect(planned.length).toBeGreaterThan(5);
    const target = planned.find((r) => r.localDate === '2019-10-04')!;
    expect(target.dueAt).toBe('2019-10-04T07:00:00.000Z');
    // One round already went out (a worker materialized it): it keeps its time.
    const sent = planned.find((r) => r.localDate === '2019-09-24')!;
    await app.deps.store.transitionRound(sent.id, 'planned', 'materialized', clock.now().toISOString());

    const res = await save(() => ({ timeZone: 'America/New_York' }));
    expect(res.status).toBe(200);
    const after = await rounds();
    const stillPlanned = [...before.values()].filter((r) => r.state === 'planned' && r.id !== sent.id);
    expect(res.body.retimedRounds).toBe(stillPlanned.length);
    expect(after.get(target.id)).toMatchObject({ localTime: '09:00', dueAt: '2019-10-04T13:00:00.000Z' });
    expect(after.get(sent.id)!.dueAt).toBe(sent.dueAt);
    const due = async (at: string) => (await app.deps.store.listDueRounds(at)).map((r) => r.id);
    expect(await due('2019-10-04T07:00:00.000Z')).not.toContain(target.id);
    expect(await due('2019-10-04T13:00:00.000Z')).toContain(target.id);

    const audit = (await app.deps.store.listAudit(forumId)).find((e) => e.action === 'rounds.retime');
    expect(audit?.details).toMatchObject({ rounds: stillPlanned.length, fields: ['timeZone'] });
  });

  test('a new send time moves the rounds planned at the old one', async () => {
    const target = plannedAt0900(await rounds()).find((r) => r.localDate === '2019-10-04')!;
    const res = await save((f) => ({ settings: { ...f.settings, sendTime: '10:30' } }));
    expect(res.body.retimedRounds).toBeGreaterThan(0);
    expect((await rounds()).get(target.id)).toMatchObject({
      localTime: '10:30',
      dueAt: '2019-10-04T08:30:00.000Z',
    });
    // Saving again without a timing change moves nothing.
    const again = await save((f) => ({
      settings: { ...f.settings, shareSummaries: !f.settings.shareSummaries },
    }));
    expect(again.body.retimedRounds).toBe(0);
  });

  test('settings and rounds change together: when the re-timing cannot be stored, neither is', async () => {
    const before = await rounds();
    const { database } = app.deps.config;
    if (database.kind !== 'sqlite') throw new Error('expected SQLite');
    const db = new Database(database.path);
    db.exec(`create trigger fail_retime_audit before insert on audit_log
      when new.action = 'rounds.retime' begin select raise(abort, 'forced failure'); end`);
    db.close();
    const res = await save(() => ({ timeZone: 'America/New_York' }));
    expect(res.status).toBe(500);
    expect((await app.deps.store.getForum(forumId))!.timeZone).toBe('Europe/Copenhagen');
    expect(await rounds()).toEqual(before);
  });
});
