/**
 * The summary shapes the API returns. Bounded at any data size: a summary and the overview carry
 * aggregates only, the answers come in pages.
 *
 * ApiSummary (GET /api/departments/:departmentId/summary → `summary`), stable field names:
 * - `participation` (members, respondents, completed, answers, expectedAnswers, rate)
 * - `questions[]`: `questionId`, `number`, `text`, `kind`, `answerCount`, `participation`
 *   (answered, members, rate), `stats` (per kind: principles / styles / knowsOthers / rating /
 *   valueTypes + modes / improvements + actions), `erasedAnswers`
 * - `actionPlan[]` (the first SUMMARY_LIST_LIMIT by byWhen) with `actionPlanTotal`;
 *   `indicators[]` (the first SUMMARY_LIST_LIMIT by author) with `indicatorTotal`
 * - `takeaways`, `erasedAnswers`, `generatedAt`
 *
 * ApiOverview (GET /api/forums/:forumId/overview → `overview`): `departments[]` as ApiSummary
 * with at most OVERVIEW_LIST_LIMIT actions and indicators each; `questions[]` across departments
 * (same fields); `participation`; `unplacedAnswers`, `erasedAnswers`, `unplacedErasedAnswers`.
 *
 * ApiAnswerPage (GET /api/departments/:departmentId/questions/:questionId/answers?cursor=&limit=):
 * newest first (updatedAt, then answer id, descending); `limit` 1..ANSWER_PAGE_MAX (default
 * ANSWER_PAGE_DEFAULT); `nextCursor` is opaque, null on the last page. Same access as the summary.
 */
import type { DepartmentSummary, ForumOverview, SummaryAnswer } from '../summary/types';

export type ApiSummary = DepartmentSummary;
export type ApiOverview = ForumOverview;
export type ApiAnswer = SummaryAnswer;

export interface ApiAnswerPage {
  answers: ApiAnswer[];
  /** Pass as `?cursor=` for the next (older) page; null when there is none. */
  nextCursor: string | null;
  /**
   * The forum's minimum number of answers when the question has fewer in the department: the page
   * then holds only the reader's own answer (core/summary/anonymity.ts). Absent when it shows.
   */
  withheldBelow?: number;
}

/** The largest page of answers the API hands out. */
export const ANSWER_PAGE_MAX = 100;
/** The page size when `limit` is not given. */
export const ANSWER_PAGE_DEFAULT = 20;
