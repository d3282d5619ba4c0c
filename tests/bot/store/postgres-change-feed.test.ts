import { Client } from 'pg';
import { PostgresChangeFeed } from '../../../bot/store/change-feed/postgres-change-feed';
import { createPostgresStore, type PostgresStore } from '../../../bot/store/postgres/postgres-store';
import { statementNotice } from '../../../bot/store/change-feed/notice';
import type { ChangeNotice } from '../../../bot/store/store';
import { at, department, forum, member } from './fixtures';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';

function nextNotice(feed: PostgresChangeFeed, timeoutMs = 5000): Promise<ChangeNotice> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('no notice arrived'));
    }, timeoutMs);
    const unsubscribe = feed.subscribe((notice) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(notice);
    });
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describeWithPostgres('PostgreSQL change feed (LISTEN/NOTIFY)', () => {
  const schema = uniqueSchemaName();
  const channel = uniqueSchemaName('c'); // a channel of our own, so parallel runs do not mix
  let one: PostgresStore;
  let two: PostgresStore;
  let feedOne: PostgresChangeFeed;
  let feedTwo: PostgresChangeFeed;
  const errors: Error[] = [];

  beforeAll(async () => {
    one = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 2 });
    two = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 2 });
    const common = {
      connectionString: TEST_DATABASE_URL,
      channel,
      reconnectDelayMs: 50,
      onError: (e: Error) => errors.push(e),
    };
    feedOne = await PostgresChangeFeed.open({ ...common, pool: one.pool });
    feedTwo = await PostgresChangeFeed.open({ ...common, pool: two.pool });
    await one.store.migrate();
  });

  afterAll(async () => {
    await feedOne?.close();
    await feedTwo?.close();
    await one?.store.close();
    await two?.store.close();
    await dropSchema(schema);
  });

  test('a notice published on one instance arrives on the other (and on itself)', async () => {
    const notice: ChangeNotice = { forumId: 'forum-1', departmentId: 'dept-1', topic: 'answer' };
    const onTwo = nextNotice(feedTwo);
    const onOne = nextNotice(feedOne);
    await feedOne.publish(notice);
    await expect(onTwo).resolves.toEqual(notice);
    await expect(onOne).resolves.toEqual(notice);
  });

  test('notices published together all arrive, in order, and one repeated while it waits arrives once', async () => {
    const heard: ChangeNotice[] = [];
    const unsubscribe = feedTwo.subscribe((n) => heard.push(n));
    const notices: ChangeNotice[] = Array.from({ length: 20 }, (_, i) => ({
      forumId: `forum-${i}`,
      departmentId: i % 2 ? `dept-${i}` : null,
      topic: 'answer',
    }));
    const last: ChangeNotice = { forumId: 'last', departmentId: null, topic: 'answer' };
    // The first goes out at once; the rest wait for one batch, where the repeated one merges.
    const sent = [...notices, notices[5]!, last].map((notice) => feedOne.publish(notice));
    await Promise.all(sent);
    await waitFor(() => heard.some((n) => n.forumId === 'last'));
    unsubscribe();
    expect(heard).toEqual([...notices, last]);
  });

  test("an answer saved with the feed's statement notice arrives on every instance once, after the save; a save that writes nothing sends none", async () => {
    const f = forum();
    await one.store.saveForum(f);
    const d = department(f.id);
    await one.store.saveDepartment(d);
    const m = member(f.id, { departmentIds: [d.id] });
    await one.store.saveMember(m);
    const notice: ChangeNotice = { forumId: f.id, departmentId: d.id, topic: 'answer' };
    const heardOn = (feed: PostgresChangeFeed) => {
      const heard: ChangeNotice[] = [];
      // What a live view does on a notice: read the answer, which must be there already.
      const reads: Array<Promise<number | undefined>> = [];
      const unsubscribe = feed.subscribe((n) => {
        heard.push(n);
        if (n.forumId === f.id) reads.push(two.store.getAnswer('q1', m.id).then((a) => a?.revision));
      });
      return { heard, reads, unsubscribe };
    };
    const [onOne, onTwo] = [heardOn(feedOne), heardOn(feedTwo)];
    const save = (text: string, minutes: number) =>
      one.store.saveMemberAnswer(
        {
          forumId: f.id,
          departmentId: d.id,
          questionId: 'q1',
          memberId: m.id,
          value: { kind: 'textWithPrinciples', text, principles: [1] },
          at: at(minutes),
        },
        statementNotice(feedOne, notice),
      );
    expect(await save('Første', 1)).toMatchObject({ outcome: 'saved', notified: true });
    expect(await save('Første', 2)).toMatchObject({ outcome: 'unchanged', notified: false });
    expect(await save('Andet', 3)).toMatchObject({ outcome: 'saved', notified: true });
    const marker = { forumId: 'marker', departmentId: null, topic: 'round' } as const;
    await feedOne.publish(marker); // sent after both saves: once it is heard, theirs have been too
    await waitFor(() => [onOne, onTwo].every((o) => o.heard.some((n) => n.forumId === 'marker')));
    for (const o of [onOne, onTwo]) {
      o.unsubscribe();
      expect(o.heard.filter((n) => n.forumId === f.id)).toEqual([notice, notice]);
      const revisions = await Promise.all(o.reads);
      expect(revisions.every((r) => r !== undefined && r >= 1)).toBe(true);
    }
  });

  test('after an unsubscribe the listener hears nothing more', async () => {
    const heard: ChangeNotice[] = [];
    const unsubscribe = feedTwo.subscribe((n) => heard.push(n));
    unsubscribe();
    const marker = nextNotice(feedTwo);
    await feedOne.publish({ forumId: 'f', departmentId: null, topic: 'round' });
    await marker;
    expect(heard).toEqual([]);
  });

  test('the listener reconnects after its connection is killed and hears later notices', async () => {
    const before = feedTwo.connections;
    const admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      const killed = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where query = $1 and pid <> pg_backend_pid()`,
        [`listen "${channel}"`],
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    await waitFor(() => feedTwo.connections > before && feedTwo.listening);
    expect(errors.some((e) => /lost its PostgreSQL connection/.test(e.message))).toBe(true);

    const notice: ChangeNotice = { forumId: 'forum-2', departmentId: null, topic: 'takeaways' };
    const arrived = nextNotice(feedTwo);
    await feedOne.publish(notice);
    await expect(arrived).resolves.toEqual(notice);
  });
});
