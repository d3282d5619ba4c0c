import type { Department, Takeaways } from '../model';
import type { SummaryContext } from './department-accumulator';
import type { ChefTally, DepartmentTally, ForumTally } from './summary-tally';
import type {
  DepartmentSummary,
  ErasedAnswerCount,
  ForumOverview,
  OverallParticipation,
  Participation,
  QuestionSummary,
} from './types';
import { questionVisible, redactAuthor, withheldBelow } from './anonymity';
import { addValueTally, emptyValueTally, questionStats } from './value-tally';

/** The summaries from their tallies: the one place counts become what a summary shows. */

export const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

export function participation(answered: number, members: number): Participation {
  return { answered, members, rate: ratio(answered, members) };
}

export function overallParticipation(chefs: ChefTally, questionCount: number): OverallParticipation {
  const expectedAnswers = chefs.members * questionCount;
  return {
    members: chefs.members,
    respondents: chefs.respondents,
    completed: chefs.completed,
    answers: chefs.answers,
    expectedAnswers,
    rate: ratio(chefs.answers, expectedAnswers),
  };
}

export function emptyDepartmentTally(departmentId: string): DepartmentTally {
  return {
    departmentId,
    questions: new Map(),
    chefs: { members: 0, respondents: 0, completed: 0, answers: 0 },
    actions: [],
    actionTotal: 0,
    indicators: [],
    indicatorTotal: 0,
  };
}

/**
 * Erased-answer tallies of the forum placed per department and question (the given departments
 * and the context's questions); the rest are unplaced.
 */
export function placeErased(
  ctx: SummaryContext,
  forumId: string,
  departmentIds: readonly string[],
  erased: readonly ErasedAnswerCount[],
): { byDepartment: Map<string, Map<string, number>>; unplaced: number } {
  const byDepartment = new Map(departmentIds.map((id) => [id, new Map<string, number>()]));
  const questionIds = new Set(ctx.questions.map((q) => q.id));
  let unplaced = 0;
  for (const e of erased) {
    const perQuestion = (e.forumId ?? forumId) === forumId ? byDepartment.get(e.departmentId) : undefined;
    if (!perQuestion || !questionIds.has(e.questionId)) {
      unplaced += e.count;
      continue;
    }
    perQuestion.set(e.questionId, (perQuestion.get(e.questionId) ?? 0) + e.count);
  }
  return { byDepartment, unplaced };
}

export function departmentSummaryFromTally(
  ctx: SummaryContext,
  department: Department,
  tally: DepartmentTally,
  erased: ReadonlyMap<string, number>,
  takeaways: Takeaways | null,
): DepartmentSummary {
  const members = tally.chefs.members;
  let erasedAnswers = 0;
  // Questions below the forum's threshold show counts only (core/summary/anonymity.ts).
  const withheld = new Set<string>();
  let withheldActions = 0;
  let withheldIndicators = 0;
  const questions: QuestionSummary[] = [...ctx.questions]
    .sort((a, b) => a.number - b.number)
    .map((q) => {
      const t = tally.questions.get(q.id);
      const erasedHere = erased.get(q.id) ?? 0;
      erasedAnswers += erasedHere;
      const answerCount = t?.answers ?? 0;
      const below = withheldBelow(answerCount, ctx.anonymity);
      const stats = questionStats(q, ctx.principles, t?.values ?? emptyValueTally());
      if (below !== null) {
        withheld.add(q.id);
        if (stats.kind === 'improvements') withheldActions += stats.actions;
        if (stats.kind === 'indicators') withheldIndicators += stats.indicators;
      }
      return {
        questionId: q.id,
        number: q.number,
        text: q.text,
        kind: q.shape.kind,
        answerCount,
        withheldBelow: below,
        participation: participation(t?.chefAnswers ?? 0, members),
        stats: below === null ? stats : questionStats(q, ctx.principles, emptyValueTally()),
        erasedAnswers: erasedHere,
      };
    });
  // A summary is a shared view: nobody is its viewer (names follow hideNamesInSharedViews).
  const actionPlan = tally.actions
    .filter((a) => !withheld.has(a.questionId))
    .map((a) => redactAuthor({ ...a, overdue: a.byWhen < ctx.today }, null, ctx.anonymity));
  const indicators = tally.indicators
    .filter((i) => !withheld.has(i.questionId))
    .map((i) => redactAuthor(i, null, ctx.anonymity));
  return {
    forumId: department.forumId,
    departmentId: department.id,
    departmentName: department.name,
    generatedAt: ctx.now,
    questions,
    participation: overallParticipation(tally.chefs, ctx.questions.length),
    actionPlan,
    actionPlanTotal: Math.max(actionPlan.length, tally.actionTotal - withheldActions),
    indicators,
    indicatorTotal: Math.max(indicators.length, tally.indicatorTotal - withheldIndicators),
    takeaways,
    erasedAnswers,
  };
}

/** The overview of `departments` (the forum's, in sortOrder) from the forum's tally. */
export function forumOverviewFromTally(
  ctx: SummaryContext,
  forumId: string,
  departments: readonly Department[],
  tally: ForumTally,
  erased: readonly ErasedAnswerCount[],
  takeaways: readonly Takeaways[],
): ForumOverview {
  const takeawaysOf = new Map<string, Takeaways>();
  for (const t of takeaways) if (!takeawaysOf.has(t.departmentId)) takeawaysOf.set(t.departmentId, t);
  const placed = placeErased(
    ctx,
    forumId,
    departments.map((d) => d.id),
    erased,
  );
  const tallies = departments.map((d) => tally.departments.get(d.id) ?? emptyDepartmentTally(d.id));

  let erasedAnswers = 0;
  const questions = [...ctx.questions]
    .sort((a, b) => a.number - b.number)
    .map((q) => {
      const values = emptyValueTally();
      let answerCount = 0;
      let shownAnswers = 0;
      let erasedHere = 0;
      tallies.forEach((t, i) => {
        const cell = t.questions.get(q.id);
        if (cell) {
          answerCount += cell.answers;
          // Only departments past the threshold add to the forum's distributions (no subtracting).
          if (questionVisible(cell.answers, ctx.anonymity)) {
            shownAnswers += cell.answers;
            addValueTally(values, cell.values);
          }
        }
        erasedHere += placed.byDepartment.get(departments[i]!.id)!.get(q.id) ?? 0;
      });
      erasedAnswers += erasedHere;
      return {
        questionId: q.id,
        number: q.number,
        text: q.text,
        kind: q.shape.kind,
        answerCount,
        // Answers, but none in a department past the threshold: withheld across the forum too.
        withheldBelow: answerCount > 0 && shownAnswers === 0 ? ctx.anonymity.minAnswers : null,
        participation: participation(tally.questionChefAnswers.get(q.id) ?? 0, tally.chefs.members),
        stats: questionStats(q, ctx.principles, values),
        erasedAnswers: erasedHere,
      };
    });

  return {
    forumId,
    generatedAt: ctx.now,
    departments: departments.map((d, i) =>
      departmentSummaryFromTally(
        ctx,
        d,
        tallies[i]!,
        placed.byDepartment.get(d.id)!,
        takeawaysOf.get(d.id) ?? null,
      ),
    ),
    questions,
    participation: overallParticipation(tally.chefs, ctx.questions.length),
    unplacedAnswers: tally.unplacedAnswers,
    erasedAnswers,
    unplacedErasedAnswers: placed.unplaced,
  };
}
