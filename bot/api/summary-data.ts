import type { DepartmentSummaryResponse, ForumOverviewResponse } from '../../core/api';
import type { Clock, Department, Forum, Principle, Question, Takeaways } from '../../core/model';
import {
  departmentSummaryFromTally,
  forumOverviewFromTally,
  OVERVIEW_LIST_LIMIT,
  placeErased,
  SUMMARY_LIST_LIMIT,
  summaryContext,
  type DepartmentSummary,
  type ForumOverview,
} from '../../core/summary';
import type { VoicesGlance } from '../../core/voices';
import type { Store } from '../store/store';
import type { RosterCache } from './roster-cache';

export interface DepartmentSummaryData {
  forum: Forum;
  department: Department;
  questions: Question[];
  principles: Principle[];
  takeaways: Takeaways;
  /** Who last edited the takeaways, by name (null when nobody has or they are gone). */
  takeawaysEditorName: string | null;
  summary: DepartmentSummary;
}

/**
 * A department summary from its tally, counted in the database (Store.departmentTally: bounded
 * statements, the event loop turning between them), so neither time on the loop nor memory
 * grows with the answers. Erased-answer tallies and takeaways are always read fresh; questions
 * and principles come from the roster cache when one is given.
 */
export async function loadDepartmentSummary(
  store: Store,
  clock: Clock,
  forum: Forum,
  department: Department,
  rosters?: RosterCache,
): Promise<DepartmentSummaryData> {
  const [tally, { questions, principles }, takeaways, erasedAnswers] = await Promise.all([
    store.departmentTally(forum.id, department.id, SUMMARY_LIST_LIMIT),
    readContent(store, forum.id, rosters),
    store.getTakeaways(department.id),
    store.listErasedAnswerTallies(forum.id, { departmentId: department.id }),
  ]);
  const ctx = summaryContext({ forum, members: [], questions, principles, now: clock.now().toISOString() });
  const erased = placeErased(ctx, forum.id, [department.id], erasedAnswers).byDepartment.get(department.id)!;
  const summary = departmentSummaryFromTally(
    ctx,
    department,
    tally,
    erased,
    takeaways.departmentId === department.id ? takeaways : null,
  );
  const takeawaysEditorName = takeaways.updatedBy
    ? ((await store.getMember(takeaways.updatedBy))?.name ?? null)
    : null;
  return { forum, department, questions, principles, takeaways, takeawaysEditorName, summary };
}

export interface ForumOverviewData {
  forum: Forum;
  departments: Department[];
  questions: Question[];
  principles: Principle[];
  takeaways: Takeaways[];
  overview: ForumOverview;
}

/** The forum overview from the forum's tally, counted in the database (see loadDepartmentSummary). */
export async function loadForumOverview(
  store: Store,
  clock: Clock,
  forum: Forum,
  rosters?: RosterCache,
): Promise<ForumOverviewData> {
  const [departments, { questions, principles }, erasedAnswers, tally] = await Promise.all([
    store.listDepartments(forum.id),
    readContent(store, forum.id, rosters),
    store.listErasedAnswerTallies(forum.id),
    store.forumTally(forum.id, OVERVIEW_LIST_LIMIT),
  ]);
  const sorted = departments.filter((d) => d.forumId === forum.id).sort((a, b) => a.sortOrder - b.sortOrder);
  const takeaways = await Promise.all(sorted.map((d) => store.getTakeaways(d.id)));
  const ctx = summaryContext({ forum, members: [], questions, principles, now: clock.now().toISOString() });
  const overview = forumOverviewFromTally(ctx, forum.id, sorted, tally, erasedAnswers, takeaways);
  return { forum, departments: sorted, questions, principles, takeaways, overview };
}

async function readContent(store: Store, forumId: string, rosters?: RosterCache) {
  if (rosters) return rosters.get(forumId);
  const [questions, principles] = await Promise.all([
    store.listQuestions(forumId),
    store.listPrinciples(forumId),
  ]);
  return { questions, principles };
}

/** GET /api/departments/:departmentId/summary's body (the bench measures the same). */
export function departmentSummaryBody(
  data: DepartmentSummaryData,
): Omit<DepartmentSummaryResponse, 'canEditTakeaways'> {
  return {
    forum: data.forum,
    department: data.department,
    questions: data.questions,
    principles: data.principles,
    takeaways: data.takeaways,
    takeawaysEditorName: data.takeawaysEditorName,
    summary: data.summary,
  };
}

/** GET /api/forums/:forumId/overview's body. */
export function overviewBody(
  data: ForumOverviewData,
  voicesShown: Record<string, number>,
  voices: Record<string, VoicesGlance>,
): ForumOverviewResponse {
  return {
    forum: data.forum,
    departments: data.departments,
    questions: data.questions,
    principles: data.principles,
    overview: data.overview,
    takeaways: data.takeaways,
    voicesShown,
    voices,
  };
}
