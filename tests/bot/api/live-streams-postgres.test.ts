import { Client } from 'pg';
import { MAX_STREAMS_PER_PERSON } from '../../../bot/api/live/events-routes';
import { startTestApp, type TestApp } from '../../support/app-harness';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { call, cast, devToken } from './support/api-client';
import { openSse } from './support/sse';

type Stream = Awaited<ReturnType<typeof openSse>>;

/** Two app instances on one PostgreSQL schema: the stream allowance and membership changes hold across them. */
describeWithPostgres('live-update streams across instances (PostgreSQL)', () => {
  const schema = uniqueSchemaName('live');
  const env = { DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema };
  let a: TestApp;
  let b: TestApp;
  let c: Awaited<ReturnType<typeof cast>>;
  let forumId: string;
  let pg: Client;

  beforeAll(async () => {
    a = await startTestApp({ env });
    b = await startTestApp({ env });
    forumId = (await a.deps.store.listForums())[0]!.id;
    c = await cast(a.deps, forumId);
    pg = new Client({ connectionString: TEST_DATABASE_URL });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end();
    await a?.stop();
    await b?.stop();
    await dropSchema(schema);
  });

  const ticketFrom = async (app: TestApp, token: string) => {
    const res = await call(app.url, '/api/events/ticket', { token, method: 'POST' });
    expect(res.status).toBe(200);
    return res.body.ticket as string;
  };
  const openOn = (app: TestApp, ticket: string, extra = '') =>
    openSse(`${app.url}/api/events?access_token=${encodeURIComponent(ticket)}${extra}`);
  const heldSlots = async (person: string) =>
    Number(
      (await pg.query(`select count(*) as n from "${schema}".event_streams where person = $1`, [person]))
        .rows[0].n,
    );
  const until = async (check: () => Promise<boolean>, what: string, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('300 concurrent opens by one person on two instances: exactly the limit succeed; closing returns capacity', async () => {
    const person = c.organizer.aadObjectId;
    const ticket = await ticketFrom(a, await devToken(a.url, person));
    const burst = async (count: number) =>
      Promise.all(Array.from({ length: count }, (_, i) => openOn(i % 2 ? a : b, ticket)));
    const settle = async (streams: Stream[]) => {
      const refused = streams.filter((s) => s.status !== 200);
      const bodies = await Promise.all(refused.map(async (s) => JSON.parse(await s.text())));
      return { open: streams.filter((s) => s.status === 200), refused, bodies };
    };

    const first = await settle(await burst(300));
    try {
      expect(first.open).toHaveLength(MAX_STREAMS_PER_PERSON);
      expect(new Set(first.refused.map((s) => s.status))).toEqual(new Set([429]));
      expect(new Set(first.bodies.map((body) => body.error.code))).toEqual(new Set(['too_many_streams']));
      expect(first.bodies[0].error.message).toMatch(/for mange/i);
      expect(await heldSlots(person)).toBe(MAX_STREAMS_PER_PERSON);
    } finally {
      first.open.forEach((s) => s.close());
    }

    await until(async () => (await heldSlots(person)) === 0, 'the closed streams to give their slots back');
    const second = await settle(await burst(MAX_STREAMS_PER_PERSON + 5));
    try {
      expect(second.open).toHaveLength(MAX_STREAMS_PER_PERSON);
      expect(second.refused).toHaveLength(5);
    } finally {
      second.open.forEach((s) => s.close());
    }
    await until(async () => (await heldSlots(person)) === 0, 'the slots to be free again');
  });

  it("a member moved to another department gets the new department's notices, not the old one's, without reconnecting", async () => {
    const [from, to] = c.departments;
    const chef = c.chefsOf(from!.id)[0]!;
    const chefToken = await devToken(a.url, chef.aadObjectId);
    const organizerToken = await devToken(a.url, c.organizer.aadObjectId);
    const stream = await openOn(b, await ticketFrom(a, chefToken), '&topics=answer');
    try {
      expect(stream.status).toBe(200);
      expect((await stream.next()).event).toBe('ready');
      await a.deps.changes.publish({ forumId, departmentId: from!.id, topic: 'answer' });
      expect(JSON.parse((await stream.next(5000)).data)).toMatchObject({ departmentId: from!.id });

      // The organizer moves the chef on instance A; the stream is open on instance B.
      const moved = await call(a.url, `/api/members/${chef.id}`, {
        token: organizerToken,
        method: 'PATCH',
        body: { departmentIds: [to!.id] },
      });
      expect(moved.status).toBe(200);
      await a.deps.changes.publish({ forumId, departmentId: from!.id, topic: 'answer' });
      await a.deps.changes.publish({ forumId, departmentId: to!.id, topic: 'answer' });
      const next = await stream.next(5000);
      expect(JSON.parse(next.data)).toEqual({ forumId, departmentId: to!.id, topic: 'answer' });
      expect(stream.pending()).toBe(0);

      // Removed from the forum (two steps, the code issued by instance B and redeemed on A): the
      // stream ends with a notice instead of going on.
      const preview = await call(b.url, `/api/members/${chef.id}`, {
        token: organizerToken,
        method: 'DELETE',
        body: { eraseAnswers: false },
      });
      expect(preview.body.status).toBe('confirmationRequired');
      const removed = await call(a.url, `/api/members/${chef.id}`, {
        token: organizerToken,
        method: 'DELETE',
        body: { eraseAnswers: false, confirmToken: preview.body.confirmToken },
      });
      expect(removed.status).toBe(200);
      const closed = await stream.next(5000);
      expect(closed.event).toBe('closed');
      await until(async () => (await heldSlots(chef.aadObjectId)) === 0, "the removed member's slot");
    } finally {
      stream.close();
    }
  });
});
