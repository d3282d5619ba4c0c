import { RosterCache } from '../../../bot/api/roster-cache';
import { createSqliteStore, InProcessChangeFeed, SQLITE_MEMORY } from '../../../bot/store';
import type { ChangeNotice, Store } from '../../../bot/store/store';
import type { Forum } from '../../../core/model';
import { forum, member, principle, question } from '../store/fixtures';

/**
 * The summary routes' roster cache: a forum's members, questions and principles stay cached
 * until a 'member' or 'forum' notice for that forum (from any instance, via the change feed) or
 * the TTL. Each test fails when its invalidation is removed.
 */
describe('the roster cache', () => {
  let store: Store;
  let changes: InProcessChangeFeed;
  let rosters: RosterCache;
  let unfollow: () => void;
  let now: number;
  let f: Forum;

  beforeEach(async () => {
    store = createSqliteStore({ path: SQLITE_MEMORY });
    await store.migrate();
    changes = new InProcessChangeFeed();
    now = 0;
    rosters = new RosterCache(store, 10_000, () => now);
    unfollow = rosters.follow(changes);
    f = forum();
    await store.saveForum(f);
    await store.saveMember(member(f.id, { name: 'Anne Chef' }));
    await store.saveQuestions(f.id, [question(f.id, 1)]);
    await store.savePrinciples(f.id, [principle(f.id, 1)]);
  });
  afterEach(async () => {
    unfollow();
    await changes.close();
    await store.close();
  });

  const sizes = async (forumId = f.id) => {
    const roster = await rosters.get(forumId);
    return [roster.members.length, roster.questions.length, roster.principles.length];
  };
  const notice = async (topic: ChangeNotice['topic'], forumId = f.id) => {
    await changes.publish({ forumId, departmentId: null, topic });
    await new Promise((resolve) => setImmediate(resolve));
  };

  test('a new member is served from the cache until the member notice for the forum', async () => {
    expect(await sizes()).toEqual([1, 1, 1]);
    await store.saveMember(member(f.id, { name: 'Bo Chef' }));
    expect(await sizes()).toEqual([1, 1, 1]);
    await notice('answer'); // answers are always read fresh: their notice leaves the roster
    await notice('member', 'another-forum');
    expect(await sizes()).toEqual([1, 1, 1]);
    await notice('member');
    expect(await sizes()).toEqual([2, 1, 1]);
  });

  test('new questions and principles are seen after the forum notice', async () => {
    expect(await sizes()).toEqual([1, 1, 1]);
    await store.saveQuestions(f.id, [question(f.id, 1), question(f.id, 2)]);
    await store.savePrinciples(f.id, [principle(f.id, 1), principle(f.id, 2)]);
    expect(await sizes()).toEqual([1, 1, 1]);
    await notice('forum');
    expect(await sizes()).toEqual([1, 2, 2]);
  });

  test('a writer that publishes nothing is seen after the TTL at the latest', async () => {
    expect(await sizes()).toEqual([1, 1, 1]);
    await store.saveMember(member(f.id, { name: 'Bo Chef' }));
    now = 9_999;
    expect(await sizes()).toEqual([1, 1, 1]);
    now = 10_000;
    expect(await sizes()).toEqual([2, 1, 1]);
  });

  test('a failed read is not kept: the next get reads again', async () => {
    let down = true;
    const flaky: Store = {
      ...store,
      listMembers: (forumId, filter) =>
        down ? Promise.reject(new Error('connection lost')) : store.listMembers(forumId, filter),
    };
    const fragile = new RosterCache(flaky, 10_000, () => now);
    await expect(fragile.get(f.id)).rejects.toThrow('connection lost');
    await new Promise((resolve) => setImmediate(resolve));
    down = false;
    expect((await fragile.get(f.id)).members).toHaveLength(1);
  });
});
