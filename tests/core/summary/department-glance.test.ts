import { departmentGlance } from '../../../core/summary/department-glance';
import type { ActionPlanItem, DepartmentSummary, QuestionSummary } from '../../../core/summary/types';

const question = (number: number, answered: number, stats: QuestionSummary['stats']): QuestionSummary => ({
  questionId: `q${number}`,
  number,
  text: { da: `Spørgsmål ${number}`, en: `Question ${number}` },
  kind: stats.kind === 'indicators' ? 'indicators' : 'text',
  answerCount: answered,
  withheldBelow: null,
  participation: { answered, members: 4, rate: answered / 4 },
  stats,
  erasedAnswers: 0,
});

const action = (byWhen: string, overdue: boolean): ActionPlanItem => ({
  what: 'Borgerpanel',
  who: 'Sekretariatet',
  byWhen,
  overdue,
  improvement: 'Mere dialog',
  improvementIndex: 0,
  actionIndex: 0,
  answerId: `a-${byWhen}`,
  questionId: 'q2',
  memberId: 'm1',
  authorName: 'Mette',
  departmentId: 'd1',
});

const summary = (over: Partial<DepartmentSummary>): DepartmentSummary => ({
  forumId: 'f1',
  departmentId: 'd1',
  departmentName: { da: 'Afdeling', en: 'Department' },
  generatedAt: '2019-10-15T08:00:00.000Z',
  questions: [],
  participation: { members: 4, respondents: 3, completed: 1, answers: 9, expectedAnswers: 24, rate: 0.375 },
  actionPlan: [],
  indicators: [],
  takeaways: null,
  erasedAnswers: 0,
  ...over,
  actionPlanTotal: over.actionPlanTotal ?? over.actionPlan?.length ?? 0,
  indicatorTotal: over.indicatorTotal ?? over.indicators?.length ?? 0,
});

describe('a department at a glance (the header band and a slide read the same figures)', () => {
  it('counts participation overall and per question', () => {
    const glance = departmentGlance(
      summary({ questions: [question(1, 3, { kind: 'text' }), question(2, 0, { kind: 'text' })] }),
    );
    expect(glance.participation).toEqual({ respondents: 3, members: 4, completed: 1 });
    expect(glance.questions.map((q) => [q.number, q.answered, q.members])).toEqual([
      [1, 3, 4],
      [2, 0, 4],
    ]);
  });

  it('says whether the action plan is empty, on track or overdue, and names the next deadline ahead', () => {
    expect(departmentGlance(summary({})).actions).toEqual({
      status: 'empty',
      total: 0,
      overdue: 0,
      onTrack: 0,
      nextDeadline: null,
    });
    expect(departmentGlance(summary({ actionPlan: [action('2019-12-01', false)] })).actions.status).toBe(
      'onTrack',
    );
    const mixed = departmentGlance(
      summary({
        actionPlan: [action('2019-10-01', true), action('2019-12-01', false), action('2019-11-01', false)],
      }),
    ).actions;
    expect(mixed).toEqual({
      status: 'overdue',
      total: 3,
      overdue: 1,
      onTrack: 2,
      nextDeadline: '2019-11-01',
    });
  });

  it('adds up indicators by value type over the questions, every type present', () => {
    const glance = departmentGlance(
      summary({
        questions: [
          question(6, 2, {
            kind: 'indicators',
            indicators: 3,
            valueTypes: { quality: 2, efficiency: 0, democracy: 1 },
            modes: { 'co-creation': 3, 'co-production': 0 },
          }),
          question(1, 2, { kind: 'text' }),
        ],
      }),
    );
    expect(glance.indicators).toBe(3);
    expect(glance.valueTypes).toEqual([
      { valueType: 'quality', count: 2 },
      { valueType: 'efficiency', count: 0 },
      { valueType: 'democracy', count: 1 },
    ]);
    expect(departmentGlance(summary({})).valueTypes.map((v) => v.count)).toEqual([0, 0, 0]);
  });
});
