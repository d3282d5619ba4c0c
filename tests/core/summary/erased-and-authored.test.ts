import {
  buildDepartmentSummary,
  buildForumOverview,
  type Answer,
  type AuthoredAnswer,
  type ErasedAnswerCount,
  type Member,
} from '../../../core';
import { example } from '../helpers';

const ex = example();
const [d1, d2] = ex.departments as [(typeof ex.departments)[0], (typeof ex.departments)[0]];
const chefsOf = (id: string) => ex.members.filter((m) => m.role === 'chef' && m.departmentIds.includes(id));
const [a, b] = chefsOf(d1.id) as [Member, Member];
const [x] = chefsOf(d2.id) as [Member];
const qid = (n: number) => ex.questions.find((q) => q.number === n)!.id;
const NOW = '2019-11-01T12:00:00.000Z';

function answer(member: Member, n: number, departmentId = d1.id, id = `${member.id}-${n}`): Answer {
  return {
    id,
    forumId: ex.forum.id,
    departmentId,
    questionId: qid(n),
    memberId: member.id,
    value: { kind: 'textWithRating', text: 't', rating: 3 },
    revision: 1,
    createdAt: '2019-09-10T08:00:00.000Z',
    updatedAt: '2019-09-10T08:00:00.000Z',
  };
}

const input = {
  forum: ex.forum,
  members: ex.members,
  questions: ex.questions,
  principles: ex.principles,
  now: NOW,
};

const erased: ErasedAnswerCount[] = [
  { forumId: ex.forum.id, departmentId: d1.id, questionId: qid(1), count: 2 },
  { forumId: ex.forum.id, departmentId: d1.id, questionId: qid(1), count: 1 }, // another reason
  { forumId: ex.forum.id, departmentId: d1.id, questionId: qid(5), count: 4 },
  { forumId: ex.forum.id, departmentId: d2.id, questionId: qid(1), count: 3 },
  { departmentId: d2.id, questionId: qid(6), count: 1 }, // no forumId: taken as this forum's
  { forumId: 'another-forum', departmentId: d1.id, questionId: qid(1), count: 50 },
  { forumId: ex.forum.id, departmentId: d1.id, questionId: 'removed-question', count: 7 },
  { forumId: ex.forum.id, departmentId: 'removed-department', questionId: qid(1), count: 9 },
];

describe('erased answers in the summaries', () => {
  const answers = [answer(a, 1), answer(b, 1), answer(x, 1, d2.id)];

  it('a department summary counts erased answers per question and in total, apart from participation', () => {
    const plain = buildDepartmentSummary({ ...input, department: d1, answers });
    const summary = buildDepartmentSummary({ ...input, department: d1, answers, erasedAnswers: erased });
    const q = (n: number) => summary.questions.find((s) => s.number === n)!;
    expect(q(1).erasedAnswers).toBe(3);
    expect(q(5).erasedAnswers).toBe(4);
    expect(q(2).erasedAnswers).toBe(0);
    expect(summary.erasedAnswers).toBe(7);
    expect(summary.erasedAnswers).toBe(summary.questions.reduce((s, e) => s + e.erasedAnswers, 0));
    // Participation and answers are those of the answers that still exist.
    expect(summary.participation).toEqual(plain.participation);
    expect(q(1).participation).toEqual(plain.questions[0]!.participation);
    expect(q(1).answerCount).toBe(2);
  });

  it('without tallies every count is zero', () => {
    const summary = buildDepartmentSummary({ ...input, department: d1, answers });
    expect(summary.erasedAnswers).toBe(0);
    expect(summary.questions.every((q) => q.erasedAnswers === 0)).toBe(true);
  });

  it('the forum overview counts them per department, per question across departments, and what it cannot place', () => {
    const overview = buildForumOverview({
      ...input,
      departments: ex.departments,
      answers,
      erasedAnswers: erased,
    });
    const dep = (id: string) => overview.departments.find((d) => d.departmentId === id)!;
    expect(dep(d1.id).erasedAnswers).toBe(7);
    expect(dep(d2.id).erasedAnswers).toBe(4);
    const q = (n: number) => overview.questions.find((s) => s.number === n)!;
    expect(q(1).erasedAnswers).toBe(6);
    expect(q(5).erasedAnswers).toBe(4);
    expect(q(6).erasedAnswers).toBe(1);
    expect(overview.erasedAnswers).toBe(11);
    expect(overview.unplacedErasedAnswers).toBe(50 + 7 + 9);
    expect(q(1).answerCount).toBe(3);
    expect(overview.participation.answers).toBe(3);
    // Each department summary in the overview equals the one built alone.
    expect(dep(d1.id)).toEqual(
      buildDepartmentSummary({ ...input, department: d1, answers, erasedAnswers: erased }),
    );
  });
});

describe('answers read with their author’s name', () => {
  it('keep the name read with them (also null), and look others up among the members', () => {
    const indicator = (e: Answer): Answer => ({
      ...e,
      value: { kind: 'indicators', items: [{ indicator: e.id, valueType: 'quality', mode: 'co-creation' }] },
    });
    const authored: AuthoredAnswer[] = [
      { ...indicator(answer(a, 6)), authorName: 'Navn fra databasen' },
      { ...indicator(answer(b, 6)), authorName: null },
    ];
    const summary = buildDepartmentSummary({
      ...input,
      department: d1,
      answers: [...authored, indicator(answer(x, 6))],
    });
    expect(summary.indicators.map((e) => [e.memberId, e.authorName])).toEqual(
      expect.arrayContaining([
        [a.id, 'Navn fra databasen'],
        [b.id, null],
        [x.id, x.name],
      ]),
    );
  });

  it('need only the department’s members: participation counts its chefs, names come with the answers', () => {
    const answers = [answer(a, 1), answer(b, 2), answer(x, 1, d2.id)];
    const authored = answers.map((e) => ({
      ...e,
      authorName: ex.members.find((m) => m.id === e.memberId)!.name,
    }));
    const departmentMembers = ex.members.filter((m) => m.departmentIds.includes(d1.id));
    const full = buildDepartmentSummary({ ...input, department: d1, answers });
    const lean = buildDepartmentSummary({
      ...input,
      members: departmentMembers,
      department: d1,
      answers: authored,
    });
    expect(lean).toEqual(full);
  });

  it('give the same summary whatever order they come in (the store streams them in batches)', () => {
    const late = { ...answer(a, 1, d1.id, 'z-late'), updatedAt: '2019-09-12T08:00:00.000Z' };
    const early = { ...answer(b, 1, d1.id, 'y-early'), updatedAt: '2019-09-11T08:00:00.000Z' };
    const tieA = { ...answer(x, 1, d1.id, 'b-tie'), updatedAt: '2019-09-11T08:00:00.000Z' };
    const first = buildDepartmentSummary({ ...input, department: d1, answers: [late, early, tieA] });
    expect(first.questions[0]!.answerCount).toBe(3);
    for (const order of [
      [tieA, late, early],
      [early, tieA, late],
    ]) {
      expect(buildDepartmentSummary({ ...input, department: d1, answers: order })).toEqual(first);
    }
  });
});
