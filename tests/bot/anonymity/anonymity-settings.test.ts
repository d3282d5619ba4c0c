import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken, settingsUpdateOf } from '../api/support/api-client';

/** The forum's anonymity settings through PUT /api/forums/:forumId/settings: validated, audited. */
describe('the anonymity settings of a forum', () => {
  let app: TestApp;
  let forumId: string;
  let organizer: string;
  let chef: string;

  beforeAll(async () => {
    app = await startTestApp({ anonymity: 'seeded' });
    forumId = (await app.deps.store.listForums())[0]!.id;
    const c = await cast(app.deps, forumId);
    organizer = await devToken(app.url, c.organizer.aadObjectId);
    chef = await devToken(app.url, c.chefsOf(c.departments[0]!.id)[0]!.aadObjectId);
  });
  afterAll(() => app.stop());

  const put = async (anonymity: unknown, token = organizer, lang = 'da') => {
    const forum = (await app.deps.store.getForum(forumId))!;
    const update = settingsUpdateOf(forum);
    return call(app.url, `/api/forums/${forumId}/settings`, {
      token,
      method: 'PUT',
      headers: { 'accept-language': lang },
      body: { ...update, settings: { ...update.settings, anonymity } },
    });
  };

  test('the example forum starts at the pulse-survey default: results from 3 answers, names shown', async () => {
    const forum = (await app.deps.store.getForum(forumId))!;
    expect(forum.settings.anonymity).toEqual({ minAnswers: 3, hideNamesInSharedViews: false });
  });

  test.each([
    [{ minAnswers: 0, hideNamesInSharedViews: false }, 'settings.anonymity.minAnswers'],
    [{ minAnswers: 51, hideNamesInSharedViews: false }, 'settings.anonymity.minAnswers'],
    [{ minAnswers: 2.5, hideNamesInSharedViews: false }, 'settings.anonymity.minAnswers'],
    [{ minAnswers: '3', hideNamesInSharedViews: false }, 'settings.anonymity.minAnswers'],
    [{ minAnswers: 3, hideNamesInSharedViews: 'ja' }, 'settings.anonymity.hideNamesInSharedViews'],
  ])(
    'bad input %j: a localized 422 naming the field, nothing changed, nothing audited',
    async (bad, field) => {
      const before = await app.deps.store.getForum(forumId);
      const audit = (await app.deps.store.listAudit(forumId, { limit: 500 })).length;
      const res = await put(bad);
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.error.fields)).toContain(field);
      expect(res.body.error.fields[field]).toMatch(/[a-zæøå]/);
      expect(await app.deps.store.getForum(forumId)).toEqual(before);
      expect(await app.deps.store.listAudit(forumId, { limit: 500 })).toHaveLength(audit);
    },
  );

  test('only organizers change them', async () => {
    const res = await put({ minAnswers: 1, hideNamesInSharedViews: false }, chef);
    expect(res.status).toBe(403);
    expect((await app.deps.store.getForum(forumId))!.settings.anonymity).toEqual({
      minAnswers: 3,
      hideNamesInSharedViews: false,
    });
  });

  test('a change is saved and audited as a sharing change, with the new settings', async () => {
    const res = await put({ minAnswers: 5, hideNamesInSharedViews: true });
    expect(res.status).toBe(200);
    expect(res.body.forum.settings.anonymity).toEqual({ minAnswers: 5, hideNamesInSharedViews: true });
    const [latest, previous] = await app.deps.store.listAudit(forumId, { limit: 2 });
    const entries = [latest!, previous!];
    expect(entries.find((e) => e.action === 'forum.settings.update')!.details).toEqual({
      fields: ['settings.anonymity'],
    });
    expect(entries.find((e) => e.action === 'sharing.update')!.details).toEqual({
      fields: ['anonymity'],
      minAnswers: 5,
      hideNamesInSharedViews: true,
    });
  });
});
