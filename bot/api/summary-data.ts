import type { Clock, Department, Forum, Member, Principle, Question, Takeaways } from '../../core/model';
import {
  buildDepartmentSummary,
  buildForumOverview,
  type DepartmentSummary,
  type ForumOverview,
} from '../../core/summary';
import type { Store } from '../store/store';
import type { RosterCache } from './roster-cache';

export interface DepartmentSummaryData {
  forum: Forum;
  department: Department;
  questions: Question[];
  principles: Principle[];
  /** The members the summary was built from: the forum's (roster cache) or the department's. */
  members: Member[];
  takeaways: Takeaways;
  summary: DepartmentSummary;
}

/**
 * Everything a department summary is built from, read in parallel, and the summary itself.
 * Answers (with their authors' names, one query), erased-answer tallies and takeaways are always
 * read fresh; members, questions and principles come from the roster cache when one is given,
 * else only the department's members are read (the answers carry their authors' names).
 */
export async function loadDepartmentSummary(
  store: Store,
  clock: Clock,
  forum: Forum,
  department: Department,
  rosters?: RosterCache,
): Promise<DepartmentSummaryData> {
  const inputs = await readDepartmentSummaryInputs(store, forum, department, rosters);
  const summary = buildDepartmentSummary({ forum, department, ...inputs, now: clock.now().toISOString() });
  const { questions, principles, members, takeaways } = inputs;
  return { forum, department, questions, principles, members, takeaways, summary };
}

/** The reads loadDepartmentSummary builds from (see there), in parallel. */
export async function readDepartmentSummaryInputs(
  store: Store,
  forum: Forum,
  department: Department,
  rosters?: RosterCache,
) {
  // The answers first: the longest read, so on PostgreSQL the small ones run alongside it.
  const [answers, { questions, principles, members }, takeaways, erasedAnswers] = await Promise.all([
    store.listSummaryAnswers(forum.id, { departmentId: department.id }),
    rosters ? rosters.get(forum.id) : readRoster(store, forum.id, department.id),
    store.getTakeaways(department.id),
    store.listErasedAnswerTallies(forum.id, { departmentId: department.id }),
  ]);
  return { answers, questions, principles, members, takeaways, erasedAnswers };
}

export interface ForumOverviewData {
  forum: Forum;
  departments: Department[];
  questions: Question[];
  principles: Principle[];
  members: Member[];
  takeaways: Takeaways[];
  overview: ForumOverview;
}

export async function loadForumOverview(
  store: Store,
  clock: Clock,
  forum: Forum,
  rosters?: RosterCache,
): Promise<ForumOverviewData> {
  const [departments, { questions, principles, members }, answers, erasedAnswers] = await Promise.all([
    store.listDepartments(forum.id),
    rosters ? rosters.get(forum.id) : readRoster(store, forum.id),
    store.listSummaryAnswers(forum.id),
    store.listErasedAnswerTallies(forum.id),
  ]);
  const sorted = [...departments].sort((a, b) => a.sortOrder - b.sortOrder);
  const takeaways = await Promise.all(sorted.map((d) => store.getTakeaways(d.id)));
  const overview = buildForumOverview({
    forum,
    departments: sorted,
    members,
    questions,
    principles,
    answers,
    erasedAnswers,
    takeaways,
    now: clock.now().toISOString(),
  });
  return { forum, departments: sorted, questions, principles, members, takeaways, overview };
}

async function readRoster(store: Store, forumId: string, departmentId?: string) {
  const [members, questions, principles] = await Promise.all([
    departmentId === undefined ? store.listMembers(forumId) : store.listMembers(forumId, { departmentId }),
    store.listQuestions(forumId),
    store.listPrinciples(forumId),
  ]);
  return { members, questions, principles };
}
