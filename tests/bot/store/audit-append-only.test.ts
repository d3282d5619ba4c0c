import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createPostgresStore } from '../../../bot/store/postgres/postgres-store';
import { createSqliteStore } from '../../../bot/store/sqlite/sqlite-store';
import type { AuditEntry, Store } from '../../../bot/store/store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { at, forum, uid } from './fixtures';

/** The audit log is append-only in the database itself, not only on the port. */

async function seed(store: Store): Promise<AuditEntry> {
  const f = forum();
  await store.saveForum(f);
  const entry: AuditEntry = {
    id: uid('audit'),
    forumId: f.id,
    at: at(1),
    actorKind: 'member',
    actorMemberId: 'm1',
    actorAadObjectId: null,
    action: 'member.delete',
    targetKind: 'member',
    targetId: 'm2',
    details: {},
  };
  await store.appendAudit(entry);
  return entry;
}

describe('audit log on SQLite', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-audit-'));
  const file = path.join(dir, 'audit.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('UPDATE and DELETE are refused by triggers, even with raw SQL', async () => {
    const store = createSqliteStore({ path: file });
    await store.migrate();
    const entry = await seed(store);
    await store.close();
    const raw = new BetterSqlite3(file);
    try {
      expect(() => raw.prepare(`update audit_log set action = 'x' where id = ?`).run(entry.id)).toThrow(
        /append-only/,
      );
      expect(() => raw.prepare(`delete from audit_log where id = ?`).run(entry.id)).toThrow(/append-only/);
      expect(raw.prepare(`select action from audit_log where id = ?`).get(entry.id)).toEqual({
        action: 'member.delete',
      });
    } finally {
      raw.close();
    }
  });
});

describeWithPostgres('audit log on PostgreSQL', () => {
  const schema = uniqueSchemaName('audit');
  afterAll(async () => {
    await dropSchema(schema);
  });

  test('UPDATE, DELETE and TRUNCATE are refused by triggers, even with raw SQL', async () => {
    const { store, pool } = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema });
    try {
      await store.migrate();
      const entry = await seed(store);
      await expect(pool.query(`update audit_log set action = 'x' where id = $1`, [entry.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(pool.query(`delete from audit_log where id = $1`, [entry.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(pool.query(`truncate audit_log`)).rejects.toThrow(/append-only/);
      const { rows } = await pool.query(`select action from audit_log where id = $1`, [entry.id]);
      expect(rows).toEqual([{ action: 'member.delete' }]);
    } finally {
      await store.close();
    }
  });
});
