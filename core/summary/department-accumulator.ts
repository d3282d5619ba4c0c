import type { Answer, AnswerShape, AnswerShapeKind, Department, Member, Principle, Question } from '../model';
import { BoundedList } from './bounded-list';
import {
  compareActions,
  compareIndicators,
  type ChefTally,
  type DepartmentTally,
  type PlannedAction,
  type QuestionTally,
} from './summary-tally';
import type { AnswerFacts, IndicatorItem } from './types';
import { emptyValueTally, tallyValue } from './value-tally';

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

/** What counting reads of an answer (Answer, AuthoredAnswer and CountedAnswer all qualify). */
export type CountableAnswer = Pick<Answer, 'id' | 'questionId' | 'memberId'> & {
  value: AnswerFacts;
  /** The name read with the answer (null: no longer a member); absent: looked up among the members. */
  authorName?: string | null;
};

/** What counting needs of a summary's context: the questions, and the members for authors' names. */
export interface CountingContext {
  questions: readonly { id: string; shape: Pick<AnswerShape, 'kind'> }[];
  memberById: ReadonlyMap<string, Pick<Member, 'name'>>;
}

/** Counts one department's answers in a single pass; `tally()` gives what the summary is assembled from. */
export class DepartmentAccumulator {
  private readonly perQuestion = new Map<
    string,
    QuestionTally & { chefs: Set<string>; kind: AnswerShapeKind }
  >();
  private readonly answeredByChef = new Map<string, Set<string>>();
  private readonly actions: BoundedList<PlannedAction>;
  private readonly indicators: BoundedList<IndicatorItem>;
  readonly chefIds: ReadonlySet<string>;

  constructor(
    readonly department: Pick<Department, 'id'>,
    chefs: readonly Pick<Member, 'id'>[],
    private readonly ctx: CountingContext,
    listLimit = SUMMARY_LIST_LIMIT,
  ) {
    this.chefIds = new Set(chefs.map((m) => m.id));
    this.actions = new BoundedList(listLimit, compareActions);
    this.indicators = new BoundedList(listLimit, compareIndicators);
    for (const q of ctx.questions) {
      this.perQuestion.set(q.id, {
        answers: 0,
        chefAnswers: 0,
        values: emptyValueTally(),
        chefs: new Set(),
        kind: q.shape.kind,
      });
    }
  }

  /**
   * Adds an answer of this department; returns false if its question is unknown. The author's
   * name is the one read with the answer when there is one, else looked up among the members.
   */
  add(answer: CountableAnswer): boolean {
    const slot = this.perQuestion.get(answer.questionId);
    if (!slot) return false;
    const authorName =
      answer.authorName !== undefined
        ? answer.authorName
        : (this.ctx.memberById.get(answer.memberId)?.name ?? null);
    const v = answer.value;
    slot.answers++;
    tallyValue(slot.values, slot.kind, v);
    if (this.chefIds.has(answer.memberId)) {
      slot.chefs.add(answer.memberId);
      let set = this.answeredByChef.get(answer.memberId);
      if (!set) this.answeredByChef.set(answer.memberId, (set = new Set()));
      set.add(answer.questionId);
    }
    // Plain object literals (one hidden class each): spreading a shared base into every item
    // was the builder's most expensive step. A value lists items only under a question of its
    // kind, as it only counts there (tallyValue).
    const departmentId = this.department.id;
    if (v.kind === 'improvements' && slot.kind === 'improvements') {
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
            improvement: item.improvement,
            improvementIndex,
            actionIndex,
          });
        }
      }
    } else if (v.kind === 'indicators' && slot.kind === 'indicators') {
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

  answeredQuestionsOf(memberId: string): ReadonlySet<string> | undefined {
    return this.answeredByChef.get(memberId);
  }

  tally(): DepartmentTally {
    const questions = new Map<string, QuestionTally>();
    for (const [id, slot] of this.perQuestion)
      questions.set(id, { answers: slot.answers, chefAnswers: slot.chefs.size, values: slot.values });
    return {
      departmentId: this.department.id,
      questions,
      chefs: chefTally(this.chefIds, this.answeredByChef, this.ctx.questions.length),
      actions: this.actions.result(),
      actionTotal: this.actions.total,
      indicators: this.indicators.result(),
      indicatorTotal: this.indicators.total,
    };
  }
}

/** Chefs and the questions each answered, counted (the rule Store's tallies follow in SQL). */
export function chefTally(
  chefIds: ReadonlySet<string>,
  answeredByChef: ReadonlyMap<string, ReadonlySet<string>>,
  questionCount: number,
): ChefTally {
  let respondents = 0;
  let completed = 0;
  let answers = 0;
  for (const id of chefIds) {
    const n = answeredByChef.get(id)?.size ?? 0;
    if (n > 0) respondents++;
    if (questionCount > 0 && n >= questionCount) completed++;
    answers += n;
  }
  return { members: chefIds.size, respondents, completed, answers };
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
