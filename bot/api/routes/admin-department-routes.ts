import type { Server } from 'restify';
import { API, type DepartmentResponse, type DepartmentsResponse } from '../../../core/api';
import type { Department } from '../../../core/model';
import { changedFields } from '../../audit/audit-details';
import { requireOrganizer } from '../http/access';
import { recordAudit } from '../http/audit-trail';
import { apiError } from '../http/api-error';
import { loadDepartment, loadForumAsOrganizer } from '../http/loaders';
import { routeRegistrar, type ApiRuntime } from '../http/route';
import { publishChange } from '../live/publish';

/** Organizer: departments (name, recap, chosen assignment, facilitator meeting date, order). */
export function registerAdminDepartmentRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, ids } = rt.deps;
  const changed = (forumId: string, departmentId: string) =>
    publishChange(rt.deps, { forumId, departmentId, topic: 'forum' });

  register(API.departments, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const departments = (await store.listDepartments(forum.id)).sort((a, b) => a.sortOrder - b.sortOrder);
    const body: DepartmentsResponse = { departments };
    return { json: body };
  });

  register(API.createDepartment, async (ctx) => {
    const forum = await loadForumAsOrganizer(store, ctx.caller, ctx.params.forumId);
    const input = ctx.body;
    const existing = await store.listDepartments(forum.id);
    const department: Department = {
      id: ids(),
      forumId: forum.id,
      name: input.name,
      recap: input.recap,
      chosenAssignment: input.chosenAssignment,
      facilitatorMeetingDate: input.facilitatorMeetingDate,
      sortOrder: input.sortOrder ?? Math.max(0, ...existing.map((d) => d.sortOrder + 1)),
    };
    await store.saveDepartment(department);
    await recordAudit(ctx, forum.id, 'department.create', { kind: 'department', id: department.id });
    await changed(forum.id, department.id);
    const reply: DepartmentResponse = { department };
    return { status: 201, json: reply };
  });

  register(API.updateDepartment, async (ctx) => {
    const { forum, department } = await loadDepartment(store, ctx.params.departmentId);
    requireOrganizer(ctx.caller, forum.id);
    const input = ctx.body;
    const updated: Department = {
      ...department,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.recap !== undefined ? { recap: input.recap } : {}),
      ...(input.chosenAssignment !== undefined ? { chosenAssignment: input.chosenAssignment } : {}),
      ...(input.facilitatorMeetingDate !== undefined
        ? { facilitatorMeetingDate: input.facilitatorMeetingDate }
        : {}),
      ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
    };
    await store.saveDepartment(updated);
    await recordAudit(
      ctx,
      forum.id,
      'department.update',
      { kind: 'department', id: department.id },
      {
        fields: changedFields(department, updated),
      },
    );
    await changed(forum.id, department.id);
    const reply: DepartmentResponse = { department: updated };
    return { json: reply };
  });

  /** Refused (409) while the department has answers: nothing is lost silently. */
  register(API.deleteDepartment, async (ctx) => {
    const { caller, params } = ctx;
    const { forum, department } = await loadDepartment(store, params.departmentId);
    requireOrganizer(caller, forum.id);
    const answers = await store.listAnswers(forum.id, { departmentId: department.id });
    if (answers.length > 0)
      throw apiError(409, 'conflict', 'error.departmentHasAnswers', { count: answers.length });
    await store.deleteDepartment(department.id);
    await recordAudit(ctx, forum.id, 'department.delete', { kind: 'department', id: department.id });
    await changed(forum.id, department.id);
    const reply: DepartmentResponse = { department };
    return { json: reply };
  });
}
