import {
  buildDepartmentSummary,
  buildForumOverview,
  OVERVIEW_LIST_LIMIT,
  startDepartmentSummary,
  SUMMARY_LIST_LIMIT,
  type Answer,
  type Member,
} from '../../../core';
import { example } from '../helpers';

const ex = example();
const d1 = ex.departments[0]!;
const chef = ex.members.find((m) => m.role === 'chef' && m.departmentIds.includes(d1.id)) as Member;
const qid = (n: number) => ex.questions.find((q) => q.number === n)!.id;
const NOW = '2019-11-01T12:00:00.000Z';
const input = {
  forum: ex.forum,
  members: ex.members,
  questions: ex.questions,
  principles: ex.principles,
  now: NOW,
};

/** n answers to question 2 (improvements), one action each, due on dates in reverse order. */
function improvements(n: number): Answer[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `imp-${String(i).padStart(5, '0')}`,
    forumId: ex.forum.id,
    departmentId: d1.id,
    questionId: qid(2),
    memberId: chef.id,
    value: {
      kind: 'improvements',
      items: [
        {
          improvement: `Forbedring ${i}`,
          actions: [
            {
              what: `Handling ${i}`,
              who: 'Chefgruppen',
              byWhen: `2019-${String(12 - (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            },
          ],
        },
      ],
    },
    revision: 1,
    createdAt: NOW,
    updatedAt: NOW,
  }));
}

describe('a summary stays small at any size', () => {
  const many = improvements(SUMMARY_LIST_LIMIT * 7 + 13);

  it('lists the first SUMMARY_LIST_LIMIT actions by date and counts them all', () => {
    const summary = buildDepartmentSummary({ ...input, department: d1, answers: many });
    expect(summary.actionPlanTotal).toBe(many.length);
    expect(summary.actionPlan).toHaveLength(SUMMARY_LIST_LIMIT);
    const everyDate = many.map((a) =>
      a.value.kind === 'improvements' ? a.value.items[0]!.actions[0]!.byWhen : '',
    );
    const earliest = [...everyDate].sort().slice(0, SUMMARY_LIST_LIMIT);
    expect(summary.actionPlan.map((p) => p.byWhen)).toEqual(earliest);
    expect(summary.questions.find((q) => q.number === 2)!.answerCount).toBe(many.length);
  });

  it('the overview lists OVERVIEW_LIST_LIMIT actions per department, the same first ones', () => {
    const overview = buildForumOverview({ ...input, departments: ex.departments, answers: many });
    const alone = buildDepartmentSummary({ ...input, department: d1, answers: many });
    const d = overview.departments.find((s) => s.departmentId === d1.id)!;
    expect(d.actionPlanTotal).toBe(many.length);
    expect(d.actionPlan).toEqual(alone.actionPlan.slice(0, OVERVIEW_LIST_LIMIT));
  });

  it('fed one answer at a time in any order, the builder gives the same summary', () => {
    const builder = startDepartmentSummary({ ...input, department: d1 });
    for (const answer of [...many].reverse()) builder.add(answer);
    expect(builder.finish()).toEqual(buildDepartmentSummary({ ...input, department: d1, answers: many }));
  });
});
