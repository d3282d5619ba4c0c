import Database from 'better-sqlite3';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../support/app-harness';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { call, cast, devToken } from './support/api-client';

/**
 * A member import is all-or-nothing on both databases: the rows and the member.import audit
 * entry are one transaction. A trigger in the database makes the third row fail as a real
 * failure would (a constraint, a lost connection): nothing of the import stays.
 */
const FAILING_NAME = 'Tredje Fejler';

type ForceFailure = (app: TestApp) => Promise<void>;

const sqliteFailure: ForceFailure = async (app) => {
  const { database } = app.deps.config;
  if (database.kind !== 'sqlite') throw new Error('expected SQLite');
  const db = new Database(database.path);
  try {
    db.exec(`create trigger fail_third_row before insert on members
      when new.name = '${FAILING_NAME}' begin select raise(abort, 'forced failure'); end`);
  } finally {
    db.close();
  }
};

const postgresFailure =
  (schema: string): ForceFailure =>
  async () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`create function "${schema}".fail_third_row() returns trigger language plpgsql
        as $$ begin raise exception 'forced failure'; end $$`);
      await client.query(`create trigger fail_third_row before insert on "${schema}".members for each row
        when (new.name = '${FAILING_NAME}') execute function "${schema}".fail_third_row()`);
    } finally {
      await client.end();
    }
  };

function describeImport(
  name: string,
  open: () => Promise<{ app: TestApp; fail: ForceFailure; done(): Promise<void> }>,
) {
  describe(`member import on ${name}`, () => {
    let app: TestApp;
    let fail: ForceFailure;
    let done: () => Promise<void>;
    beforeAll(async () => {
      ({ app, fail, done } = await open());
    });
    afterAll(async () => {
      await app?.stop();
      await done?.();
    });

    test('a failing third row leaves nothing changed, no audit entry, and the error names the row', async () => {
      const forumId = (await app.deps.store.listForums())[0]!.id;
      const c = await cast(app.deps, forumId);
      const token = await devToken(app.url, c.organizer.aadObjectId);
      const promoted = c.chefsOf(c.departments[0]!.id)[0]!;
      const before = await app.deps.store.listMembers(forumId);
      const auditBefore = await app.deps.store.listAudit(forumId, { limit: 500 });
      const csv = [
        'navn;objectid;rolle;sprog',
        `${promoted.name};${promoted.aadObjectId};arrangør;da`,
        'Ny Arrangør;12345678-aaaa-4bbb-8ccc-0000000000a1;arrangør;da',
        `${FAILING_NAME};12345678-aaaa-4bbb-8ccc-0000000000a2;arrangør;da`,
      ].join('\n');
      const dry = await call(app.url, `/api/forums/${forumId}/members/import`, {
        token,
        body: { csv, dryRun: true },
      });
      expect(dry.body).toMatchObject({ errorRows: 0, created: 2, updated: 1 });

      await fail(app);
      const res = await call(app.url, `/api/forums/${forumId}/members/import`, {
        token,
        body: { csv, dryRun: false },
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('import_failed');
      expect(res.body.error.message).toBe('Række 4 kunne ikke gemmes. Intet er importeret; prøv igen.');
      expect(await app.deps.store.listMembers(forumId)).toEqual(before);
      expect((await app.deps.store.getMember(promoted.id))!.role).toBe('chef');
      expect(await app.deps.store.listAudit(forumId, { limit: 500 })).toEqual(auditBefore);

      // Without the failing row the same import is stored whole, with its audit entry.
      const good = csv.split('\n').slice(0, 3).join('\n');
      const ok = await call(app.url, `/api/forums/${forumId}/members/import`, {
        token,
        body: { csv: good, dryRun: false },
      });
      expect(ok.status).toBe(200);
      expect((await app.deps.store.getMember(promoted.id))!.role).toBe('organizer');
      const actions = (await app.deps.store.listAudit(forumId, { limit: 500 })).map((e) => e.action);
      expect(actions.filter((a) => a === 'member.import')).toHaveLength(1);
    });
  });
}

describeImport('SQLite', async () => ({
  app: await startTestApp(),
  fail: sqliteFailure,
  done: async () => undefined,
}));

describeWithPostgres('member import on PostgreSQL', () => {
  const schema = uniqueSchemaName('import');
  describeImport('PostgreSQL', async () => ({
    app: await startTestApp({ env: { DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema } }),
    fail: postgresFailure(schema),
    done: () => dropSchema(schema),
  }));
});
