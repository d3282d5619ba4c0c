import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { openStore } from '../../bot/store';
import { describeWithPostgres, TEST_DATABASE_URL, uniqueSchemaName } from '../support/postgres';

/**
 * infra/postgres-app-role.sql, run against the local server as the README's setup step runs it on
 * Azure (a new database and a login role standing in for the managed identity's role): the app
 * migrates and works as that role, and the role can do nothing outside its schema.
 */
const SQL = readFileSync(join(__dirname, '..', '..', 'infra', 'postgres-app-role.sql'), 'utf8');

/** psql's :"name" variables, as psql substitutes them (quoted identifiers). */
function withVariables(sql: string, vars: Record<string, string>): string {
  return sql
    .split('\n')
    .filter((line) => !line.startsWith('--'))
    .join('\n')
    .replace(/:"(\w+)"/g, (_m, name: string) => `"${vars[name]!.replace(/"/g, '""')}"`);
}

function urlFor(user: string, database: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.username = user;
  url.password = '';
  url.pathname = `/${database}`;
  return url.toString();
}

describeWithPostgres('the least-privileged PostgreSQL role of infra/postgres-app-role.sql', () => {
  const suffix = uniqueSchemaName('r');
  const database = `samskab_${suffix}`;
  const role = `samskab_app_${suffix}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database "${database}"`);
    await admin.query(`create role "${role}" login nosuperuser nocreatedb nocreaterole`);
    const inDatabase = new Client({ connectionString: urlFor('postgres', database) });
    await inDatabase.connect();
    try {
      await inDatabase.query(withVariables(SQL, { app_role: role, app_schema: 'samskab', database }));
    } finally {
      await inDatabase.end();
    }
  }, 30_000);

  afterAll(async () => {
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.query(`drop role if exists "${role}"`);
    await admin.end();
  });

  async function asApp<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: urlFor(role, database) });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  test('the app migrates, stores and hears its own change notices as that role', async () => {
    const { store, changes } = await openStore({
      databaseUrl: urlFor(role, database),
      pgSchema: 'samskab',
      sqlitePath: '',
    });
    try {
      await store.migrate();
      expect(await store.listForums()).toEqual([]);
      const heard = new Promise((resolve) => changes.subscribe(resolve));
      await changes.publish({ topic: 'forum', forumId: 'f1', departmentId: null });
      await expect(heard).resolves.toEqual(expect.objectContaining({ forumId: 'f1' }));
    } finally {
      await changes.close();
      await store.close();
    }
  }, 30_000);

  test.each([
    ['create a table in public', 'create table public.intruder (id int)'],
    ['create another schema', 'create schema intruder'],
    ['create a database', 'create database intruder'],
    ['create a role', 'create role intruder'],
  ])('may not %s', async (_what, statement) => {
    const error = await asApp((c) => c.query(statement)).catch((e: { code?: string }) => e);
    expect((error as { code?: string }).code).toBe('42501'); // insufficient_privilege
  });

  test('is no superuser and owns exactly its schema', async () => {
    const rows = await asApp(async (c) => {
      const self = await c.query(
        'select rolsuper, rolcreatedb, rolcreaterole from pg_roles where rolname = current_user',
      );
      const owned = await c.query(
        'select nspname from pg_namespace where pg_get_userbyid(nspowner) = current_user order by 1',
      );
      return { self: self.rows[0], owned: owned.rows.map((r: { nspname: string }) => r.nspname) };
    });
    expect(rows).toEqual({
      self: { rolsuper: false, rolcreatedb: false, rolcreaterole: false },
      owned: ['samskab'],
    });
  });
});
