import {
  buildClosedRoundActivity,
  buildRoundActivity,
  cardBytes,
  departmentChoiceCard,
  principlesCard,
  roundCard,
  welcomeCard,
} from '../../../bot/teams/cards';
import { cardActivity } from '../../../bot/teams/cards/card-kit';
import { exampleForum } from '../../../core/example-forum';
import { LOCALES } from '../../../core/model';
import { answerOf, fixtureForum, fixtureMember, fixtureRound, longestAnswer } from './support/forum-fixture';
import { cardText, cardsOf, checkCard, findAction } from './support/validate-card';

const MAX_BYTES = 80 * 1024;
const { forum, department, questions, principles } = fixtureForum();
const allIds = questions.map((q) => q.id);

function input(overrides: Partial<Parameters<typeof buildRoundActivity>[0]> = {}) {
  return {
    forum,
    department,
    round: fixtureRound(allIds),
    questions,
    principles,
    member: fixtureMember(),
    answers: [],
    locale: 'da' as const,
    tabUrl: 'http://localhost:3978/tab/#/department/d1',
    ...overrides,
  };
}

function expectValid(activity: ReturnType<typeof buildRoundActivity>) {
  const [card] = cardsOf(activity as never);
  expect(card).toBeDefined();
  expect(card!.version).toBe('1.5');
  const check = checkCard(card);
  expect(check.errors).toEqual([]);
  expect(new Set(check.inputIds).size).toBe(check.inputIds.length);
  expect(cardBytes(activity)).toBeLessThan(MAX_BYTES);
  return card!;
}

describe('round cards', () => {
  it.each(LOCALES)('a prompt with every answer shape is a valid Adaptive Card 1.5 (%s)', (locale) => {
    const card = expectValid(buildRoundActivity(input({ locale, member: fixtureMember({ locale }) })));
    expect(cardText(card)).toContain(locale === 'da' ? 'Spørgsmål 1' : 'Question 1');
  });

  it('uses Action.Execute with an Action.Submit fallback carrying the same data and the revision', () => {
    const card = roundCard(input({ round: fixtureRound(['q1']) }));
    const action = findAction(card, 'answer');
    expect(action.fallback.type).toBe('Action.Submit');
    expect(action.fallback.data).toEqual(action.data);
    expect(action.data).toMatchObject({ samskab: 'answer', questionId: 'q1', rev: 0, roundId: 'r1' });
  });

  it('validates inputs client-side: required, maxLength and an error message', () => {
    const card = roundCard(input({ round: fixtureRound(['q7']) }));
    const text = JSON.stringify(card);
    expect(text).toContain('"isRequired":true');
    expect(text).toContain('"maxLength":2000');
    expect(text).toContain('"errorMessage"');
    expect(JSON.stringify(roundCard(input({ round: fixtureRound(['q2']) })))).toContain('Input.Date');
  });

  it('stays under 80 KB with the longest allowed answers, in both languages, as the answered view', () => {
    for (const locale of LOCALES) {
      const answers = questions.map((q) => answerOf(q, longestAnswer(q), 'm1', 7));
      const card = expectValid(buildRoundActivity(input({ locale, answers })));
      expect(cardText(card)).toContain(locale === 'da' ? 'Besvaret (version 7)' : 'Answered (revision 7)');
      expect(findAction(card, 'edit').data.rev).toBe(7);
    }
  });

  it('the example forum: every question, answered at full length, fits as answered view and as edit card', () => {
    let n = 0;
    const example = exampleForum(() => `id-${++n}`, '2019-08-01T00:00:00.000Z');
    const ids = example.questions.map((q) => q.id);
    const member = fixtureMember({ forumId: example.forum.id, departmentIds: [example.departments[0]!.id] });
    const answers = example.questions.map((q) => answerOf(q, longestAnswer(q), member.id, 3));
    const base = {
      forum: example.forum,
      department: example.departments[0]!,
      round: { ...fixtureRound(ids), forumId: example.forum.id },
      questions: example.questions,
      principles: example.principles,
      member,
      answers,
      tabUrl: 'http://localhost:3978/tab/#/department/x',
    };
    for (const locale of LOCALES) {
      expectValid(buildRoundActivity({ ...base, locale }));
      expectValid(buildRoundActivity({ ...base, locale, answers: [] }));
      expectValid(buildRoundActivity({ ...base, locale, member: null }));
      for (const q of example.questions) {
        const edit = cardActivity(roundCard({ ...base, locale }, { editQuestionId: q.id }));
        const card = expectValid(edit);
        expect(findAction(card, 'answer').data).toMatchObject({ questionId: q.id, rev: 3 });
      }
    }
  });

  it('a reminder lists only what is still unanswered', () => {
    const answers = [answerOf(questions[0]!, longestAnswer(questions[0]!))];
    const card = expectValid(
      buildRoundActivity(input({ round: fixtureRound(['q1', 'q7'], 'reminder'), answers })),
    );
    const text = cardText(card);
    expect(text).toContain('Påmindelse');
    expect(text).toContain('Spørgsmål 7');
    expect(text).not.toContain('Spørgsmål 1\n');
  });

  it('a group-chat post has per-user refresh for the members and no answer of anyone', () => {
    const activity = buildRoundActivity(input({ member: null, groupMemberIds: ['29:a', '29:b'] }));
    const card = expectValid(activity);
    expect(card.refresh.userIds).toEqual(['29:a', '29:b']);
    expect(card.refresh.action.verb).toBe('refresh');
    expect(findAction(card, 'answer').data.rev).toBeNull();
  });

  it("a group view shows the count and, only when shared, the others' answers", () => {
    const other = answerOf(questions[6]!, { kind: 'text', text: 'Hemmeligt svar' }, 'm2');
    const group = { answeredCount: 1, total: 4, shared: [{ name: 'Ole', answer: other }] };
    const card = roundCard(input({ round: fixtureRound(['q7']) }), { group });
    expect(cardText(card)).toContain('1 af 4 har svaret');
    expect(cardText(card)).toContain('Hemmeligt svar');
    expect(checkCard(card).errors).toEqual([]);
  });
});

