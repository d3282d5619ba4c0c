import { startTestApp, type TestApp } from '../../support/app-harness';
import { valueFor } from './support/answers';
import { call, cast, devToken } from './support/api-client';
import { openSse } from './support/sse';

describe('live updates over Server-Sent Events', () => {
  let app: TestApp;
  let forumId: string;
  let c: Awaited<ReturnType<typeof cast>>;
  let chefToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    c = await cast(app.deps, forumId);
    chefToken = await devToken(app.url, c.chefsOf(c.departments[0]!.id)[0]!.aadObjectId);
  });
  afterAll(() => app.stop());

  const ticket = async (token: string) => {
    const res = await call(app.url, '/api/events/ticket', { token, method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.body.url).toContain('/api/events?access_token=');
    return res.body.ticket as string;
  };

  it('delivers a saved answer of the own department, and nothing of departments the chef may not see', async () => {
    const own = c.departments[0]!.id;
    const other = c.departments[1]!.id;
    const stream = await openSse(`${app.url}/api/events?access_token=${await ticket(chefToken)}`);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      expect(stream.headers.get('x-samskab-dev-mode')).toBe('1');
      const ready = await stream.next();
      expect(ready.event).toBe('ready');
      expect(JSON.parse(ready.data)).toEqual({ forumIds: [forumId] });

      // Another department's answer: not for this chef (summaries are not shared).
      await app.deps.changes.publish({ forumId, departmentId: other, topic: 'answer' });
      // An organizer-only topic: not for a chef either.
      await app.deps.changes.publish({ forumId, departmentId: null, topic: 'delivery' });

      const [question] = await app.deps.store.listQuestions(forumId);
      const colleague = c.chefsOf(own)[1]!;
      const saved = await app.deps.store.saveAnswer({
        forumId,
        departmentId: own,
        questionId: question!.id,
        memberId: colleague.id,
        value: valueFor(question!, 'Et svar med æøå'),
        at: new Date().toISOString(),
      });
      expect(saved.ok).toBe(true);
      await app.deps.changes.publish({ forumId, departmentId: own, topic: 'answer' });

      const change = await stream.next();
      expect(change.event).toBe('change');
      expect(JSON.parse(change.data)).toEqual({ forumId, departmentId: own, topic: 'answer' });
    } finally {
      stream.close();
    }
  });

  it('publishes takeaways saved through the API to the department stream', async () => {
    const own = c.departments[0]!.id;
    const stream = await openSse(
      `${app.url}/api/events?access_token=${await ticket(chefToken)}&topics=takeaways`,
    );
    try {
      await stream.next(); // ready
      const put = await call(app.url, `/api/departments/${own}/takeaways`, {
        token: chefToken,
        method: 'PUT',
        body: { text: 'Live!', expectedVersion: 0 },
      });
      expect(put.status).toBe(200);
      expect(JSON.parse((await stream.next()).data)).toEqual({
        forumId,
        departmentId: own,
        topic: 'takeaways',
      });
    } finally {
      stream.close();
    }
  });

  it('refuses the stream without a valid ticket (a bearer token is not a ticket)', async () => {
    for (const query of ['', '?access_token=garbage', `?access_token=${chefToken}`]) {
      const res = await call(app.url, `/api/events${query}`);
      expect(res.status).toBe(401);
    }
  });
});

describe('live update limits', () => {
  it('refuses more than MAX_STREAMS_PER_PERSON open streams for one person with 429, and frees a slot on close', async () => {
    const { MAX_STREAMS_PER_PERSON } = await import('../../../bot/api/live/events-routes');
    const app = await startTestApp();
    const streams: Awaited<ReturnType<typeof openSse>>[] = [];
    try {
      const forumId = (await app.deps.store.listForums())[0]!.id;
      const c = await cast(app.deps, forumId);
      const token = await devToken(app.url, c.organizer.aadObjectId);
      const open = async () => {
        const t = await call(app.url, '/api/events/ticket', { token, method: 'POST' });
        return openSse(app.url + t.body.url);
      };
      for (let i = 0; i < MAX_STREAMS_PER_PERSON; i++) {
        const s = await open();
        streams.push(s);
        await s.next();
      }
      const extra = await open();
      expect(extra.status).toBe(429);
      expect(JSON.parse(await extra.text()).error.code).toBe('too_many_streams');
      streams.pop()!.close();
      await new Promise((r) => setTimeout(r, 100));
      const again = await open();
      streams.push(again);
      expect(again.status).toBe(200);
    } finally {
      streams.forEach((s) => s.close());
      await app.stop();
    }
  });
});
