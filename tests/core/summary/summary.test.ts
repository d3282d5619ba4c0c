import {
  buildDepartmentSummary,
  buildForumOverview,
  type Answer,
  type AnswerValue,
  type Member,
  type Takeaways,
} from '../../../core';
import { everyAnswerShown, example } from '../helpers';

const ex = example();
const [d1, d2] = ex.departments as [(typeof ex.departments)[0], (typeof ex.departments)[0]];
const chefsOf = (id: string) => ex.members.filter((m) => m.role === 'chef' && m.departmentIds.includes(id));
const [a, b, c] = chefsOf(d1.id) as [Member, Member, Member];
const [x] = chefsOf(d2.id) as [Member];
const facilitator = ex.members.find((m) => m.role === 'facilitator')!;
const qid = (n: number) => ex.questions.find((q) => q.number === n)!.id;
const NOW = '2019-11-01T12:00:00.000Z';

let seq = 0;
function answer(
  member: Member,
  n: number,
  value: AnswerValue,
  departmentId = d1.id,
  updatedAt = '2019-09-10T08:00:00.000Z',
): Answer {
  return {
    id: `ans-${String(++seq).padStart(3, '0')}`,
    forumId: ex.forum.id,
    departmentId,
    questionId: qid(n),
    memberId: member.id,
    value,
    revision: 1,
    createdAt: updatedAt,
    updatedAt,
  };
}

const answers: Answer[] = [
  answer(a, 1, { kind: 'textWithPrinciples', text: 'A1', principles: [1, 2] }),
  answer(
    b,
    1,
    { kind: 'textWithPrinciples', text: 'B1', principles: [2, 6] },
    d1.id,
    '2019-09-09T08:00:00.000Z',
  ),
  answer(a, 2, {
    kind: 'improvements',
    items: [
      {
        improvement: 'Klarere roller',
        actions: [
          { what: 'Rollebeskrivelse', who: 'Direktøren', byWhen: '2019-12-01' },
          { what: 'Temamøde', who: 'Chefgruppen', byWhen: '2019-10-01' },
        ],
      },
    ],
  }),
  answer(b, 2, {
    kind: 'improvements',
    items: [{ improvement: 'Dialog', actions: [{ what: 'Borgermøde', who: 'B', byWhen: '2019-11-01' }] }],
  }),
  answer(a, 3, { kind: 'textWithLeadershipStyle', text: 'A3', style: 'defining' }),
  answer(b, 3, { kind: 'textWithLeadershipStyle', text: 'B3', style: 'facilitating' }),
  answer(c, 3, { kind: 'textWithLeadershipStyle', text: 'C3', style: 'facilitating' }),
  answer(a, 4, { kind: 'textWithKnowsOthers', text: 'A4', knowsOthers: 'partly' }),
  answer(a, 5, { kind: 'textWithRating', text: 'A5', rating: 2 }),
  answer(b, 5, { kind: 'textWithRating', text: 'B5', rating: 4 }),
  answer(a, 6, {
    kind: 'indicators',
    items: [
      { indicator: 'Tilfredshed', valueType: 'quality', mode: 'co-production' },
      { indicator: 'Deltagelse', valueType: 'democracy', mode: 'co-creation' },
    ],
  }),
  answer(facilitator, 4, { kind: 'textWithKnowsOthers', text: 'F4', knowsOthers: 'yes' }),
  answer(x, 1, { kind: 'textWithPrinciples', text: 'X1', principles: [2, 7] }, d2.id),
  answer(x, 5, { kind: 'textWithRating', text: 'X5', rating: 5 }, d2.id),
];
const takeaways: Takeaways = {
  departmentId: d1.id,
  text: 'Vi er blevet klogere',
  version: 3,
  updatedAt: NOW,
  updatedBy: a.id,
};
const input = {
  forum: everyAnswerShown(ex.forum),
  members: ex.members,
  questions: ex.questions,
  principles: ex.principles,
  answers,
  now: NOW,
};
const summary = buildDepartmentSummary({ ...input, department: d1, takeaways: [takeaways] });
const question = (n: number) => summary.questions.find((q) => q.number === n)!;

