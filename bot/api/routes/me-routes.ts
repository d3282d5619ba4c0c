import type { Server } from 'restify';
import { API, type Membership, type MeResponse, type MyAnswersResponse } from '../../../core/api';
import type { Answer, Question } from '../../../core/model';
import { membershipIn } from '../http/access';
import { routeRegistrar, type ApiRuntime } from '../http/route';
import { isOrganizerOf, mayShareToStage } from '../../authz/rules';

/** Who am I: memberships, roles, departments, language, dev flag; and my own answers. */
export function registerMeRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store } = rt.deps;

  register(API.me, async ({ caller }) => {
    const memberships: Membership[] = [];
    for (const member of caller.members) {
      const forum = await store.getForum(member.forumId);
      if (!forum) continue;
      const departments = await store.listDepartments(forum.id);
      const own = departments.filter((d) => member.departmentIds.includes(d.id));
      memberships.push({
        memberId: member.id,
        forumId: forum.id,
        forumName: forum.name,
        role: member.role,
        departmentIds: own.map((d) => d.id),
        departments: own.map((d) => ({ id: d.id, name: d.name })),
        locale: member.locale,
        canAdminister: isOrganizerOf(member, forum.id),
        canShareToStage: mayShareToStage(member, forum.id),
      });
    }
    const body: MeResponse = {
      aadObjectId: caller.identity.aadObjectId,
      name: caller.members[0]?.name || caller.identity.name,
      locale: caller.members[0]?.locale ?? 'da',
      devMode: rt.dev !== null,
      memberships,
    };
    return { json: body };
  });

  register(API.myAnswers, async ({ caller, query }) => {
    const { forumId } = query;
    const members = forumId ? [membershipIn(caller, forumId)] : caller.members;
    const answers: Answer[] = [];
    const questions: Question[] = [];
    for (const member of members) {
      answers.push(...(await store.listAnswers(member.forumId, { memberId: member.id })));
      questions.push(...(await store.listQuestions(member.forumId)));
    }
    const body: MyAnswersResponse = { answers, questions };
    return { json: body };
  });
}
