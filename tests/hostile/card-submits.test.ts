import fc from 'fast-check';
import { messages as botMessages } from '../../bot/teams/messages';
import { privacyMessages } from '../../bot/privacy/privacy-messages';
import type { Localized, Member, Question } from '../../core/model';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { inputsFor } from '../bot/teams/support/card-inputs';
import { changedTables, type DbSnapshotter } from './support/db-snapshot';
import { describeOnBothDatabases, startHostileApp, type HostileApp } from './support/hostile-app';
import { edgeString, hostileValue } from './support/hostile-values';
import { count, printTally } from './support/tally';

/**
 * Every card submit, both ways Teams delivers it: a message activity carrying `value`
 * (Action.Submit) and an invoke `adaptiveCard/action` (Action.Execute), POSTed to /api/messages.
 * Hostile data never gives a 5xx, never changes what it should not (only the sender's own
 * answers may change, and only with a valid answer), and always gets an answer in the person's language.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);
const TENANT = 'tenant-hostile';

let sequence = 0;

const templates = (locale: 'da' | 'en') =>
  [botMessages, privacyMessages].flatMap((c) =>
    Object.values(c as Record<string, Localized>).map(
      (t) =>
        new RegExp(`^${t[locale].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[\\s\\S]*')}$`),
    ),
  );
const KNOWN = { da: templates('da'), en: templates('en') };

afterAll(() => printTally('card submits (POST /api/messages)'));

describeOnBothDatabases('card submits', (db) => {
  let app: HostileApp;
  let connector: ConnectorStandIn;
  let snapshots: DbSnapshotter;
  let questions: Question[];
  let chef: Member;
  let englishChef: Member;

  beforeAll(async () => {
    connector = await startConnectorStandIn({ enforceLimits: false });
    app = await startHostileApp(db, { clock: { now: () => new Date('2019-09-05T08:00:00.000Z') } });
    questions = await app.test.deps.store.listQuestions(app.forumId);
    chef = app.chef;
    englishChef = { ...app.members.find((m) => m.role === 'chef' && m.id !== chef.id)!, locale: 'en' };
    await app.test.deps.store.saveMember(englishChef);
    snapshots = app.snapshots;
  }, 30_000);

  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });

  const INPUT_FIELDS = [
    'text',
    'principles',
    'style',
    'knows',
    'rating',
    'i1',
    'i1a1_what',
    'i1a1_who',
    'i1a1_when',
    'n1',
    'n1_type',
    'n1_mode',
  ];
  const VERBS = [
    'answer',
    'edit',
    'refresh',
    'linkDepartment',
    'questions',
    'privacyAsk',
    'privacyConfirm',
    'privacyCancel',
  ];

  function cardData(): fc.Arbitrary<unknown> {
    const inputs = fc.dictionary(
      fc
        .tuple(fc.integer({ min: 0, max: 7 }), fc.constantFrom(...INPUT_FIELDS))
        .map(([n, f]) => `q${n}_${f}`),
      fc.oneof(
        edgeString,
        hostileValue,
        fc.constantFrom('1', '1,2', '9', 'both', 'partly', '2019-10-01', 'quality', 'co-creation'),
      ),
      { maxKeys: 6 },
    );
    const known = fc.record(
      {
        samskab: fc.oneof(fc.constantFrom(...VERBS), edgeString),
        forumId: fc.oneof(fc.constant(app.forumId), edgeString, hostileValue),
        questionId: fc.oneof(fc.constantFrom(...questions.map((q) => q.id)), edgeString),
        roundId: fc.oneof(fc.constant(null), edgeString),
        departmentId: fc.oneof(fc.constant(null), fc.constant(chef.departmentIds[0]!), edgeString),
        rev: hostileValue,
        qids: fc.oneof(fc.constant(questions.map((q) => q.id)), hostileValue),
        token: fc.oneof(edgeString, hostileValue),
      },
      { requiredKeys: ['samskab'] },
    );
    // A real answer whose text is hostile (Unicode edges, NUL, RTL, 100 KB): may be saved, must be safe.
    const nearValid = fc
      .tuple(fc.constantFrom(...questions), edgeString, fc.constantFrom('answer', 'edit'))
      .map(([q, text, verb]) => ({
        samskab: verb,
        forumId: app.forumId,
        questionId: q.id,
        qids: [q.id],
        ...inputsFor(q, text),
      }));
    return fc.oneof(
      { weight: 4, arbitrary: fc.tuple(known, inputs).map(([k, i]) => ({ ...i, ...k })) },
      { weight: 3, arbitrary: nearValid },
      { weight: 1, arbitrary: hostileValue },
    );
  }

  const who = fc.constantFrom<'chef' | 'english' | 'stranger' | 'group'>(
    'chef',
    'chef',
    'english',
    'stranger',
    'group',
  );

  function activityFor(
    kind: 'submit' | 'execute',
    person: 'chef' | 'english' | 'stranger' | 'group',
    data: unknown,
  ) {
    const member = person === 'english' ? englishChef : person === 'stranger' ? null : chef;
    const aad = member?.aadObjectId ?? '0f0f0f0f-dead-4000-8000-00000000beef';
    const conversation =
      person === 'group'
        ? { id: '19:hostile-group@thread.v2', conversationType: 'groupChat', isGroup: true }
        : { id: `a:personal-${aad}`, conversationType: 'personal' };
    const base = {
      id: `act-${++sequence}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      timestamp: new Date().toISOString(),
      from: { id: `29:${aad}`, name: member?.name ?? 'Ukendt', aadObjectId: aad },
      recipient: { id: '28:samskab-bot', name: 'Samskab' },
      conversation: { ...conversation, tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      locale: person === 'english' ? 'en-US' : 'da-DK',
    };
    if (kind === 'submit') return { ...base, type: 'message', value: data };
    const verb =
      data && typeof data === 'object' && !Array.isArray(data)
        ? (data as { samskab?: unknown }).samskab
        : undefined;
    return {
      ...base,
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: verb ?? 'answer', data } },
    };
  }

  interface AnswerRow {
    id: string;
    member_id: string;
  }

  /** Only the sender's own answers may change, and only answers and their revisions. */
  function stateProblem(
    before: Record<string, string>,
    after: Record<string, string>,
    actor: Member | null,
  ): string | null {
    const changed = changedTables(before, after);
    const allowed = new Set(['answers', 'answer_revisions']);
    const bad = changed.filter((t) => !allowed.has(t));
    if (bad.length) return `changed ${bad.join(', ')}`;
    if (!changed.includes('answers')) return changed.length ? 'revisions changed without an answer' : null;
    if (!actor) return 'a stranger changed answers';
    const old = new Map(
      (JSON.parse(before.answers ?? '[]') as AnswerRow[]).map((r) => [r.id, JSON.stringify(r)]),
    );
    for (const row of JSON.parse(after.answers ?? '[]') as AnswerRow[]) {
      if (old.get(row.id) !== JSON.stringify(row) && row.member_id !== actor.id)
        return `changed someone else's answer (${row.member_id})`;
    }
    return null;
  }

  function textsOf(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    const out: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
        Object.values(o).forEach(walk);
      }
    };
    walk(value);
    return out;
  }

  async function send(
    kind: 'submit' | 'execute',
    person: 'chef' | 'english' | 'stranger' | 'group',
    data: unknown,
  ): Promise<string | null> {
    const actor = person === 'english' ? englishChef : person === 'stranger' ? null : chef;
    const locale = person === 'english' ? 'en' : 'da';
    const activity = activityFor(kind, person, data);
    const sentBefore = connector.sendsTo(activity.conversation.id).length + connector.updates.length;
    const before = await snapshots.take(['conversation_refs']);
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const body = await res.text();
    const after = await snapshots.take(['conversation_refs']);
    const endpoint = kind === 'submit' ? 'message value (Action.Submit)' : 'invoke adaptiveCard/action';
    const fail = (why: string) => {
      count(endpoint, 'failure');
      return `${endpoint} as ${person} -> ${res.status}: ${why}\ndata: ${JSON.stringify(data)?.slice(0, 300)}\nanswer: ${body.slice(0, 300)}`;
    };
    if (res.status >= 500) return fail('server error');
    const problem = stateProblem(before, after, actor);
    if (problem) return fail(problem);
    if (res.status === 413) {
      // Over the body limit: refused before the bot sees it (limits.test.ts checks the message).
      count(endpoint, 'rejected');
      return null;
    }
    let shown: string[];
    if (kind === 'execute') {
      let parsed: { value?: unknown };
      try {
        parsed = JSON.parse(body) as { value?: unknown };
      } catch {
        return fail('invoke answer is not JSON');
      }
      shown = textsOf(parsed.value);
    } else {
      const replies = [
        ...connector.sendsTo(activity.conversation.id).map((s) => s.activity),
        ...connector.updates.map((u) => u.activity),
      ].slice(sentBefore);
      shown = replies.flatMap((r) => [
        ...(typeof r.text === 'string' ? [r.text] : []),
        ...textsOf(r.attachments),
      ]);
    }
    // A group-chat Action.Submit edit/refresh sends the person's own card to their 1:1 chat and
    // says so in the group (or tells them where to see it): the group sees a line, never the card.
    if (shown.length === 0) return fail('no answer shown to the person');
    // Group chats and strangers get the forum's / Teams' language; members their own.
    const expected =
      person === 'stranger' || person === 'group' ? (['da', 'en'] as const) : ([locale] as const);
    if (!shown.some((s) => expected.some((l) => KNOWN[l].some((re) => re.test(s)))))
      return fail(`no message in ${expected.join('/')}: ${shown[0]?.slice(0, 80)}`);
    count(endpoint, changedTables(before, after).length ? 'accepted' : 'rejected');
    return null;
  }

  describe.each([['submit'], ['execute']] as const)('card %s with hostile data', (kind) => {
    test('never 5xx, never changes what it should not, always answers in the person’s language', async () => {
      await fc.assert(
        fc.asyncProperty(who, cardData(), async (person, data) => {
          const failure = await send(kind, person, data);
          if (failure) throw new Error(failure);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    });
  });

  describe('invoke envelopes Teams never sends', () => {
    async function post(value: unknown, gap = false): Promise<number> {
      const activity = { ...activityFor('execute', 'chef', {}), value };
      const before = await snapshots.take(['conversation_refs']);
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      count('invoke malformed envelope', res.status < 500 ? 'rejected' : gap ? 'gap' : 'failure');
      expect(changedTables(before, await snapshots.take(['conversation_refs']))).toEqual([]);
      return res.status;
    }

    test.each([
      ['action a string', { action: 'answer' }],
      ['another action type', { action: { type: 'Action.Submit', data: {} } }],
    ])('%s is refused with a 4xx', async (_name, value) => {
      expect(await post(value)).toBeLessThan(500);
    });

    // SamskabBot.onInvokeActivity answers 400 when value.action is not an object (botbuilder alone
    // answered 5xx: 501 / onTurnError).
    test.each([
      ['a number', 42],
      ['a string', 'x'],
      ['an empty object', {}],
      ['action null', { action: null }],
    ])('%s is refused with a 400, never a 5xx', async (_name, value) => {
      expect(await post(value, true)).toBe(400);
    });
  });
});
