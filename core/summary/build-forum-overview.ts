import type { Answer, Department, Forum, Member, Principle, Question, Takeaways } from '../model';
import { forumOverviewFromTally } from './assemble-summary';
import { chefsByDepartment, chefTally, DepartmentAccumulator } from './department-accumulator';
import { summaryContext, type SummaryBuilder } from './build-department-summary';
import type { ForumTally } from './summary-tally';
import type { AuthoredAnswer, CountedAnswer, ErasedAnswerCount, ForumOverview } from './types';

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

  let unplacedAnswers = 0;
  const add = (answer: Answer | AuthoredAnswer | CountedAnswer) => {
    const acc = answer.forumId === forum.id ? accs.get(answer.departmentId) : undefined;
    if (!acc || !acc.add(answer)) unplacedAnswers++;
  };

  return { add, finish };

  function finish(): ForumOverview {
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
    const questionChefAnswers = new Map<string, number>();
    for (const q of ctx.questions) {
      let answered = 0;
      for (const id of allChefs) if (answeredByChef.get(id)?.has(q.id)) answered++;
      questionChefAnswers.set(q.id, answered);
    }
    const tally: ForumTally = {
      departments: new Map([...accs].map(([id, acc]) => [id, acc.tally()])),
      chefs: chefTally(allChefs, answeredByChef, ctx.questions.length),
      questionChefAnswers,
      unplacedAnswers,
    };
    return forumOverviewFromTally(
      ctx,
      forum.id,
      departments,
      tally,
      input.erasedAnswers ?? [],
      input.takeaways ?? [],
    );
  }
}
