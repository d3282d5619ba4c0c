import fc from 'fast-check';
import { apiMessages } from '../../core/api';
import type { Member } from '../../core/model';
import { messages as botMessages } from '../../bot/teams/messages';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { inputsFor } from '../bot/teams/support/card-inputs';
import { changedTables } from './support/db-snapshot';
import { describeOnBothDatabases, startHostileApp, type HostileApp } from './support/hostile-app';
import { unstorableString } from './support/hostile-values';
import { count, printTally } from './support/tally';

/**
 * Text PostgreSQL refuses (NUL) or that no database stores faithfully (lone surrogates), in every
 * input edge, on both databases: a 4xx naming the field in the caller's language (never a 500),
 * and nothing stored. On main, PostgreSQL answered 500 for NUL in takeaways, member names and imports.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);
const UNSTORABLE = apiMessages['field.unstorableText'];

afterAll(() => printTally('text a database cannot store (NUL, lone surrogates)'));

describeOnBothDatabases('unstorable text', (db) => {
  let app: HostileApp;
  let connector: ConnectorStandIn;
  let departmentId: string;
  let spare: Member;

  beforeAll(async () => {
    connector = await startConnectorStandIn({ enforceLimits: false });
    app = await startHostileApp(db, { clock: { now: () => new Date('2019-09-05T08:00:00.000Z') } });
    const { store } = app.test.deps;
    departmentId = (await store.listDepartments(app.forumId))[0]!.id;
    spare = {
      id: 'spare-unstorable',
      forumId: app.forumId,
      aadObjectId: '0f0f0f0f-0000-4000-8000-0000000000aa',
      name: 'Reserve',
      email: null,
      role: 'facilitator',
      departmentIds: [departmentId],
      locale: 'da',
      pausedUntil: null,
    };
    await store.saveMember(spare);
  }, 30_000);
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });

  const chef = () => app.members.find((m) => m.role === 'chef' && m.departmentIds.includes(departmentId))!;

  /** Free-text fields of API bodies: endpoint, method, path, caller, body with the text at `field`. */
  const FIELDS: Array<{
    name: string;
    method: string;
    path: () => string;
    as: () => Member;
    field: string;
    body: (text: string) => unknown;
  }> = [
    {
      name: 'PUT takeaways',
      method: 'PUT',
      path: () => `/api/departments/${departmentId}/takeaways`,
      as: chef,
      field: 'text',
      body: (text) => ({ text: `Vi lærte ${text}`, expectedVersion: 0 }),
    },
    {
      name: 'POST members',
      method: 'POST',
      path: () => `/api/forums/${app.forumId}/members`,
      as: () => app.organizer,
      field: 'name',
      body: (text) => ({
        aadObjectId: '0f0f0f0f-0000-4000-8000-0000000000ab',
        name: `Anne ${text}`,
        role: 'chef',
        departmentIds: [departmentId],
      }),
    },
    {
      name: 'PATCH member',
      method: 'PATCH',
      path: () => `/api/members/${spare.id}`,
      as: () => app.organizer,
      field: 'name',
      body: (text) => ({ name: `Reserve ${text}` }),
    },
    {
      name: 'POST members/import',
      method: 'POST',
      path: () => `/api/forums/${app.forumId}/members/import`,
      as: () => app.organizer,
      field: 'csv',
      body: (text) => ({
        csv: `navn;objectid;rolle;afdeling\nAnne ${text};0f0f0f0f-0000-4000-8000-0000000000ac;chef;${departmentId}`,
        dryRun: false,
      }),
    },
    {
      name: 'POST departments',
      method: 'POST',
      path: () => `/api/forums/${app.forumId}/departments`,
      as: () => app.organizer,
      field: 'name.da',
      body: (text) => ({ name: { da: `Ny ${text}`, en: 'New' } }),
    },
    {
      name: 'PATCH department',
      method: 'PATCH',
      path: () => `/api/departments/${departmentId}`,
      as: () => app.organizer,
      field: 'recap',
      body: (text) => ({ recap: `Opsamling ${text}` }),
    },
  ];

  async function send(
    method: string,
    path: string,
    member: Member,
    body: unknown,
    language?: string,
  ): Promise<{ status: number; json: any; changed: string[] }> {
    const before = await app.snapshots.take();
    const res = await fetch(app.url + path, {
      method,
      headers: {
        authorization: `Bearer ${await app.token(member)}`,
        'content-type': 'application/json',
        ...(language ? { 'accept-language': language } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    return { status: res.status, json, changed: changedTables(before, await app.snapshots.take()) };
  }

  describe.each(FIELDS.map((f) => [f.name, f] as const))('%s', (_name, endpoint) => {
    test.each([
      ['NUL', '\u0000', 'da'],
      ['a lone high surrogate', '\uD83D', 'en'],
      ['a lone low surrogate', '\uDE00x', 'da'],
    ])('%s is refused with 422 naming the field, localized, nothing stored', async (_what, bad, language) => {
      const res = await send(endpoint.method, endpoint.path(), endpoint.as(), endpoint.body(bad), language);
      count(endpoint.name, res.status === 422 && res.changed.length === 0 ? 'rejected' : 'failure');
      expect(res.status).toBe(422);
      expect(res.json.error.fields[endpoint.field]).toBe(UNSTORABLE[language as 'da' | 'en']);
      expect(res.json.error.message).toBe(apiMessages['error.validation'][language as 'da' | 'en']);
      expect(res.changed).toEqual([]);
    });

    test('any text with NUL or a lone surrogate: never stored, never a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(unstorableString, async (bad) => {
          const res = await send(endpoint.method, endpoint.path(), endpoint.as(), endpoint.body(bad));
          count(endpoint.name, res.status === 422 && res.changed.length === 0 ? 'rejected' : 'failure');
          expect([res.status, res.json.error?.fields?.[endpoint.field], res.changed]).toEqual([
            422,
            UNSTORABLE.da,
            [],
          ]);
        }),
        { numRuns: Math.ceil(RUNS / 5), endOnFailure: true },
      );
    });

    test('control: the same body with ordinary text is accepted', async () => {
      const res = await send(endpoint.method, endpoint.path(), endpoint.as(), endpoint.body('æøå 👩‍👩‍👧'));
      expect(res.status).toBeLessThan(300);
    });
  });

  test.each([
    ['path parameter', () => `/api/departments/${encodeURIComponent('a\u0000b')}/summary`, 'departmentId'],
    ['query string', () => `/api/forums/${app.forumId}/deliveries?roundId=%00`, 'roundId'],
  ])('a %s with NUL is refused with 400 naming it', async (name, path, field) => {
    const res = await send('GET', path(), app.organizer, undefined, 'en');
    count(`GET ${name}`, res.status === 400 ? 'rejected' : 'failure');
    expect(res.status).toBe(400);
    expect(res.json.error.fields[field]).toBe(UNSTORABLE.en);
    expect(res.json.error.message).toBe(apiMessages['error.validation'].en);
  });

  describe('card submits from Teams', () => {
    let sequence = 0;
    const activity = (kind: 'execute' | 'submit', data: Record<string, unknown>) => {
      const member = chef();
      const base = {
        id: `unstorable-${++sequence}`,
        channelId: 'msteams',
        serviceUrl: connector.url,
        timestamp: new Date().toISOString(),
        from: { id: `29:${member.aadObjectId}`, name: member.name, aadObjectId: member.aadObjectId },
        recipient: { id: '28:samskab-bot', name: 'Samskab' },
        conversation: { id: `a:personal-${member.aadObjectId}`, conversationType: 'personal', tenantId: 't' },
        channelData: { tenant: { id: 't' } },
        locale: 'da-DK',
      };
      return kind === 'submit'
        ? { ...base, type: 'message', value: data }
        : {
            ...base,
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: { action: { type: 'Action.Execute', verb: data.samskab, data } },
          };
    };

    async function answer(kind: 'execute' | 'submit', text: string) {
      const [question] = await app.test.deps.store.listQuestions(app.forumId);
      const data = {
        samskab: 'answer',
        forumId: app.forumId,
        questionId: question!.id,
        qids: [question!.id],
        ...inputsFor(question!, text),
      };
      const sent = connector.sendsTo(`a:personal-${chef().aadObjectId}`).length;
      const before = await app.snapshots.take(['conversation_refs']);
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity(kind, data)),
      });
      const body = await res.text();
      const changed = changedTables(before, await app.snapshots.take(['conversation_refs']));
      const replies = connector
        .sendsTo(`a:personal-${chef().aadObjectId}`)
        .slice(sent)
        .map((s) => s.activity.text);
      return { status: res.status, body: body ? JSON.parse(body) : null, changed, replies };
    }

    test.each([
      ['NUL', 'Mit svar\u0000'],
      ['a lone surrogate', 'Mit svar \uD800'],
    ])(
      'an answer with %s (Action.Execute) is refused with a clear message, nothing stored',
      async (_w, text) => {
        const res = await answer('execute', text);
        count(
          'card answer (Action.Execute)',
          res.status === 200 && res.changed.length === 0 ? 'rejected' : 'failure',
        );
        expect(res.status).toBe(200);
        expect(res.body.value).toBe(botMessages['input.unstorable'].da);
        expect(res.changed).toEqual([]);
      },
    );

    test('an answer with NUL (Action.Submit) gets the message as a reply, nothing stored', async () => {
      const res = await answer('submit', 'Mit svar\u0000');
      count(
        'card answer (Action.Submit)',
        res.status === 200 && res.changed.length === 0 ? 'rejected' : 'failure',
      );
      expect(res.status).toBe(200);
      expect(res.replies).toContain(botMessages['input.unstorable'].da);
      expect(res.changed).toEqual([]);
    });

    test('control: the same answer with ordinary text is stored', async () => {
      const res = await answer('execute', 'Mit svar æøå');
      expect(res.status).toBe(200);
      expect(res.changed).toContain('answers');
    });
  });
});