describe('a group card sharing answers', () => {
  it('stays under 80 KB with eight of the longest answers of others', () => {
    let n = 0;
    const example = exampleForum(() => `id-${++n}`, '2019-08-01T00:00:00.000Z');
    const q2 = example.questions.find((q) => q.shape.kind === 'improvements')!;
    const shared = Array.from({ length: 8 }, (_, i) => ({
      name: `Chef ${i}`,
      answer: answerOf(q2, longestAnswer(q2), `m${i}`),
    }));
    const card = roundCard(
      {
        forum: { ...example.forum, settings: { ...example.forum.settings, shareAnswersInGroupChat: true } },
        department: example.departments[0]!,
        round: { ...fixtureRound([q2.id]), forumId: example.forum.id },
        questions: example.questions,
        principles: example.principles,
        member: fixtureMember({ forumId: example.forum.id }),
        answers: [answerOf(q2, longestAnswer(q2))],
        locale: 'da',
        tabUrl: 'http://localhost/tab/',
      },
      { group: { answeredCount: 9, total: 9, shared } },
    );
    expectValid(cardActivity(card));
  });
});

describe('a closed group card', () => {
  const sharing = { ...forum, settings: { ...forum.settings, shareAnswersInGroupChat: true } };
  const groupInput = (f = sharing) => input({ forum: f, member: null, answers: [] });
  const sharedOf = (n: number, value = (i: number) => ({ kind: 'text' as const, text: `Delt svar ${i}` })) =>
    Array.from({ length: n }, (_, i) => ({
      name: `Chef ${i}`,
      answer: answerOf(questions[6]!, value(i), `m${i}`),
    }));

  it("shows the members' answers as the open group card does, when the forum shares them", () => {
    const shared = sharedOf(2);
    const closed = expectValid(buildClosedRoundActivity(groupInput(), shared));
    const open = roundCard(groupInput(), { group: { answeredCount: 2, total: 2, shared } });
    expect(cardText(closed)).toContain('Forløbet er slut');
    // The Container holding Chef 0's shared answer, found anywhere in the card.
    const block = (node: unknown): unknown => {
      if (!node || typeof node !== 'object') return undefined;
      const n = node as { type?: string; items?: Array<{ text?: string }> };
      if (n.type === 'Container' && n.items?.[0]?.text === 'Chef 0') return node;
      for (const child of Object.values(node)) {
        const found = block(child);
        if (found) return found;
      }
      return undefined;
    };
    expect(block(closed)).toBeDefined();
    expect(block(closed)).toEqual(block(open));
    expect(cardText(closed)).toContain('Delt svar 1');
  });

  it('shows at most eight', () => {
    const text = cardText(expectValid(buildClosedRoundActivity(groupInput(), sharedOf(10))));
    expect(text).toContain('Delt svar 7');
    expect(text).not.toContain('Delt svar 8');
  });

  it("shows nobody's answers when the forum does not share them, nor on a member's card", () => {
    const off = cardText(expectValid(buildClosedRoundActivity(groupInput(forum), sharedOf(2))));
    expect(off).not.toContain('Delt svar');
    const own = cardText(
      expectValid(buildClosedRoundActivity(input({ forum: sharing, answers: [] }), sharedOf(2))),
    );
    expect(own).not.toContain('Delt svar');
  });

  it('stays under 80 KB with eight of the longest answers on every question', () => {
    for (const q of questions) {
      const shared = Array.from({ length: 8 }, (_, i) => ({
        name: `Chef ${i}`,
        answer: answerOf(q, longestAnswer(q), `m${i}`),
      }));
      expectValid(buildClosedRoundActivity(groupInput(), shared));
    }
    const all = questions.flatMap((q) =>
      Array.from({ length: 8 }, (_, i) => ({
        name: `Chef ${i}`,
        answer: answerOf(q, longestAnswer(q), `m${i}`),
      })),
    );
    expectValid(buildClosedRoundActivity(groupInput(), all));
  });
});

