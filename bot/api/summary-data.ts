import type { DepartmentSummaryResponse, ForumOverviewResponse } from '../../core/api';
import type { Clock, Department, Forum, Member, Principle, Question, Takeaways } from '../../core/model';
import {
  startDepartmentSummary,
  startForumOverview,
  type CountedAnswer,
  type DepartmentSummary,
  type ForumOverview,
  type SummaryBuilder,
} from '../../core/summary';
import { setImmediate as nextTurn } from 'node:timers/promises';
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
  /** Who last edited the takeaways, by name (null when nobody has or they are gone). */
  takeawaysEditorName: string | null;
  summary: DepartmentSummary;
}

/**
 * A department summary in one streaming pass: the answers (with their authors' names) are read in
 * keyset batches and fed to the builder one batch at a time, so memory does not grow with them.
 * Erased-answer tallies and takeaways are always read fresh; members, questions and principles
 * come from the roster cache when one is given, else only the department's members are read.
 */
export async function loadDepartmentSummary(
  store: Store,
  clock: Clock,
  forum: Forum,
  department: Department,
  rosters?: RosterCache,
): Promise<DepartmentSummaryData> {
  const batches = store.summaryAnswerBatches(forum.id, { departmentId: department.id }, TURN_BATCH);
  const { first, rest, roster, takeaways, erasedAnswers } = await withFirstBatch(batches, () =>
    Promise.all([
      rosters ? rosters.get(forum.id) : readRoster(store, forum.id, department.id),
      store.getTakeaways(department.id),
      store.listErasedAnswerTallies(forum.id, { departmentId: department.id }),
    ]).then(([roster, takeaways, erasedAnswers]) => ({ roster, takeaways, erasedAnswers })),
  );
  const { questions, principles, members } = roster;
  const builder = startDepartmentSummary({
    forum,
    department,
    questions,
    principles,
    members,
    takeaways,
    erasedAnswers,
    now: clock.now().toISOString(),
  });
  const summary = await feed(builder, first, rest);
  const takeawaysEditorName = await editorName(store, members, takeaways);
  return { forum, department, questions, principles, members, takeaways, takeawaysEditorName, summary };
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

/** The forum overview in one streaming pass over the forum's answers (see loadDepartmentSummary). */
export async function loadForumOverview(
  store: Store,
  clock: Clock,
  forum: Forum,
  rosters?: RosterCache,
): Promise<ForumOverviewData> {
  const batches = store.summaryAnswerBatches(forum.id, {}, TURN_BATCH);
  const { first, rest, departments, roster, erasedAnswers } = await withFirstBatch(batches, () =>
    Promise.all([
      store.listDepartments(forum.id),
      rosters ? rosters.get(forum.id) : readRoster(store, forum.id),
      store.listErasedAnswerTallies(forum.id),
    ]).then(([departments, roster, erasedAnswers]) => ({ departments, roster, erasedAnswers })),
  );
  const { questions, principles, members } = roster;
  const sorted = [...departments].sort((a, b) => a.sortOrder - b.sortOrder);
  const takeaways = await Promise.all(sorted.map((d) => store.getTakeaways(d.id)));
  const builder = startForumOverview({
    forum,
    departments: sorted,
    members,
    questions,
    principles,
    erasedAnswers,
    takeaways,
    now: clock.now().toISOString(),
  });
  const overview = await feed(builder, first, rest);
  return { forum, departments: sorted, questions, principles, members, takeaways, overview };
}

/** The first batch of answers read alongside the small reads (on PostgreSQL they overlap). */
async function withFirstBatch<T extends object>(
  batches: AsyncIterable<CountedAnswer[]>,
  small: () => Promise<T>,
): Promise<T & { first: CountedAnswer[]; rest: AsyncIterator<CountedAnswer[]> }> {
  const rest = batches[Symbol.asyncIterator]();
  const [next, reads] = await Promise.all([rest.next(), small()]);
  return { ...reads, first: next.done ? [] : next.value, rest };
}

async function feed<T>(
  builder: SummaryBuilder<T>,
  first: CountedAnswer[],
  rest: AsyncIterator<CountedAnswer[]>,
): Promise<T> {
  for (const answer of first) builder.add(answer);
  if (first.length > 0) {
    for (let next = await nextBatch(rest); !next.done; next = await nextBatch(rest))
      for (const answer of next.value) builder.add(answer);
  }
  return builder.finish();
}

async function editorName(
  store: Store,
  members: readonly Member[],
  takeaways: Takeaways,
): Promise<string | null> {
  const id = takeaways.updatedBy;
  if (!id) return null;
  const member = members.find((m) => m.id === id) ?? (await store.getMember(id));
  return member?.name ?? null;
}

async function readRoster(store: Store, forumId: string, departmentId?: string) {
  const [members, questions, principles] = await Promise.all([
    departmentId === undefined ? store.listMembers(forumId) : store.listMembers(forumId, { departmentId }),
    store.listQuestions(forumId),
    store.listPrinciples(forumId),
  ]);
  return { members, questions, principles };
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
export function overviewBody(data: ForumOverviewData): ForumOverviewResponse {
  return {
    forum: data.forum,
    departments: data.departments,
    questions: data.questions,
    principles: data.principles,
    overview: data.overview,
    takeaways: data.takeaways,
  };
}

/**
 * Answers read and added per turn of the event loop: the pass gives the loop back between
 * batches (SQLite reads synchronously), so other requests are served while a forum is summed up.
 */
const TURN_BATCH = 500;

/** The next batch, on a later turn of the event loop. */
async function nextBatch(rest: AsyncIterator<CountedAnswer[]>) {
  await nextTurn();
  return rest.next();
}
