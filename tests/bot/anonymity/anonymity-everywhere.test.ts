import { buildSlideDeck, forumDeckSource } from '../../../core/presentation';
import type { Forum, Member, Question } from '../../../core/model';
import { facilitatorBriefingCard } from '../../../bot/scheduler/meeting-messages';
import { adHocRound, roundView } from '../../../bot/teams/round-view';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { officeText } from '../../support/office-text';
import { answerAll } from '../api/support/answers';
import { call, cast, devToken, settingsUpdateOf } from '../api/support/api-client';
import { openSse } from '../api/support/sse';

/**
 * The forum's anonymity (core/summary/anonymity.ts) through every output: the department summary,
 * the overview, the answer pages, the presentation, the Word, PowerPoint and CSV exports, the
 * group card, the live update and the facilitator's briefing. Two chefs answer (below the
 * threshold of 3): no output carries their texts or names. A third answers: they appear. The
 * forum then hides names in shared views: the texts stay, the names go (but for the author's own).
 */

/** Each chef's answers carry a marker no other text has. */
const marker = (who: string, q: Question) => `Svar fra ${who} til nummer ${q.number}`;
const WITHHELD = 'Vises når mindst 3 har svaret';

describe('the anonymity threshold and hidden names, through every output', () => {
  let app: TestApp;
  let forum: Forum;
  let departmentId: string;
  let questions: Question[];
  let first: Member;
  let second: Member;
  let third: Member;
  let facilitator: Member;
  let tokens: Record<'organizer' | 'sameDepartment' | 'otherDepartment' | 'facilitator' | 'author', string>;

  beforeAll(async () => {
    app = await startTestApp({ anonymity: { minAnswers: 3, hideNamesInSharedViews: false } });
    const stored = (await app.deps.store.listForums())[0]!;
    // Everything shared, so that only the anonymity rule can hold anything back.
    forum = {
      ...stored,
      settings: { ...stored.settings, shareSummaries: true, shareAnswersInGroupChat: true },
    };
    await app.deps.store.saveForum(forum);
    const c = await cast(app.deps, forum.id);
    departmentId = c.departments[0]!.id;
    [first, second, third] = c.chefsOf(departmentId) as [Member, Member, Member];
    facilitator = c.members.find((m) => m.role === 'facilitator' && m.departmentIds.includes(departmentId))!;
    const otherChef = c.chefsOf(c.departments[1]!.id)[0]!;
    questions = (await app.deps.store.listQuestions(forum.id)).sort((a, b) => a.number - b.number);
    tokens = {
      organizer: await devToken(app.url, c.organizer.aadObjectId),
      sameDepartment: await devToken(app.url, third.aadObjectId),
      otherDepartment: await devToken(app.url, otherChef.aadObjectId),
      facilitator: await devToken(app.url, facilitator.aadObjectId),
      author: await devToken(app.url, first.aadObjectId),
    };
    await answerAll(app.deps, first, (q) => marker('første', q));
    await answerAll(app.deps, second, (q) => marker('anden', q));
  });
  afterAll(() => app.stop());

  const json = async (path: string, token: string) => {
    const res = await call(app.url, path, { token, headers: { 'accept-language': 'da' } });
    expect(res.status).toBe(200);
    return res.body;
  };
  const file = async (path: string, token: string) => {
    const res = await fetch(app.url + path, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'da' },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const answerPages = async (token: string) =>
    JSON.stringify(
      await Promise.all(
        questions.map((q) =>
          json(`/api/departments/${departmentId}/questions/${q.id}/answers?limit=100`, token),
        ),
      ),
    );

  /** Every output, as text, read the way its readers read it. */
  async function everyOutput(): Promise<Record<string, string>> {
    const current = (await app.deps.store.getForum(forum.id))!;
    const out: Record<string, string> = {};
    for (const viewer of ['organizer', 'sameDepartment', 'otherDepartment', 'facilitator'] as const) {
      out[`summary API (${viewer})`] = JSON.stringify(
        await json(`/api/departments/${departmentId}/summary`, tokens[viewer]),
      );
      out[`answer pages API (${viewer})`] = await answerPages(tokens[viewer]);
    }
    for (const viewer of ['organizer', 'otherDepartment'] as const)
      out[`overview API (${viewer})`] = JSON.stringify(
        await json(`/api/forums/${forum.id}/overview`, tokens[viewer]),
      );
    // The presentation as the tab builds it: from the overview the API hands out.
    const overview = await json(`/api/forums/${forum.id}/overview`, tokens.otherDepartment);
    out['presentation'] = JSON.stringify(
      buildSlideDeck(forumDeckSource(overview.forum, overview.overview), 'da'),
    );
    for (const [name, scope] of [
      ['department', `/api/departments/${departmentId}`],
      ['forum', `/api/forums/${forum.id}`],
    ] as const) {
      out[`${name} Word`] = await officeText(await file(`${scope}/export.docx`, tokens.organizer), 'word/');
      out[`${name} PowerPoint`] = await officeText(
        await file(`${scope}/export.pptx`, tokens.organizer),
        'ppt/',
      );
      out[`${name} CSV`] = (await file(`${scope}/answers.csv`, tokens.organizer)).toString('utf8');
    }
    out['group card (a chef of the department)'] = JSON.stringify(
      await roundView(app.deps, {
        forum: current,
        member: third,
        departmentId,
        round: adHocRound(
          app.deps,
          current,
          questions.map((q) => q.id),
        ),
        locale: 'da',
        group: true,
      }),
    );
    out["facilitator's briefing card"] = JSON.stringify(
      await facilitatorBriefingCard(app.deps.store, {
        forum: current,
        department: (await app.deps.store.getDepartment(departmentId))!,
        member: facilitator,
        members: await app.deps.store.listMembers(forum.id),
        questions,
        principles: await app.deps.store.listPrinciples(forum.id),
        locale: 'da',
        summaryUrl: 'https://samskab.test/tab',
        meetingDate: '2019-10-22',
      }),
    );
    return out;
  }

  const containing = (outputs: Record<string, string>, needle: string) =>
    Object.keys(outputs).filter((name) => outputs[name]!.includes(needle));

  /** A change notice as a reader in another department receives it (SSE data). */
  async function liveUpdateAfter(save: () => Promise<void>): Promise<string> {
    const ticket = await call(app.url, '/api/events/ticket', {
      token: tokens.otherDepartment,
      method: 'POST',
    });
    const stream = await openSse(`${app.url}/api/events?access_token=${ticket.body.ticket}`);
    try {
      expect((await stream.next()).event).toBe('ready');
      await save();
      await app.deps.changes.publish({ forumId: forum.id, departmentId, topic: 'answer' });
      const change = await stream.next();
      expect(change.event).toBe('change');
      return change.data;
    } finally {
      stream.close();
    }
  }

  test('below the threshold: no output carries the answers or their authors; each author sees their own', async () => {
    const outputs = await everyOutput();
    expect(Object.keys(outputs)).toHaveLength(19);
    for (const text of [
      ...questions.map((q) => marker('første', q)),
      ...questions.map((q) => marker('anden', q)),
    ])
      expect(containing(outputs, text)).toEqual([]);
    for (const name of [first.name, second.name]) expect(containing(outputs, name)).toEqual([]);
    // The answers' action ("Workshop med borgere") is a result too.
    expect(containing(outputs, 'Workshop med borgere')).toEqual([]);
    // Counts still show, and the placeholder says when results will.
    const summary = JSON.parse(outputs['summary API (organizer)']!);
    expect(summary.summary.questions.map((q: { answerCount: number }) => q.answerCount)).toEqual(
      questions.map(() => 2),
    );
    expect(summary.summary.questions.every((q: { withheldBelow: number }) => q.withheldBelow === 3)).toBe(
      true,
    );
    expect(summary.summary.actionPlanTotal).toBe(0);
    expect(summary.summary.indicatorTotal).toBe(0);
    for (const name of [
      'department Word',
      'group card (a chef of the department)',
      "facilitator's briefing card",
    ])
      expect(outputs[name]).toContain(WITHHELD);
    // The author reads their own answers, and nobody else's.
    const own = await answerPages(tokens.author);
    expect(own).toContain(marker('første', questions[0]!));
    expect(own).not.toContain(marker('anden', questions[0]!));
    expect(own).not.toContain(second.name);
    // A live update says only that something changed, where.
    const live = await liveUpdateAfter(async () => undefined);
    expect(JSON.parse(live)).toEqual({ forumId: forum.id, departmentId, topic: 'answer' });
  });

  test('the third answer: every output that shows answers shows them, with names', async () => {
    const live = await liveUpdateAfter(() => answerAll(app.deps, third, (q) => marker('tredje', q)));
    expect(JSON.parse(live)).toEqual({ forumId: forum.id, departmentId, topic: 'answer' });
    for (const who of ['første', 'anden', 'tredje']) expect(live).not.toContain(who);

    const outputs = await everyOutput();
    // Texts: every output quotes answers again (the presentation and the overview through the
    // indicators and actions; the group card shows the viewer's colleagues' answers).
    const indicatorQuestion = questions.find((q) => q.shape.kind === 'indicators')!;
    for (const name of Object.keys(outputs)) {
      const quoted = ['første', 'anden', 'tredje'].some((who) =>
        questions.some((q) => outputs[name]!.includes(marker(who, q))),
      );
      expect([name, quoted]).toEqual([name, true]);
    }
    expect(containing(outputs, marker('første', indicatorQuestion))).toEqual(Object.keys(outputs));
    // Names: wherever an author is shown (not on slides, which show no authors).
    const named = containing(outputs, first.name);
    expect(named).toEqual(
      expect.arrayContaining([
        'summary API (organizer)',
        'answer pages API (otherDepartment)',
        'overview API (otherDepartment)',
        'department Word',
        'forum CSV',
        'group card (a chef of the department)',
        "facilitator's briefing card",
      ]),
    );
  });

  test('names hidden in shared views: the texts stay, no output names an author but to the author', async () => {
    const update = settingsUpdateOf((await app.deps.store.getForum(forum.id))!);
    const saved = await call(app.url, `/api/forums/${forum.id}/settings`, {
      token: tokens.organizer,
      method: 'PUT',
      body: {
        ...update,
        settings: { ...update.settings, anonymity: { minAnswers: 3, hideNamesInSharedViews: true } },
      },
    });
    expect(saved.status).toBe(200);
    const outputs = await everyOutput();
    for (const name of [first.name, second.name]) expect(containing(outputs, name)).toEqual([]);
    // The third chef reads the department's answer pages: only their own answers carry a name.
    expect(containing(outputs, third.name)).toEqual(['answer pages API (sameDepartment)']);
    for (const output of ['summary API (organizer)', 'answer pages API (organizer)'])
      expect(outputs[output]).toContain('"anonymous":true');
    for (const output of [
      'department Word',
      'forum CSV',
      'group card (a chef of the department)',
      "facilitator's briefing card",
    ])
      expect(outputs[output]).toContain('En chef');
    expect(containing(outputs, marker('første', questions[0]!)).length).toBeGreaterThan(10);
    // The author still reads their own answers under their own name.
    const own = JSON.parse(await answerPages(tokens.author)) as {
      answers: { memberId: string; authorName: string | null }[];
    }[];
    const mine = own.flatMap((p) => p.answers).filter((a) => a.memberId === first.id);
    expect(mine).toHaveLength(questions.length);
    expect(mine.every((a) => a.authorName === first.name)).toBe(true);
  });
});
