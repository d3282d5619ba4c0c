import type { Server } from 'restify';
import {
  API,
  type DepartmentAnswersResponse,
  type DepartmentSummaryResponse,
  type ForumOverviewResponse,
  type ForumResponse,
  type TakeawaysResponse,
} from '../../../core/api';
import type { Department, Forum } from '../../../core/model';
import { anonymityOf } from '../../../core/summary';
import { shownPerDepartment } from '../../../core/voices';
import { isOrganizerOf, mayEditTakeaways } from '../../authz/rules';
import { loadSharedVoicesGlances } from '../../voices/voice-section';
import { coalescing } from '../coalesce';
import { apiError, notFound } from '../http/api-error';
import { departmentAccess, membershipIn, requireOverviewAccess, visibleDepartmentIds } from '../http/access';
import { loadDepartment, loadForum } from '../http/loaders';
import { routeRegistrar, type ApiRuntime } from '../http/route';
import { encodeJson, withOwnFields } from '../http/shared-json';
import { loadAnswerPage } from '../answer-pages';
import { publishChange } from '../live/publish';
import {
  departmentSummaryBody,
  loadDepartmentSummary,
  loadForumOverview,
  overviewBody,
} from '../summary-data';

/** The forum, the department summaries, the forum overview and the co-edited takeaways. */
export function registerForumRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, clock } = rt.deps;
  // Concurrent callers share one load and one serialization of what they all see; who joins a
  // build another request runs waits for it without holding an admission slot.
  const summaryOf = coalescing(
    (forum: Forum, department: Department) => department.id,
    async (forum: Forum, department: Department) => {
      const data = await loadDepartmentSummary(store, clock, forum, department, rt.rosters);
      return encodeJson<Omit<DepartmentSummaryResponse, 'canEditTakeaways'>>(departmentSummaryBody(data));
    },
  );
  const overviewOf = coalescing(
    (forum: Forum) => forum.id,
    async (forum: Forum) => {
      const data = await loadForumOverview(store, clock, forum, rt.rosters);
      const voiceCounts = await rt.deps.voices.countVoices(data.departments.map((d) => d.id));
      const shown = shownPerDepartment(voiceCounts);
      const voices = await loadSharedVoicesGlances(rt.deps.voices, Object.keys(shown));
      return encodeJson<ForumOverviewResponse>(overviewBody(data, shown, voices));
    },
  );

  register(API.forum, async ({ caller, params }) => {
    const forum = await loadForum(store, params.forumId);
    const member = membershipIn(caller, forum.id);
    const [departments, questions, principles] = await Promise.all([
      store.listDepartments(forum.id),
      store.listQuestions(forum.id),
      store.listPrinciples(forum.id),
    ]);
    departments.sort((a, b) => a.sortOrder - b.sortOrder);
    const body: ForumResponse = {
      forum,
      departments,
      questions,
      principles,
      viewer: {
        memberId: member.id,
        role: member.role,
        departmentIds: member.departmentIds,
        isOrganizer: isOrganizerOf(member, forum.id),
        visibleDepartmentIds: visibleDepartmentIds(member, forum, departments),
      },
    };
    return { json: body };
  });

  register(API.overview, async ({ caller, params, slot }) => {
    const forum = await loadForum(store, params.forumId);
    requireOverviewAccess(caller, forum);
    return { encoded: await overviewOf(slot, forum) };
  });

  register(API.departmentSummary, async ({ caller, params, slot }) => {
    const { forum, department } = await loadDepartment(store, params.departmentId);
    const { member } = departmentAccess(caller, forum, department);
    const shared = await summaryOf(slot, forum, department);
    const encoded = withOwnFields<DepartmentSummaryResponse, 'canEditTakeaways'>(shared, {
      canEditTakeaways: mayEditTakeaways(member, forum, department.id),
    });
    return { encoded };
  });

  register(API.departmentAnswers, async ({ caller, params, query }) => {
    const page = query;
    const { forum, department } = await loadDepartment(store, params.departmentId);
    const { member } = departmentAccess(caller, forum, department);
    const question = (await store.listQuestions(forum.id)).find((q) => q.id === params.questionId);
    if (!question) throw notFound();
    const body: DepartmentAnswersResponse = await loadAnswerPage(
      store,
      forum.id,
      { departmentId: department.id, questionId: question.id, ...page },
      { viewer: { memberId: member.id }, anonymity: anonymityOf(forum) },
    );
    return { json: body };
  });

  register(API.takeaways, async ({ caller, params, body: input }) => {
    const { forum, department } = await loadDepartment(store, params.departmentId);
    const { member } = departmentAccess(caller, forum, department, { write: true });
    const result = await store.saveTakeaways(
      department.id,
      input.text,
      input.expectedVersion,
      member.id,
      clock.now().toISOString(),
    );
    if (!result.ok) {
      throw apiError(409, 'conflict', 'error.takeawaysConflict', {}, { body: { current: result.current } });
    }
    await publishChange(rt.deps, { forumId: forum.id, departmentId: department.id, topic: 'takeaways' });
    const reply: TakeawaysResponse = { takeaways: result.takeaways };
    return { json: reply };
  });
}
