import type { Answer, AnswerValue, Forum, Member } from '../../../core/model';
import {
  anonymityOf,
  answerVisible,
  buildDepartmentSummary,
  buildForumOverview,
  redactAuthor,
  withheldBelow,
} from '../../../core/summary';
import { example } from '../helpers';

const ex = example();
const [d1, d2] = ex.departments as [(typeof ex.departments)[0], (typeof ex.departments)[0]];
const chefsOf = (id: string) => ex.members.filter((m) => m.role === 'chef' && m.departmentIds.includes(id));
const q = (n: number) => ex.questions.find((x) => x.number === n)!;
const NOW = '2019-11-01T12:00:00.000Z';

let seq = 0;
const answer = (member: Member, n: number, value: AnswerValue, departmentId: string): Answer => ({
  id: `ans-${++seq}`,
  forumId: ex.forum.id,
  departmentId,
  questionId: q(n).id,
  memberId: member.id,
  value,
  revision: 1,
  createdAt: NOW,
  updatedAt: NOW,
});
const principles = (m: Member, departmentId: string, chosen: number[]) =>
  answer(m, 1, { kind: 'textWithPrinciples', text: `${m.name} 1`, principles: chosen }, departmentId);
const indicator = (m: Member, departmentId: string) =>
  answer(
    m,
    6,
    {
      kind: 'indicators',
      items: [{ indicator: `${m.name} måler`, valueType: 'quality', mode: 'co-creation' }],
    },
    departmentId,
  );

const withAnonymity = (minAnswers: number, hideNamesInSharedViews = false): Forum => ({
  ...ex.forum,
  settings: { ...ex.forum.settings, anonymity: { minAnswers, hideNamesInSharedViews } },
});

describe('the anonymity rule (core/summary/anonymity.ts)', () => {
  test('defaults: results from 3 answers, names shown; a forum saved before the setting gets them', () => {
    const { anonymity: _, ...older } = ex.forum.settings;
    expect(anonymityOf({ settings: older })).toEqual({ minAnswers: 3, hideNamesInSharedViews: false });
    expect(anonymityOf(withAnonymity(5))).toEqual({ minAnswers: 5, hideNamesInSharedViews: false });
  });

  test('withheld below the minimum; the author always sees their own answer', () => {
    const rule = { minAnswers: 3, hideNamesInSharedViews: false };
    expect([0, 1, 2, 3, 4].map((n) => withheldBelow(n, rule))).toEqual([null, 3, 3, null, null]);
    expect(answerVisible({ memberId: 'a' }, 2, { memberId: 'a' }, rule)).toBe(true);
    expect(answerVisible({ memberId: 'a' }, 2, { memberId: 'b' }, rule)).toBe(false);
    expect(answerVisible({ memberId: 'a' }, 2, null, rule)).toBe(false);
    expect(answerVisible({ memberId: 'a' }, 3, null, rule)).toBe(true);
  });

  test('hidden names: gone for everyone but the author, member id included', () => {
    const rule = { minAnswers: 1, hideNamesInSharedViews: true };
    const item = { memberId: 'a', authorName: 'Anne', text: 'x' };
    expect(redactAuthor(item, null, rule)).toEqual({
      memberId: '',
      authorName: null,
      anonymous: true,
      text: 'x',
    });
    expect(redactAuthor(item, { memberId: 'b' }, rule)).toMatchObject({ authorName: null, anonymous: true });
    expect(redactAuthor(item, { memberId: 'a' }, rule)).toBe(item);
    expect(redactAuthor(item, null, { ...rule, hideNamesInSharedViews: false })).toBe(item);
  });

  test('a department summary withholds the stats, actions and indicators of a question below the minimum', () => {
    const [a, b, c] = chefsOf(d1.id) as [Member, Member, Member];
    const answers = [
      principles(a, d1.id, [1]),
      principles(b, d1.id, [2]),
      indicator(a, d1.id),
      indicator(b, d1.id),
    ];
    const input = {
      members: ex.members,
      questions: ex.questions,
      principles: ex.principles,
      now: NOW,
      department: d1,
    };
    const below = buildDepartmentSummary({ ...input, forum: withAnonymity(3), answers });
    expect(below.questions[0]).toMatchObject({ answerCount: 2, withheldBelow: 3 });
    expect(below.questions[0]!.stats).toMatchObject({ principles: expect.any(Array) });
    if (below.questions[0]!.stats.kind === 'textWithPrinciples')
      expect(below.questions[0]!.stats.principles.every((p) => p.count === 0)).toBe(true);
    expect(below.indicators).toEqual([]);
    expect(below.indicatorTotal).toBe(0);
    expect(below.participation.answers).toBe(4);
    expect(JSON.stringify(below)).not.toContain('måler');

    const reached = buildDepartmentSummary({
      ...input,
      forum: withAnonymity(3, true),
      answers: [...answers, principles(c, d1.id, [1]), indicator(c, d1.id)],
    });
    expect(reached.questions[0]!.withheldBelow).toBeNull();
    expect(reached.indicatorTotal).toBe(3);
    expect(reached.indicators.every((i) => i.anonymous && i.authorName === null && i.memberId === '')).toBe(
      true,
    );
  });

  test('the forum overview adds only departments past the minimum: a withheld one cannot be found by subtraction', () => {
    const [a, b, c] = chefsOf(d1.id) as [Member, Member, Member];
    const [x, y] = chefsOf(d2.id) as [Member, Member];
    const answers = [
      principles(a, d1.id, [1]),
      principles(b, d1.id, [1]),
      principles(c, d1.id, [1]),
      principles(x, d2.id, [7]),
      principles(y, d2.id, [7]),
    ];
    const overview = buildForumOverview({
      forum: withAnonymity(3),
      departments: ex.departments,
      members: ex.members,
      questions: ex.questions,
      principles: ex.principles,
      answers,
      now: NOW,
    });
    const first = overview.questions[0]!;
    expect(first.answerCount).toBe(5);
    expect(first.withheldBelow).toBeNull();
    if (first.stats.kind !== 'textWithPrinciples') throw new Error('question 1 chooses principles');
    const count = (n: number) =>
      first.stats.kind === 'textWithPrinciples' && first.stats.principles.find((p) => p.number === n)!.count;
    expect(count(1)).toBe(3);
    expect(count(7)).toBe(0);
    const second = overview.departments.find((d) => d.departmentId === d2.id)!;
    expect(second.questions[0]).toMatchObject({ answerCount: 2, withheldBelow: 3 });
  });
});
