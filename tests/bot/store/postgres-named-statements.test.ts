import { createPostgresStore, type PostgresStore } from '../../../bot/store/postgres/postgres-store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { at, department, forum, member } from './fixtures';

describeWithPostgres('named statements on PostgreSQL (the answer turn’s prepared queries)', () => {
  const schema = uniqueSchemaName();
  let opened: PostgresStore;

  beforeAll(async () => {
    // One connection, so pg_prepared_statements (per session) shows what the store's queries prepared.
    opened = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 1 });
    await opened.store.migrate();
  });
  afterAll(async () => {
    await opened.store.close();
    await dropSchema(schema);
  });

  async function preparedTexts(): Promise<string[]> {
    const { rows } = await opened.pool.query<{ statement: string }>(
      "select statement from pg_prepared_statements where name like 'samskab\\_%'",
    );
    return rows.map((row) => row.statement);
  }

  async function seeded() {
    const f = forum();
    await opened.store.saveForum(f);
    const d = department(f.id);
    await opened.store.saveDepartment(d);
    const m = member(f.id, { departmentIds: [d.id] });
    await opened.store.saveMember(m);
    const input = { forumId: f.id, departmentId: d.id, questionId: 'q1', memberId: m.id, at: at(1) };
    return { f, m, input };
  }

  test('the member’s answers and the answer write are prepared once per connection and run by name', async () => {
    const { f, m, input } = await seeded();
    await opened.store.saveMemberAnswer({ ...input, value: { kind: 'text', text: 'a' } });
    await opened.store.saveMemberAnswer({ ...input, value: { kind: 'text', text: 'b' } });
    await opened.store.listAnswers(f.id, { memberId: m.id });
    await opened.store.listAnswers(f.id, { memberId: m.id });
    const texts = await preparedTexts();
    expect(texts.filter((t) => t.startsWith('with "written"'))).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith('select * from "answers" where "forum_id"'))).toHaveLength(1);
    expect((await opened.store.getAnswer('q1', m.id))?.revision).toBe(2);
  });

  test('a column added under a prepared statement (another instance migrating) does not break it', async () => {
    const { f, m, input } = await seeded();
    const saved = await opened.store.saveMemberAnswer({ ...input, value: { kind: 'text', text: 'før' } });
    await opened.pool.query('alter table answers add column later_column text');
    try {
      const again = await opened.store.saveMemberAnswer({ ...input, value: { kind: 'text', text: 'efter' } });
      expect(again).toMatchObject({ outcome: 'saved', answer: { id: saved.answer.id, revision: 2 } });
      expect((await opened.store.listAnswers(f.id, { memberId: m.id })).map((a) => a.revision)).toEqual([2]);
    } finally {
      await opened.pool.query('alter table answers drop column later_column');
    }
    expect((await opened.store.listAnswers(f.id, { memberId: m.id })).map((a) => a.revision)).toEqual([2]);
  });
});
