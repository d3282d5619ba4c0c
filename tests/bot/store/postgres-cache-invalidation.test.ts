import { RosterCache } from '../../../bot/api/roster-cache';
import { PostgresChangeFeed } from '../../../bot/store/change-feed/postgres-change-feed';
import { createPostgresStore, type PostgresStore } from '../../../bot/store/postgres/postgres-store';
import type { ChangeFeed, ChangeNotice, Store } from '../../../bot/store/store';
import { ContentCache } from '../../../bot/teams/content-cache';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { forum, member, round } from './fixtures';

/** The notice has reached `feed`'s listeners (they run in subscription order, caches first). */
function heard(feed: ChangeFeed, topic: ChangeNotice['topic']): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = feed.subscribe((notice) => {
      if (notice.topic !== topic) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Two server instances on one PostgreSQL database: a write on one, with its change notice,
 * drops the other's cached reads (content cache and roster cache) through LISTEN/NOTIFY.
 */
describeWithPostgres('caches across instances on PostgreSQL', () => {
  const schema = uniqueSchemaName();
  const channel = uniqueSchemaName('c');
  let one: PostgresStore;
  let two: PostgresStore;
  let feedOne: PostgresChangeFeed;
  let feedTwo: PostgresChangeFeed;
  let cache: ContentCache;
  let cachedTwo: Store;
  let rosters: RosterCache;
  let unfollow: () => void;

  beforeAll(async () => {
    one = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 2 });
    two = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 2 });
    await one.store.migrate();
    const common = { connectionString: TEST_DATABASE_URL, channel, reconnectDelayMs: 50 };
    feedOne = await PostgresChangeFeed.open({ ...common, pool: one.pool });
    feedTwo = await PostgresChangeFeed.open({ ...common, pool: two.pool });
    cache = new ContentCache(feedTwo, 3_600_000);
    cachedTwo = cache.wrap(two.store);
    rosters = new RosterCache(two.store, 3_600_000);
    unfollow = rosters.follow(feedTwo);
  });

  afterAll(async () => {
    unfollow?.();
    cache?.unsubscribe();
    await feedOne?.close();
    await feedTwo?.close();
    await one?.store.close();
    await two?.store.close();
    await dropSchema(schema);
  });

  test('a member renamed on instance one is read fresh on instance two after the notice', async () => {
    const f = forum();
    await one.store.saveForum(f);
    const m = member(f.id, { name: 'Anne Chef' });
    await one.store.saveMember(m);
    const nameOnTwo = async () => (await cachedTwo.findMembersByAadObjectId(m.aadObjectId))[0]?.name;
    const rosterNames = async () => (await rosters.get(f.id)).members.map((x) => x.name);
    expect(await nameOnTwo()).toBe('Anne Chef');
    expect(await rosterNames()).toEqual(['Anne Chef']);

    await one.store.saveMember({ ...m, name: 'Anne Omdøbt' });
    expect(await nameOnTwo()).toBe('Anne Chef'); // cached: no notice yet
    expect(await rosterNames()).toEqual(['Anne Chef']);

    const arrived = heard(feedTwo, 'member');
    await feedOne.publish({ forumId: f.id, departmentId: null, topic: 'member' });
    await arrived;
    expect(await nameOnTwo()).toBe('Anne Omdøbt');
    expect(await rosterNames()).toEqual(['Anne Omdøbt']);
  });

  test('a forum and a round changed on instance one are read fresh on instance two after their notices', async () => {
    const f = forum();
    await one.store.saveForum(f);
    const r = round(f.id);
    await one.store.saveRound(r);
    expect((await cachedTwo.getForum(f.id))?.timeZone).toBe(f.timeZone);
    expect((await cachedTwo.getRound(r.id))?.localTime).toBe(r.localTime);

    await one.store.saveForum({ ...f, timeZone: 'America/New_York' });
    await one.store.retimePlannedRound(r.id, { localTime: '10:30', dueAt: r.dueAt }, r.dueAt);
    expect((await cachedTwo.getForum(f.id))?.timeZone).toBe(f.timeZone);
    expect((await cachedTwo.getRound(r.id))?.localTime).toBe(r.localTime);

    const forumHeard = heard(feedTwo, 'forum');
    const roundHeard = heard(feedTwo, 'round');
    await feedOne.publish({ forumId: f.id, departmentId: null, topic: 'forum' });
    await feedOne.publish({ forumId: f.id, departmentId: null, topic: 'round' });
    await Promise.all([forumHeard, roundHeard]);
    expect((await cachedTwo.getRound(r.id))?.localTime).toBe('10:30');
    expect((await cachedTwo.getForum(f.id))?.timeZone).toBe('America/New_York');
  });
});
