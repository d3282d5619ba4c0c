import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from './support/api-client';

/** The facilitator meeting's settings in the organizer's forum settings: validated, saved whole, audited. */
describe('meeting settings in PUT /api/forums/:forumId/settings', () => {
  let app: TestApp;
  let forumId: string;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    token = await devToken(app.url, (await cast(app.deps, forumId)).organizer.aadObjectId);
  });
  afterAll(() => app.stop());

  const draft = async () => {
    const { body } = await call(app.url, `/api/forums/${forumId}/settings`, { token });
    const { name, assignment, kickoffDate, finalMeetingDate, timeZone, defaultLocale, settings } = body.forum;
    return { name, assignment, kickoffDate, finalMeetingDate, timeZone, defaultLocale, settings };
  };
  const put = (body: unknown, lang = 'da') =>
    call(app.url, `/api/forums/${forumId}/settings`, {
      token,
      method: 'PUT',
      body,
      headers: { 'accept-language': lang },
    });
  const meetings = {
    bookingAfterWorkingDays: 3,
    bookingRepeatWorkingDays: 4,
    briefingWorkingDaysBefore: 1,
    meetingMinutes: 90,
    meetingStartTime: '13:00',
  };

  it('refuses values out of range at each field, localized, and changes nothing', async () => {
    const before = await app.deps.store.getForum(forumId);
    const body = await draft();
    const bad = {
      ...body,
      settings: {
        ...body.settings,
        meetings: { ...meetings, bookingRepeatWorkingDays: 0, meetingMinutes: 5, meetingStartTime: '9' },
      },
    };
    const res = await put(bad, 'da');
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({
      'settings.meetings.bookingRepeatWorkingDays': 'Skal være mindst 1.',
      'settings.meetings.meetingMinutes': 'Skal være mindst 15.',
      'settings.meetings.meetingStartTime': 'Skal være et klokkeslæt som TT:MM.',
    });
    expect((await put(bad, 'en')).body.error.fields['settings.meetings.meetingMinutes']).toBe(
      'Must be at least 15.',
    );
    expect(await app.deps.store.getForum(forumId)).toEqual(before);
  });

  it('saves them and audits which changed', async () => {
    const body = await draft();
    const res = await put({ ...body, settings: { ...body.settings, meetings } });
    expect(res.status).toBe(200);
    expect((await app.deps.store.getForum(forumId))!.settings.meetings).toEqual(meetings);
    const entry = (await app.deps.store.listAudit(forumId)).find((e) => e.action === 'forum.settings.update');
    expect(entry?.details.fields).toEqual(
      expect.arrayContaining([
        'settings.meetings.bookingAfterWorkingDays',
        'settings.meetings.meetingMinutes',
        'settings.meetings.meetingStartTime',
      ]),
    );
    expect(entry?.details.fields).not.toContain('settings.sendTime');
  });
});
