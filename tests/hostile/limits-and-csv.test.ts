import { apiMessages } from '../../core/api';
import { changedTables, type DbSnapshotter } from './support/db-snapshot';
import { describeOnBothDatabases, startHostileApp, type HostileApp } from './support/hostile-app';
import { count, printTally } from './support/tally';

/**
 * Request bodies over the limit are refused early (413) and change nothing; errors of the HTTP
 * layer itself are localized; the members CSV import refuses formula injection; CSV exports
 * neutralize cells starting with = + - @.
 */
const LIMIT = 64 * 1024;

afterAll(() => printTally('limits, HTTP-layer errors, CSV'));

describeOnBothDatabases('limits, HTTP-layer errors, CSV', (db) => {
  let app: HostileApp;
  let snapshots: DbSnapshotter;

  beforeAll(async () => {
    app = await startHostileApp(db, {
      env: { BODY_LIMIT_BYTES: String(LIMIT) },
      clock: { now: () => new Date('2019-09-05T08:00:00.000Z') },
    });
    snapshots = app.snapshots;
  }, 30_000);
  afterAll(async () => {
    await app?.stop();
  });

  async function post(path: string, body: string, token?: string, headers: Record<string, string> = {}) {
    const before = await snapshots.take(['conversation_refs']);
    const started = Date.now();
    const res = await fetch(app.url + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body,
    });
    const text = await res.text();
    return {
      status: res.status,
      text,
      ms: Date.now() - started,
      changed: changedTables(before, await snapshots.take(['conversation_refs'])),
    };
  }

  describe('body size limit', () => {
    test.each([
      ['/api/forums/:id/members/import', () => `/api/forums/${app.forumId}/members/import`],
      ['/api/me/data/delete', () => '/api/me/data/delete'],
      ['/api/messages', () => '/api/messages'],
      ['/api/dev/token', () => '/api/dev/token'],
    ])('%s: a body over the limit is refused with 413 and changes nothing', async (name, path) => {
      const body = JSON.stringify({
        csv: 'x'.repeat(LIMIT * 4),
        confirm: true,
        type: 'message',
        text: 'x'.repeat(LIMIT),
      });
      const res = await post(path(), body, await app.token(app.organizer));
      count(`413 ${name}`, res.status === 413 && res.changed.length === 0 ? 'rejected' : 'failure');
      expect(res.status).toBe(413);
      expect(res.changed).toEqual([]);
    });

    test('a body just under the limit is read normally', async () => {
      const res = await post(
        `/api/forums/${app.forumId}/members/import`,
        JSON.stringify({ csv: `navn;objectid;rolle\n${'x'.repeat(LIMIT - 200)}`, dryRun: true }),
        await app.token(app.organizer),
      );
      expect(res.status).not.toBe(413);
    });
  });

  describe('errors of the HTTP layer itself are localized', () => {
    // Fixed (bot/http/errors.ts): restify's own errors (413 PayloadTooLarge, 400 InvalidContent for
    // bad JSON, 404 ResourceNotFound for an unknown route) answer with apiMessages 'error.tooLarge',
    // 'error.badJson', 'error.notFound' by Accept-Language (Danish by default).
    const cases: Array<[string, () => Promise<{ status: number; text: string }>, keyof typeof apiMessages]> =
      [
        [
          '413 body too large',
          async () => post('/api/dev/token', JSON.stringify({ x: 'x'.repeat(LIMIT * 2) })),
          'error.tooLarge',
        ],
        ['400 bad JSON', async () => post('/api/dev/token', '{"aadObjectId":'), 'error.badJson'],
        [
          '404 unknown route',
          async () => {
            const res = await fetch(`${app.url}/api/no-such-route`);
            return { status: res.status, text: await res.text() };
          },
          'error.notFound',
        ],
      ];
    test.each(cases)('%s answers in Danish by default', async (_name, send, key) => {
      const res = await send();
      count(
        'HTTP-layer error localized',
        JSON.parse(res.text).error?.message === apiMessages[key].da ? 'rejected' : 'gap',
      );
      expect(JSON.parse(res.text).error.message).toBe(apiMessages[key].da);
    });
    test.each(cases)('%s is still a 4xx with a JSON error', async (_name, send) => {
      const res = await send();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(typeof JSON.parse(res.text).error.message).toBe('string');
    });
  });

  describe('CSV', () => {
    const department = () => app.test.deps.store.listDepartments(app.forumId).then((d) => d[0]!);
    const FORMULAS = [
      '=HYPERLINK("http://evil.example","klik")',
      '+SUM(1,2)',
      '-2+3',
      '@SUM(A1:A2)',
      "=cmd|' /C calc'!A0",
    ];

    // Fixed (bot/api/routes/member-import.ts): cells starting with = + - @ are refused with a
    // localized per-row error ('field.formula'); nothing is saved.
    test.each(FORMULAS)('the members import rejects the formula %s and saves nothing', async (formula) => {
      const d = await department();
      const csv = `navn;objectid;rolle;afdeling\n${formula};0f0f0f0f-0000-4000-8000-00000000c5c5;chef;${d.name.da}`;
      const res = await post(
        `/api/forums/${app.forumId}/members/import`,
        JSON.stringify({ csv, dryRun: false }),
        await app.token(app.organizer),
      );
      count('CSV import formula', res.status === 422 ? 'rejected' : 'gap');
      expect(res.changed).toEqual([]);
      expect(res.status).toBe(422);
    });

    test('answers CSV export neutralizes cells starting with = + - @', async () => {
      const { store } = app.test.deps;
      const d = await department();
      const [question] = await store.listQuestions(app.forumId);
      const member = {
        ...app.chef,
        id: 'csv-member',
        aadObjectId: '0f0f0f0f-0000-4000-8000-00000000c5c6',
        name: '@SUM(A1)',
        email: null,
        departmentIds: [d.id],
      };
      await store.saveMember(member);
      const text = '=HYPERLINK("http://evil.example","klik")';
      const value =
        question!.shape.kind === 'textWithPrinciples'
          ? { kind: 'textWithPrinciples' as const, text, principles: [1] }
          : { kind: 'text' as const, text };
      await store.saveAnswer({
        forumId: app.forumId,
        departmentId: d.id,
        questionId: question!.id,
        memberId: member.id,
        value,
        at: '2019-09-05T08:00:00.000Z',
      });
      const res = await fetch(`${app.url}/api/forums/${app.forumId}/answers.csv`, {
        headers: { authorization: `Bearer ${await app.token(app.organizer)}` },
      });
      const csv = await res.text();
      expect(res.status).toBe(200);
      const cells = csv.split(/[;\r\n]/).map((c) => c.replace(/^"|"$/g, ''));
      const dangerous = cells.filter((c) => /^[=+\-@]/.test(c));
      count('CSV export neutralized', dangerous.length === 0 ? 'rejected' : 'failure');
      expect(dangerous).toEqual([]);
      expect(csv).toContain("'@SUM(A1)");
      expect(csv).toContain("'=HYPERLINK");
    });
  });
});