describe('buildDepartmentSummary', () => {
  it('lists each question with its answer count, not the answers (the API pages those)', () => {
    expect(summary.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(question(1).answerCount).toBe(2);
    expect(question(1)).not.toHaveProperty('answers');
    expect(JSON.stringify(summary)).not.toContain('X1');
  });

  it('counts participation of the department chefs only', () => {
    expect(question(1).participation).toEqual({ answered: 2, members: 3, rate: 2 / 3 });
    expect(question(4).participation).toEqual({ answered: 1, members: 3, rate: 1 / 3 });
    expect(question(4).answerCount).toBe(2);
    expect(summary.participation).toEqual({
      members: 3,
      respondents: 3,
      completed: 1,
      answers: 11,
      expectedAnswers: 18,
      rate: 11 / 18,
    });
  });

  it('counts principles by name, leadership styles, knowsOthers and ratings', () => {
    const stats = question(1).stats;
    expect(stats.kind === 'textWithPrinciples' && stats.principles.map((p) => [p.number, p.count])).toEqual([
      [1, 1],
      [2, 2],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 1],
      [7, 0],
    ]);
    expect(stats.kind === 'textWithPrinciples' && stats.principles[1]!.title.da).toBe(
      'Vær skarp på hvilken værdi vi vil opnå med samskabelse',
    );
    expect(question(3).stats).toEqual({
      kind: 'textWithLeadershipStyle',
      styles: { defining: 1, facilitating: 2, both: 0 },
    });
    expect(question(4).stats).toEqual({
      kind: 'textWithKnowsOthers',
      knowsOthers: { yes: 1, partly: 1, no: 0 },
    });
    expect(question(5).stats).toEqual({
      kind: 'textWithRating',
      rating: { scale: 5, histogram: [0, 1, 0, 1, 0], count: 2, mean: 3 },
    });
  });

  it('counts indicator value types and co-creation vs co-production', () => {
    expect(question(6).stats).toEqual({
      kind: 'indicators',
      indicators: 2,
      valueTypes: { quality: 1, efficiency: 0, democracy: 1 },
      modes: { 'co-creation': 1, 'co-production': 1 },
    });
    expect(summary.indicators.map((i) => [i.indicator, i.authorName])).toEqual([
      ['Tilfredshed', a.name],
      ['Deltagelse', a.name],
    ]);
  });

  it('builds the action plan sorted by date and flags overdue actions against today', () => {
    expect(
      summary.actionPlan.map((p) => [p.what, p.who, p.byWhen, p.overdue, p.authorName, p.improvement]),
    ).toEqual([
      ['Temamøde', 'Chefgruppen', '2019-10-01', true, a.name, 'Klarere roller'],
      ['Borgermøde', 'B', '2019-11-01', false, b.name, 'Dialog'],
      ['Rollebeskrivelse', 'Direktøren', '2019-12-01', false, a.name, 'Klarere roller'],
    ]);
    expect(summary.actionPlan[0]).toMatchObject({
      improvementIndex: 0,
      actionIndex: 1,
      questionId: qid(2),
      departmentId: d1.id,
    });
    expect(question(2).stats).toEqual({ kind: 'improvements', improvements: 2, actions: 3 });
  });

  it('attaches the department takeaways', () => {
    expect(summary.takeaways).toBe(takeaways);
    expect(buildDepartmentSummary({ ...input, department: d2, takeaways: [takeaways] }).takeaways).toBeNull();
  });
});

describe('buildForumOverview', () => {
  const stray = answer(a, 1, { kind: 'text', text: '?' }, 'no-such-department');
  const overview = buildForumOverview({
    ...input,
    departments: [...ex.departments].reverse(),
    answers: [...answers, stray],
    takeaways: [takeaways],
  });

  it('has every department in sort order with its own summary', () => {
    expect(overview.departments.map((d) => d.departmentId)).toEqual(ex.departments.map((d) => d.id));
    expect(overview.departments[0]).toEqual(summary);
    expect(overview.departments[1]!.participation.answers).toBe(2);
  });

  it('adds up distributions and participation across departments', () => {
    const q1 = overview.questions.find((q) => q.number === 1)!;
    expect(q1.answerCount).toBe(3);
    expect(q1.participation).toEqual({ answered: 3, members: 18, rate: 3 / 18 });
    expect(q1.stats.kind === 'textWithPrinciples' && q1.stats.principles.map((p) => p.count)).toEqual([
      1, 3, 0, 0, 0, 1, 1,
    ]);
    const q5 = overview.questions.find((q) => q.number === 5)!;
    expect(q5.stats).toMatchObject({ rating: { histogram: [0, 1, 0, 1, 1], count: 3, mean: 11 / 3 } });
    expect(overview.participation).toMatchObject({
      members: 18,
      respondents: 4,
      answers: 13,
      expectedAnswers: 108,
    });
  });

  it('counts answers it cannot place instead of losing them silently', () => {
    expect(overview.unplacedAnswers).toBe(1);
  });

  it('summarises 10,000 answers quickly', () => {
    const chefs = ex.members.filter((m) => m.role === 'chef');
    const many: Answer[] = [];
    for (let i = 0; i < 10_000; i++) {
      const m = chefs[i % chefs.length]!;
      many.push(
        answer(
          m,
          (i % 6) + 1,
          { kind: 'textWithRating', text: 't', rating: (i % 5) + 1 },
          m.departmentIds[0],
        ),
      );
    }
    const start = performance.now();
    const big = buildForumOverview({ ...input, departments: ex.departments, answers: many });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(big.departments.reduce((s, d) => s + d.questions.reduce((t, q) => t + q.answerCount, 0), 0)).toBe(
      10_000,
    );
  });
});
