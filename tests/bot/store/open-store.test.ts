import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { InProcessChangeFeed } from '../../../bot/store/change-feed/in-process-change-feed';
import { PostgresChangeFeed } from '../../../bot/store/change-feed/postgres-change-feed';
import { openStore } from '../../../bot/store/open-store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { forum, member } from './fixtures';

describe('openStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samskab-store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('without DATABASE_URL it opens SQLite at the path, creating the folder, in WAL mode with foreign keys', async () => {
    const path = join(dir, 'nested', 'data', 'samskab.sqlite');
    const { store, changes } = await openStore({ databaseUrl: undefined, sqlitePath: path });
    try {
      expect(store.dialect).toBe('sqlite');
      expect(changes).toBeInstanceOf(InProcessChangeFeed);
      await store.migrate();
      const f = forum();
      await store.saveForum(f);
      expect(await store.getForum(f.id)).toEqual(f);
    } finally {
      await changes.close();
      await store.close();
    }
    expect(existsSync(path)).toBe(true);
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }

    // Reopening keeps the data and migrating again is a no-op.
    const again = await openStore({ databaseUrl: '  ', sqlitePath: path });
    await again.store.migrate();
    expect(await again.store.listForums()).toHaveLength(1);
    await again.store.close();
  });

  test('SQLite enforces foreign keys, and its errors are plain Errors with the SQLite code', async () => {
    const { store } = await openStore({ sqlitePath: ':memory:' });
    await store.migrate();
    await expect(
      store.saveDepartment({
        id: 'd',
        forumId: 'no-such-forum',
        name: { da: 'x', en: 'x' },
        recap: '',
        chosenAssignment: '',
        facilitatorMeetingDate: null,
        sortOrder: 0,
      }),
    ).rejects.toThrow(/FOREIGN KEY/i);
    await expect(store.saveMember({ ...member('no-such-forum') })).rejects.toMatchObject({
      name: 'SqliteStoreError',
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
    await store.close();
  });

  test('a scheme other than postgres is refused with a message naming DATABASE_URL', async () => {
    await expect(
      openStore({ databaseUrl: 'mysql://root@localhost/db', sqlitePath: ':memory:' }),
    ).rejects.toThrow(
      "DATABASE_URL: unsupported scheme 'mysql:' (use postgres:// or leave it unset for SQLite)",
    );
    await expect(openStore({ databaseUrl: 'not a url', sqlitePath: ':memory:' })).rejects.toThrow(
      /^DATABASE_URL: /,
    );
  });

  test('an unreachable PostgreSQL is reported against DATABASE_URL without the password', async () => {
    const error: Error = await openStore({
      databaseUrl: 'postgresql://samskab:s3cret-pw@127.0.0.1:1/samskab',
      sqlitePath: ':memory:',
    }).then(
      () => {
        throw new Error('expected a failure');
      },
      (e: Error) => e,
    );
    expect(error.message).toMatch(
      /^DATABASE_URL: cannot reach PostgreSQL at postgresql:\/\/samskab:\*\*\*@127\.0\.0\.1:1\/samskab: /,
    );
    expect(error.message).not.toContain('s3cret-pw');
  });

  test('a SQLite path that cannot be created is reported against SQLITE_PATH', async () => {
    const blocker = join(dir, 'file');
    new BetterSqlite3(blocker).close();
    await expect(openStore({ sqlitePath: join(blocker, 'sub', 'db.sqlite') })).rejects.toThrow(
      /^SQLITE_PATH: /,
    );
  });
});

describeWithPostgres('openStore with DATABASE_URL', () => {
  const schema = uniqueSchemaName();
  afterAll(async () => {
    await dropSchema(schema);
  });

  test('postgres:// opens PostgreSQL in the given schema with a LISTEN/NOTIFY change feed', async () => {
    const { store, changes } = await openStore({
      databaseUrl: TEST_DATABASE_URL,
      sqlitePath: 'unused',
      pgSchema: schema,
      pgChannel: schema,
    });
    try {
      expect(store.dialect).toBe('postgres');
      expect(changes).toBeInstanceOf(PostgresChangeFeed);
      await store.migrate();
      const f = forum();
      await store.saveForum(f);
      expect(await store.getForum(f.id)).toEqual(f);
    } finally {
      await changes.close();
      await store.close();
    }
  });
});
