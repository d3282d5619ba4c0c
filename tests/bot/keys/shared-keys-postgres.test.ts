import { startTestApp, type TestApp } from '../../support/app-harness';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { answerAll } from '../api/support/answers';
import { call, cast, devToken } from '../api/support/api-client';
import { openSse } from '../api/support/sse';

/**
 * Two app instances on one PostgreSQL schema, no BOT_PASSWORD: what one signs, the other accepts,
 * and so does a new instance after a restart (new process objects, same database).
 */
describeWithPostgres('keyring across instances and restarts (PostgreSQL)', () => {
  const schema = uniqueSchemaName('keys');
  const env = { DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema };
  let a: TestApp;
  let b: TestApp;
  let chefs: Array<{ id: string; aadObjectId: string }>;

  beforeAll(async () => {
    a = await startTestApp({ env });
    b = await startTestApp({ env });
    const forumId = (await a.deps.store.listForums())[0]!.id;
    const c = await cast(a.deps, forumId);
    chefs = c.chefsOf(c.departments[0]!.id);
    for (const chef of chefs.slice(0, 2)) await answerAll(a.deps, chef as never, (q) => `Svar ${q.number}`);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await dropSchema(schema);
  });

  const ask = async (url: string, token: string) => {
    const res = await call(url, '/api/me/data/delete', { token, body: {} });
    expect(res).toMatchObject({ status: 200, body: { status: 'confirmationRequired' } });
    return res.body.confirmToken as string;
  };
  const redeem = (url: string, token: string, confirmToken: string) =>
    call(url, '/api/me/data/delete', { token, body: { confirmToken } });
  const streamStatus = async (url: string, ticket: string) => {
    const stream = await openSse(`${url}/api/events?access_token=${encodeURIComponent(ticket)}`);
    try {
      return { status: stream.status, first: stream.status === 200 ? (await stream.next()).event : null };
    } finally {
      stream.close();
    }
  };

  it('accepts on B a dev token, a confirmation code and an event ticket that A signed', async () => {
    const token = await devToken(a.url, chefs[0]!.aadObjectId);
    expect((await call(b.url, '/api/me', { token })).status).toBe(200);

    const code = await ask(a.url, token);
    const done = await redeem(b.url, token, code);
    expect(done).toMatchObject({ status: 200, body: { status: 'deleted' } });
    expect((await redeem(a.url, token, code)).status).toBe(410); // used once, across instances

    const ticket = await call(a.url, '/api/events/ticket', { token, method: 'POST' });
    expect(ticket.status).toBe(200);
    expect(await streamStatus(b.url, ticket.body.ticket)).toEqual({ status: 200, first: 'ready' });
  });

  it('accepts after a restart what was signed before it, and refuses a forged code', async () => {
    const token = await devToken(a.url, chefs[1]!.aadObjectId);
    const code = await ask(a.url, token);
    const ticket = (await call(a.url, '/api/events/ticket', { token, method: 'POST' })).body.ticket as string;
    const keyIds = (await a.deps.store.listSigningKeys('dev-token', new Date().toISOString())).map(
      (k) => k.id,
    );

    await a.stop();
    a = await startTestApp({ env }); // new process objects: store, keyring, caches

    expect((await call(a.url, '/api/me', { token })).status).toBe(200);
    expect(await streamStatus(a.url, ticket)).toEqual({ status: 200, first: 'ready' });
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(code.split('.')[0]!, 'base64url').toString()),
        k: 'AAAAAAAAAAAAAAAAAAAAAA',
      }),
    ).toString('base64url');
    expect((await redeem(a.url, token, `${forged}.${code.split('.')[1]}`)).status).toBe(409);
    expect(await redeem(a.url, token, code)).toMatchObject({ status: 200, body: { status: 'deleted' } });
    // The restart created no new key: one dev-token key, the one from before.
    expect(
      (await a.deps.store.listSigningKeys('dev-token', new Date().toISOString())).map((k) => k.id),
    ).toEqual(keyIds);
  });
});
