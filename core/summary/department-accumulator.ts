import type { Answer, Department, Member, Principle, Question, Takeaways } from '../model';
import { BoundedList } from './bounded-list';
import { createStatsAccumulator, type StatsAccumulator } from './question-stats';
import type {
  ActionPlanItem,
  DepartmentSummary,
  IndicatorItem,
  AuthoredAnswer,
  CountedAnswer,
  OverallParticipation,
  Participation,
  QuestionSummary,
} from './types';

/** How many actions and indicators a department summary lists (the totals count them all). */
export const SUMMARY_LIST_LIMIT = 100;

/** Shared lookups for one summary build. */
export interface SummaryContext {
  questions: readonly Question[];
  principles: readonly Principle[];
  memberById: ReadonlyMap<string, Member>;
  /** Today's local date in the forum's zone (for overdue actions). */
  today: string;
  now: string;
}

export const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

export function participation(answered: number, members: number): Participation {
  return { answered, members, rate: ratio(answered, members) };
}

/** Collects one department's answers in a single pass; `finish()` builds the summary. */
export class DepartmentAccumulator {
  private readonly perQuestion = new Map<
    string,
    { count: number; stats: StatsAccumulator; chefs: Set<string>; erased: number }
  >();
  private readonly answeredByChef = new Map<string, Set<string>>();
  private readonly actions: BoundedList<ActionPlanItem>;
  private readonly indicators: BoundedList<IndicatorItem>;
  readonly chefIds: ReadonlySet<string>;

  constructor(
    readonly department: Department,
    chefs: readonly Member[],
    private readonly ctx: SummaryContext,
    listLimit = SUMMARY_LIST_LIMIT,
  ) {
    this.chefIds = new Set(chefs.map((m) => m.id));
    this.actions = new BoundedList(listLimit, compareActions);
    this.indicators = new BoundedList(listLimit, compareIndicators);
    for (const q of ctx.questions) {
      this.perQuestion.set(q.id, {
        count: 0,
        stats: createStatsAccumulator(q, ctx.principles),
        chefs: new Set(),
        erased: 0,
      });
    }
  }

  /**
   * Adds an answer of this department; returns false if its question is unknown. The author's
   * name is the one read with the answer when there is one, else looked up among the members.
   */
  add(answer: Answer | AuthoredAnswer | CountedAnswer): boolean {
    const slot = this.perQuestion.get(answer.questionId);
    if (!slot) return false;
    const authorName =
      'authorName' in answer ? answer.authorName : (this.ctx.memberById.get(answer.memberId)?.name ?? null);
    const v = answer.value;
    slot.count++;
    slot.stats.add(v);
    if (this.chefIds.has(answer.memberId)) {
      slot.chefs.add(answer.memberId);
      let set = this.answeredByChef.get(answer.memberId);
      if (!set) this.answeredByChef.set(answer.memberId, (set = new Set()));
      set.add(answer.questionId);
    }
    // Plain object literals (one hidden class each): spreading a shared base into every item
    // was the builder's most expensive step.
    const departmentId = this.department.id;
    if (v.kind === 'improvements') {
      const today = this.ctx.today;
      for (let improvementIndex = 0; improvementIndex < v.items.length; improvementIndex++) {
        const item = v.items[improvementIndex]!;
        for (let actionIndex = 0; actionIndex < item.actions.length; actionIndex++) {
          const a = item.actions[actionIndex]!;
          this.actions.push({
            answerId: answer.id,
            questionId: answer.questionId,
            memberId: answer.memberId,
            authorName,
            departmentId,
            what: a.what,
            who: a.who,
            byWhen: a.byWhen,
            overdue: a.byWhen < today,
            improvement: item.improvement,
            improvementIndex,
            actionIndex,
          });
        }
      }
    } else if (v.kind === 'indicators') {
      for (let itemIndex = 0; itemIndex < v.items.length; itemIndex++) {
        const item = v.items[itemIndex]!;
        this.indicators.push({
          answerId: answer.id,
          questionId: answer.questionId,
          memberId: answer.memberId,
          authorName,
          departmentId,
          indicator: item.indicator,
          valueType: item.valueType,
          mode: item.mode,
          itemIndex,
        });
      }
    }
    return true;
  }

