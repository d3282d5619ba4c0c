import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../support/app-harness';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { answerAll } from './support/answers';
import { call, cast, devToken } from './support/api-client';
import { openSse } from './support/sse';

describeWithPostgres('API on PostgreSQL (summary, takeaways conflict, live events across instances)', () => {
  const schema = uniqueSchemaName('api');
  let app: TestApp;
  let forumId: string;
  let departmentId: string;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema } });
    forumId = (await app.deps.store.listForums())[0]!.id;
    const c = await cast(app.deps, forumId);
    departmentId = c.departments[0]!.id;
    const chef = c.chefsOf(departmentId)[0]!;
    await answerAll(app.deps, chef, (q) => `Svar ${q.number} på PostgreSQL – æøå`);
    token = await devToken(app.url, chef.aadObjectId);
  });
  afterAll(async () => {
    await app?.stop();
    await dropSchema(schema);
  });

  it('builds the department summary from PostgreSQL', async () => {
    expect(app.deps.store.dialect).toBe('postgres');
    const res = await call(app.url, `/api/departments/${departmentId}/summary`, { token });
    expect(res.status).toBe(200);
    expect(res.body.summary.participation.respondents).toBe(1);
    expect(JSON.stringify(res.body.summary)).toContain('på PostgreSQL – æøå');
  });

  it('answers a stale takeaways save with 409 and the current text', async () => {
    const put = (text: string, expectedVersion: number) =>
      call(app.url, `/api/departments/${departmentId}/takeaways`, {
        token,
        method: 'PUT',
        body: { text, expectedVersion },
      });
    expect((await put('Første', 0)).status).toBe(200);
    const stale = await put('Anden', 0);
    expect(stale.status).toBe(409);
    expect(stale.body.current).toEqual(expect.objectContaining({ text: 'Første', version: 1 }));
  });

  it('streams a change notified by another instance (LISTEN/NOTIFY) to the SSE client', async () => {
    const ticket = await call(app.url, '/api/events/ticket', { token, method: 'POST' });
    const stream = await openSse(app.url + ticket.body.url);
    const other = new Client({ connectionString: TEST_DATABASE_URL });
    await other.connect();
    try {
      expect((await stream.next()).event).toBe('ready');
      await other.query('select pg_notify($1, $2)', [
        'samskab_changes',
        JSON.stringify({ forumId, departmentId, topic: 'answer' }),
      ]);
      const change = await stream.next(5000);
      expect(JSON.parse(change.data)).toEqual({ forumId, departmentId, topic: 'answer' });
    } finally {
      stream.close();
      await other.end();
    }
  });
});
