import type { Answer, Department, Forum, Member, Principle, Question, Takeaways } from '../model';
import {
  chefsByDepartment,
  DepartmentAccumulator,
  overallParticipation,
  participation,
} from './department-accumulator';
import { summaryContext, type SummaryBuilder } from './build-department-summary';
import { createStatsAccumulator } from './question-stats';
import type {
  AuthoredAnswer,
  CountedAnswer,
  ErasedAnswerCount,
  ForumOverview,
  ForumQuestionSummary,
} from './types';

export interface ForumOverviewInput {
  forum: Forum;
  departments: readonly Department[];
  members: readonly Member[];
  questions: readonly Question[];
  principles: readonly Principle[];
  /** Answers read with their author's name (AuthoredAnswer) keep it; others get it from `members`. */
  answers: readonly (Answer | AuthoredAnswer | CountedAnswer)[];
  /** The forum's erased-answer tallies. */
  erasedAnswers?: readonly ErasedAnswerCount[];
  takeaways?: readonly Takeaways[];
  now: string;
}

/** How many actions and indicators each department lists in the overview (totals count them all). */
export const OVERVIEW_LIST_LIMIT = 10;

/** startForumOverview over answers at hand. */
export function buildForumOverview(input: ForumOverviewInput): ForumOverview {
  const builder = startForumOverview(input);
  for (const answer of input.answers) builder.add(answer);
  return builder.finish();
}

/**
 * The forum-wide overview for the final meeting: every department's aggregates (no answers) plus,
 * per question, the distributions and participation across all departments. One pass over the
 * answers, fed one at a time, feeds both; cost is O(answers + memberships + questions × chefs),
 * memory independent of the number of answers.
 */
export function startForumOverview(
  input: Omit<ForumOverviewInput, 'answers'>,
): SummaryBuilder<ForumOverview> {
  const { forum } = input;
  const ctx = summaryContext(input);
  const departments = input.departments
    .filter((d) => d.forumId === forum.id)
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const chefs = chefsByDepartment(forum.id, input.members);
  const accs = new Map(
    departments.map((d) => [
      d.id,
      new DepartmentAccumulator(d, chefs.get(d.id) ?? [], ctx, OVERVIEW_LIST_LIMIT),
    ]),
  );
  const forumStats = new Map(
    ctx.questions.map((q) => [
      q.id,
      { stats: createStatsAccumulator(q, ctx.principles), count: 0, erased: 0 },
    ]),
  );

  let unplaced = 0;
  const add = (answer: Answer | AuthoredAnswer | CountedAnswer) => {
    const acc = answer.forumId === forum.id ? accs.get(answer.departmentId) : undefined;
    if (!acc || !acc.add(answer)) {
      unplaced++;
      return;
    }
    const slot = forumStats.get(answer.questionId)!;
    slot.stats.add(answer.value);
    slot.count++;
  };

  let erasedAnswers = 0;
  let unplacedErasedAnswers = 0;
  for (const erased of input.erasedAnswers ?? []) {
    const acc = (erased.forumId ?? forum.id) === forum.id ? accs.get(erased.departmentId) : undefined;
    if (!acc || !acc.addErased(erased.questionId, erased.count)) {
      unplacedErasedAnswers += erased.count;
      continue;
    }
    forumStats.get(erased.questionId)!.erased += erased.count;
    erasedAnswers += erased.count;
  }

  return { add, finish };

  function finish(): ForumOverview {
    const takeawaysOf = new Map<string, Takeaways>();
    for (const t of input.takeaways ?? [])
      if (!takeawaysOf.has(t.departmentId)) takeawaysOf.set(t.departmentId, t);

    // Forum-wide participation counts each chef once, even if they lead several departments.
    const allChefs = new Set<string>();
    const answeredByChef = new Map<string, Set<string>>();
    for (const acc of accs.values()) {
      for (const id of acc.chefIds) {
        allChefs.add(id);
        const qs = acc.answeredQuestionsOf(id);
        if (!qs) continue;
        let set = answeredByChef.get(id);
        if (!set) answeredByChef.set(id, (set = new Set()));
        for (const q of qs) set.add(q);
      }
    }

    const questions: ForumQuestionSummary[] = [...ctx.questions]
      .sort((a, b) => a.number - b.number)
      .map((q) => {
        let answered = 0;
        for (const id of allChefs) if (answeredByChef.get(id)?.has(q.id)) answered++;
        const slot = forumStats.get(q.id)!;
        return {
          questionId: q.id,
          number: q.number,
          text: q.text,
          kind: q.shape.kind,
          answerCount: slot.count,
          participation: participation(answered, allChefs.size),
          stats: slot.stats.result(),
          erasedAnswers: slot.erased,
        };
      });

    return {
      forumId: forum.id,
      generatedAt: input.now,
      departments: departments.map((d) => accs.get(d.id)!.finish(takeawaysOf.get(d.id) ?? null)),
      questions,
      participation: overallParticipation(allChefs, answeredByChef, ctx.questions.length),
      unplacedAnswers: unplaced,
      erasedAnswers,
      unplacedErasedAnswers,
    };
  }
}