describe('the card checker', () => {
  it('does report a broken card', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Input.Text' }, { type: 'Nonsense' }],
      actions: [{ type: 'Action.Execute' }],
    };
    expect(checkCard(broken).errors.length).toBeGreaterThan(0);
  });
});

describe('other cards', () => {
  it.each(LOCALES)(
    'welcome card shows the two meeting dates and the principles one tap away (%s)',
    (locale) => {
      const card = welcomeCard({
        forum,
        department,
        member: fixtureMember({ locale }),
        principles,
        locale,
        tabUrl: 'http://x/tab',
      });
      expect(checkCard(card).errors).toEqual([]);
      const text = cardText(card);
      expect(text).toContain(locale === 'da' ? '30. august 2019' : '30 August 2019');
      expect(text).toContain(locale === 'da' ? '21. november 2019' : '21 November 2019');
      expect(JSON.stringify(card)).toContain('Action.ShowCard');
      expect(cardBytes(cardActivity(card))).toBeLessThan(MAX_BYTES);
    },
  );

  it('welcome card for an unknown user explains politely', () => {
    const card = welcomeCard({
      forum: null,
      department: null,
      member: null,
      principles: [],
      locale: 'da',
      tabUrl: null,
    });
    expect(checkCard(card).errors).toEqual([]);
    expect(cardText(card)).toContain('sekretariat');
  });

  it('principles and department choice cards are valid', () => {
    expect(checkCard(principlesCard(principles, 'en')).errors).toEqual([]);
    const choice = departmentChoiceCard(forum, [department], 'da');
    expect(checkCard(choice).errors).toEqual([]);
    expect(findAction(choice, 'linkDepartment').data.forumId).toBe('f1');
  });
});
