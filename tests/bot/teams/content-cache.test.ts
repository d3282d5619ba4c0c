import { createSqliteStore, InProcessChangeFeed, SQLITE_MEMORY } from '../../../bot/store';
import type { ChangeNotice, Store } from '../../../bot/store/store';
import { ContentCache } from '../../../bot/teams/content-cache';
import type { Forum, Member } from '../../../core/model';
import { department, forum, member, principle, question, round } from '../store/fixtures';

/**
 * The bot's content cache: reads are cached (a write straight to the database by another
 * instance is not seen until its change notice arrives), and every topic is dropped on its
 * change notice and on a write through the cache. Each test fails when its invalidation is removed.
 */
describe('the content cache', () => {
  let inner: Store;
  let changes: InProcessChangeFeed;
  let cache: ContentCache;
  let cached: Store;
  let f: Forum;
  let m: Member;

  beforeEach(async () => {
    inner = createSqliteStore({ path: SQLITE_MEMORY });
    await inner.migrate();
    changes = new InProcessChangeFeed();
    cache = new ContentCache(changes, 60_000);
    cached = cache.wrap(inner);
    f = forum();
    await inner.saveForum(f);
    m = member(f.id, { name: 'Anne Chef' });
    await inner.saveMember(m);
  });
  afterEach(async () => {
    cache.unsubscribe();
    await changes.close();
    await inner.close();
  });

  const nameOf = async () => (await cached.findMembersByAadObjectId(m.aadObjectId))[0]?.name;
  /** Publishes a notice and lets the feed deliver it (listeners run after publish returns). */
  const notice = async (topic: ChangeNotice['topic']) => {
    await changes.publish({ forumId: f.id, departmentId: null, topic });
    await new Promise((resolve) => setImmediate(resolve));
  };

  test('a member changed on another instance is served from the cache until the member notice, then fresh', async () => {
    expect(await nameOf()).toBe('Anne Chef');
    await inner.saveMember({ ...m, name: 'Anne Omdøbt' }); // another instance, same database
    expect(await nameOf()).toBe('Anne Chef');
    await notice('answer'); // another topic leaves it cached
    expect(await nameOf()).toBe('Anne Chef');
    await notice('member');
    expect(await nameOf()).toBe('Anne Omdøbt');
  });

  test('a member removed on another instance is gone after the member notice', async () => {
    expect(await nameOf()).toBe('Anne Chef');
    await inner.deleteMember(m.id);
    await notice('member');
    expect(await nameOf()).toBeUndefined();
  });

  test('forum content (forum, questions, principles, department) is dropped on the forum notice', async () => {
    const d = department(f.id);
    await inner.saveDepartment(d);
    await inner.saveQuestions(f.id, [question(f.id, 1)]);
    await inner.savePrinciples(f.id, [principle(f.id, 1)]);
    const read = async () => [
      (await cached.getForum(f.id))?.timeZone,
      (await cached.listQuestions(f.id)).length,
      (await cached.listPrinciples(f.id)).length,
      (await cached.getDepartment(d.id))?.recap,
    ];
    expect(await read()).toEqual(['Europe/Copenhagen', 1, 1, d.recap]);
    await inner.saveForum({ ...f, timeZone: 'America/New_York' });
    await inner.saveQuestions(f.id, [question(f.id, 1), question(f.id, 2)]);
    await inner.savePrinciples(f.id, [principle(f.id, 1), principle(f.id, 2)]);
    await inner.saveDepartment({ ...d, recap: 'Ny opsamling' });
    expect(await read()).toEqual(['Europe/Copenhagen', 1, 1, d.recap]);
    await notice('forum');
    expect(await read()).toEqual(['America/New_York', 2, 2, 'Ny opsamling']);
  });

  test('a round is dropped on the round notice', async () => {
    const r = round(f.id);
    await inner.saveRound(r);
    expect((await cached.getRound(r.id))?.localTime).toBe('09:00');
    await inner.saveRound({ ...r, localTime: '10:00' });
    expect((await cached.getRound(r.id))?.localTime).toBe('09:00');
    await notice('round');
    expect((await cached.getRound(r.id))?.localTime).toBe('10:00');
  });

  describe('a write through the cache drops its topic at once (no notice needed)', () => {
    test('saveMember, deleteMember', async () => {
      expect(await nameOf()).toBe('Anne Chef');
      await cached.saveMember({ ...m, name: 'Via cachen' });
      expect(await nameOf()).toBe('Via cachen');
      await cached.deleteMember(m.id);
      expect(await nameOf()).toBeUndefined();
    });

    test('saveForum, saveQuestions, savePrinciples, saveDepartment, deleteDepartment', async () => {
      const d = department(f.id);
      await inner.saveDepartment(d);
      expect((await cached.getForum(f.id))?.timeZone).toBe('Europe/Copenhagen');
      await cached.saveForum({ ...f, timeZone: 'America/New_York' });
      expect((await cached.getForum(f.id))?.timeZone).toBe('America/New_York');
      expect(await cached.listQuestions(f.id)).toEqual([]);
      await cached.saveQuestions(f.id, [question(f.id, 1)]);
      expect(await cached.listQuestions(f.id)).toHaveLength(1);
      expect(await cached.listPrinciples(f.id)).toEqual([]);
      await cached.savePrinciples(f.id, [principle(f.id, 1)]);
      expect(await cached.listPrinciples(f.id)).toHaveLength(1);
      expect((await cached.getDepartment(d.id))?.recap).toBe(d.recap);
      await cached.saveDepartment({ ...d, recap: 'Ændret' });
      expect((await cached.getDepartment(d.id))?.recap).toBe('Ændret');
      await cached.deleteDepartment(d.id);
      expect(await cached.getDepartment(d.id)).toBeUndefined();
    });

    test('saveRound, transitionRound', async () => {
      const r = round(f.id);
      await inner.saveRound(r);
      expect((await cached.getRound(r.id))?.state).toBe('planned');
      await cached.saveRound({ ...r, localTime: '11:00' });
      expect((await cached.getRound(r.id))?.localTime).toBe('11:00');
      await cached.transitionRound(r.id, 'planned', 'materialized', r.dueAt);
      expect((await cached.getRound(r.id))?.state).toBe('materialized');
    });

    test('purgeForumPersonalData and a transaction', async () => {
      expect(await nameOf()).toBe('Anne Chef');
      await cached.transaction(async (tx) => tx.saveMember({ ...m, name: 'I en transaktion' }));
      expect(await nameOf()).toBe('I en transaktion');
      await cached.purgeForumPersonalData(f.id, 'Anonymiseret deltager', '2020-03-01T00:00:00.000Z');
      // The purge removes the Entra id: the person is no longer found by it.
      expect(await nameOf()).toBeUndefined();
    });
  });
});
