import type { Answer, Department, Forum, Member, Principle, Question, Takeaways } from '../model';
import { localDateOf } from '../time/zoned-time';
import { anonymityOf } from './anonymity';
import { departmentSummaryFromTally, placeErased } from './assemble-summary';
import { chefsOf, DepartmentAccumulator, type SummaryContext } from './department-accumulator';
import type { AuthoredAnswer, CountedAnswer, DepartmentSummary, ErasedAnswerCount } from './types';

export interface DepartmentSummaryInput {
  forum: Forum;
  department: Department;
  members: readonly Member[];
  questions: readonly Question[];
  principles: readonly Principle[];
  /**
   * May contain other departments' answers; only this department's are used. Answers read with
   * their author's name (AuthoredAnswer) keep it; others get it from `members`.
   */
  answers: readonly (Answer | AuthoredAnswer | CountedAnswer)[];
  /** Erased-answer tallies; may contain other departments' (only this department's are used). */
  erasedAnswers?: readonly ErasedAnswerCount[];
  /** The department's takeaways, or a list to pick them from. */
  takeaways?: Takeaways | readonly Takeaways[] | null;
  /** ISO instant of the clock reading. */
  now: string;
}

export function summaryContext(input: {
  forum: Forum;
  members: readonly Member[];
  questions: readonly Question[];
  principles: readonly Principle[];
  now: string;
}): SummaryContext {
  return {
    questions: input.questions.filter((q) => q.forumId === input.forum.id),
    principles: [...input.principles]
      .filter((p) => p.forumId === input.forum.id)
      .sort((a, b) => a.number - b.number),
    memberById: new Map(input.members.map((m) => [m.id, m])),
    today: localDateOf(input.now, input.forum.timeZone),
    now: input.now,
    anonymity: anonymityOf(input.forum),
  };
}

export function pickTakeaways(
  takeaways: Takeaways | readonly Takeaways[] | null | undefined,
  departmentId: string,
): Takeaways | null {
  if (!takeaways) return null;
  if (Array.isArray(takeaways))
    return (takeaways as readonly Takeaways[]).find((t) => t.departmentId === departmentId) ?? null;
  const one = takeaways as Takeaways;
  return one.departmentId === departmentId ? one : null;
}

/** Builds a summary from answers fed one at a time (a streaming pass); `finish()` once. */
export interface SummaryBuilder<T> {
  add(answer: Answer | AuthoredAnswer | CountedAnswer): void;
  finish(): T;
}

/**
 * One department's live summary: per question the answer count, participation of the department's
 * chefs and distributions; the first actions of the action plan (overdue = due before today's
 * local date) and indicators, with their totals; overall participation; erased answers per
 * question, apart from participation. Derived on demand in one pass over the answers, in memory
 * independent of how many there are.
 */
export function startDepartmentSummary(
  input: Omit<DepartmentSummaryInput, 'answers'>,
  listLimit?: number,
): SummaryBuilder<DepartmentSummary> {
  const { forum, department } = input;
  const ctx = summaryContext(input);
  const acc = new DepartmentAccumulator(department, chefsOf(department, input.members), ctx, listLimit);
  return {
    add(answer) {
      if (answer.departmentId === department.id && answer.forumId === forum.id) acc.add(answer);
    },
    finish: () =>
      departmentSummaryFromTally(
        ctx,
        department,
        acc.tally(),
        placeErased(ctx, forum.id, [department.id], input.erasedAnswers ?? []).byDepartment.get(
          department.id,
        )!,
        pickTakeaways(input.takeaways, department.id),
      ),
  };
}

/** startDepartmentSummary over answers at hand. */
export function buildDepartmentSummary(input: DepartmentSummaryInput): DepartmentSummary {
  const builder = startDepartmentSummary(input);
  for (const answer of input.answers) builder.add(answer);
  return builder.finish();
}
