import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken, settingsUpdateOf } from './support/api-client';

describe("the planner's remarks where the organizer changes the settings", () => {
  let app: TestApp;
  let forumId: string;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ clock: { now: () => new Date('2019-09-02T08:00:00Z') } });
    forumId = (await app.deps.store.listForums())[0]!.id;
    token = await devToken(app.url, (await cast(app.deps, forumId)).organizer.aadObjectId);
  });
  afterAll(() => app.stop());

  it('saves a send time inside the quiet hours and says when rounds are sent instead', async () => {
    const { forum } = (await call(app.url, `/api/forums/${forumId}/settings`, { token })).body;
    const update = settingsUpdateOf(forum);
    const plain = await call(app.url, `/api/forums/${forumId}/settings`, {
      token,
      method: 'PUT',
      body: update,
    });
    expect(plain.status).toBe(200);
    expect(plain.body.warnings).toEqual([]);

    const late = await call(app.url, `/api/forums/${forumId}/settings`, {
      token,
      method: 'PUT',
      body: { ...update, settings: { ...update.settings, sendTime: '20:00' } },
    });
    expect(late.status).toBe(200);
    expect(late.body.forum.settings.sendTime).toBe('20:00');
    expect(late.body.warnings).toEqual([
      'Afsendelsestidspunktet 20:00 ligger i det stille tidsrum; udsendelser sendes kl. 08:00.',
    ]);
  });
});