  /** Adds erased answers of this department to a question; returns false if the question is unknown. */
  addErased(questionId: string, count: number): boolean {
    const slot = this.perQuestion.get(questionId);
    if (!slot) return false;
    slot.erased += count;
    return true;
  }

  /** Chefs of this department who answered, per question id. */
  chefsAnswering(questionId: string): ReadonlySet<string> {
    return this.perQuestion.get(questionId)?.chefs ?? new Set();
  }

  answeredQuestionsOf(memberId: string): ReadonlySet<string> | undefined {
    return this.answeredByChef.get(memberId);
  }

  finish(takeaways: Takeaways | null): DepartmentSummary {
    const members = this.chefIds.size;
    let erasedAnswers = 0;
    const questions: QuestionSummary[] = [...this.ctx.questions]
      .sort((a, b) => a.number - b.number)
      .map((q) => {
        const slot = this.perQuestion.get(q.id)!;
        erasedAnswers += slot.erased;
        return {
          questionId: q.id,
          number: q.number,
          text: q.text,
          kind: q.shape.kind,
          answerCount: slot.count,
          participation: participation(slot.chefs.size, members),
          stats: slot.stats.result(),
          erasedAnswers: slot.erased,
        };
      });
    return {
      forumId: this.department.forumId,
      departmentId: this.department.id,
      departmentName: this.department.name,
      generatedAt: this.ctx.now,
      questions,
      participation: overallParticipation(this.chefIds, this.answeredByChef, this.ctx.questions.length),
      actionPlan: this.actions.result(),
      actionPlanTotal: this.actions.total,
      indicators: this.indicators.result(),
      indicatorTotal: this.indicators.total,
      takeaways,
      erasedAnswers,
    };
  }
}

export function overallParticipation(
  chefIds: ReadonlySet<string>,
  answeredByChef: ReadonlyMap<string, ReadonlySet<string>>,
  questionCount: number,
): OverallParticipation {
  let respondents = 0;
  let completed = 0;
  let answers = 0;
  for (const id of chefIds) {
    const n = answeredByChef.get(id)?.size ?? 0;
    if (n > 0) respondents++;
    if (questionCount > 0 && n >= questionCount) completed++;
    answers += n;
  }
  const expectedAnswers = chefIds.size * questionCount;
  return {
    members: chefIds.size,
    respondents,
    completed,
    answers,
    expectedAnswers,
    rate: ratio(answers, expectedAnswers),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareActions(a: ActionPlanItem, b: ActionPlanItem): number {
  return (
    cmp(a.byWhen, b.byWhen) ||
    cmp(a.authorName ?? '', b.authorName ?? '') ||
    cmp(a.answerId, b.answerId) ||
    a.improvementIndex - b.improvementIndex ||
    a.actionIndex - b.actionIndex
  );
}

/** Indicators by author, then answer, then their order in the answer. */
function compareIndicators(a: IndicatorItem, b: IndicatorItem): number {
  return (
    cmp(a.authorName ?? '', b.authorName ?? '') || cmp(a.answerId, b.answerId) || a.itemIndex - b.itemIndex
  );
}

export function chefsOf(department: Department, members: readonly Member[]): Member[] {
  return members.filter(
    (m) => m.role === 'chef' && m.forumId === department.forumId && m.departmentIds.includes(department.id),
  );
}

/** Every department's chefs in one pass over the members (memberships in the forum only). */
export function chefsByDepartment(forumId: string, members: readonly Member[]): Map<string, Member[]> {
  const byDepartment = new Map<string, Member[]>();
  for (const m of members) {
    if (m.role !== 'chef' || m.forumId !== forumId) continue;
    for (const departmentId of new Set(m.departmentIds)) {
      const list = byDepartment.get(departmentId);
      if (list) list.push(m);
      else byDepartment.set(departmentId, [m]);
    }
  }
  return byDepartment;
}
