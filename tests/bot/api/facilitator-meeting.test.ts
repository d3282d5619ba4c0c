import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from './support/api-client';

/**
 * The tab's way of recording a department's facilitator meeting: the same rule as the booking card
 * (core/meetings checkMeetingInput, bot/authz mayRecordFacilitatorMeeting), stored with the nudges
 * stopped, audited; a bad entry is 422 with a localized message at the field and changes nothing.
 */
describe('the facilitator meeting in the tab (PUT /api/departments/:id/meeting)', () => {
  let app: TestApp;
  let forumId: string;
  let departmentId: string;
  let chef: string;
  let otherChef: string;
  let organizer: string;

  beforeAll(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    const c = await cast(app.deps, forumId);
    departmentId = c.departments[0]!.id;
    chef = await devToken(app.url, c.chefsOf(departmentId)[0]!.aadObjectId);
    otherChef = await devToken(app.url, c.chefsOf(c.departments[1]!.id)[0]!.aadObjectId);
    organizer = await devToken(app.url, c.organizer.aadObjectId);
  });
  afterAll(() => app.stop());

  const put = (token: string, body: unknown, lang = 'da') =>
    call(app.url, `/api/departments/${departmentId}/meeting`, {
      token,
      method: 'PUT',
      body,
      headers: { 'accept-language': lang },
    });

  it('refuses bad dates and times field by field, localized, and changes nothing', async () => {
    const cases: Array<[unknown, string, string, string]> = [
      [
        { date: '2019-12-01' },
        'date',
        'Mødet skal ligge fra 30. august 2019 til 21. november 2019',
        'from 30 August 2019',
      ],
      [{ date: '2019-02-30' }, 'date', 'Skal være en dato som ÅÅÅÅ-MM-DD.', 'Must be a date as YYYY-MM-DD.'],
      [{ date: '2019-10-22', startTime: '25:00' }, 'startTime', 'Skal være et klokkeslæt', 'Must be a time'],
      [
        { date: '2019-10-22', endTime: '10:00' },
        'endTime',
        'Angiv også, hvornår mødet begynder.',
        'Also give',
      ],
      [
        { date: '2019-10-22', startTime: '11:00', endTime: '10:30' },
        'endTime',
        'Mødet skal slutte efter, det begynder.',
        'must end after it starts',
      ],
    ];
    for (const [body, field, da, en] of cases) {
      const inDanish = await put(chef, body, 'da');
      expect([inDanish.status, inDanish.body.error.code]).toEqual([422, 'validation']);
      expect(inDanish.body.error.fields[field]).toContain(da);
      const inEnglish = await put(chef, body, 'en');
      expect(inEnglish.body.error.fields[field]).toContain(en);
    }
    expect((await app.deps.store.getDepartment(departmentId))!.facilitatorMeetingDate).toBeNull();
    expect(await app.deps.meetings.getMeeting(departmentId)).toBeNull();
    expect((await app.deps.store.listAudit(forumId)).filter((e) => e.action === 'meeting.record')).toEqual(
      [],
    );
  });

  it('a chef of another department is refused (403), and so is nobody changed', async () => {
    const res = await put(otherChef, { date: '2019-10-22' });
    expect(res.status).toBe(403);
    expect((await app.deps.store.getDepartment(departmentId))!.facilitatorMeetingDate).toBeNull();
    const read = await call(app.url, `/api/departments/${departmentId}/meeting`, { token: otherChef });
    expect(read.status).toBe(403);
  });

  it("a chef records the date and time: stored, pending booking nudges cancelled, audited 'via tab'", async () => {
    const before = await call(app.url, `/api/departments/${departmentId}/meeting`, { token: chef });
    expect(before.body).toEqual({
      meeting: null,
      canRecord: true,
      period: { from: '2019-08-30', to: '2019-11-21' },
      timeZone: 'Europe/Copenhagen',
    });
    await app.deps.meetings.addMessages([
      {
        id: 'nudge-1',
        forumId,
        departmentId,
        kind: 'booking',
        occasion: '2019-09-06',
        recipientKind: 'member',
        recipientId: 'someone',
        dueAt: '2019-09-06T07:00:00.000Z',
        state: 'pending',
        attempts: 0,
        nextAttemptAt: '2019-09-06T07:00:00.000Z',
        leaseOwner: null,
        leaseUntil: null,
        sentActivityId: null,
        lastError: null,
        updatedAt: '2019-09-01T00:00:00.000Z',
      },
    ]);
    const res = await put(chef, { date: '2019-10-22', startTime: '09:30', endTime: '11:00' });
    expect(res.status).toBe(200);
    expect(res.body.meeting).toEqual({
      departmentId,
      date: '2019-10-22',
      startTime: '09:30',
      endTime: '11:00',
    });
    expect((await app.deps.store.getDepartment(departmentId))!.facilitatorMeetingDate).toBe('2019-10-22');
    const [nudge] = await app.deps.meetings.listMessages({ forumId, departmentId });
    expect(nudge).toMatchObject({ id: 'nudge-1', state: 'cancelled' });
    const audit = (await app.deps.store.listAudit(forumId)).find((e) => e.action === 'meeting.record');
    expect(audit?.details).toEqual(
      expect.objectContaining({ date: '2019-10-22', startTime: '09:30', endTime: '11:00', via: 'tab' }),
    );
  });

  it("organizers see every department's recorded meeting; a chef may not list them", async () => {
    const res = await call(app.url, `/api/forums/${forumId}/meetings`, { token: organizer });
    expect(res.status).toBe(200);
    expect(res.body.meetings).toEqual([
      { departmentId, date: '2019-10-22', startTime: '09:30', endTime: '11:00' },
    ]);
    expect((await call(app.url, `/api/forums/${forumId}/meetings`, { token: chef })).status).toBe(403);
  });
});
