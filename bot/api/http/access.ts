import type { Department, Forum, Member } from '../../../core/model';
import type { Identity } from '../auth/identity';
import { forbidden, organizerOnly } from './api-error';

/** The authenticated caller and their memberships (one per forum). */
export interface Caller {
  identity: Identity;
  members: Member[];
}

/** The caller's membership in a forum, or 403. */
export function membershipIn(caller: Caller, forumId: string): Member {
  const member = caller.members.find((m) => m.forumId === forumId);
  if (!member) throw forbidden();
  return member;
}

/** Organizer routes: only the forum's organizers (chefs and facilitators get 403). */
export function requireOrganizer(caller: Caller, forumId: string): Member {
  const member = membershipIn(caller, forumId);
  if (member.role !== 'organizer') throw organizerOnly();
  return member;
}

export type DepartmentAccess = 'organizer' | 'own' | 'shared';

/**
 * May the caller see a department's summary? Organizers see all; chefs and facilitators see
 * their own departments; with forum.settings.shareSummaries every member may read (not edit)
 * every department's summary. Writing (takeaways): organizers and the department's chefs.
 */
export function departmentAccess(
  caller: Caller,
  forum: Forum,
  department: Department,
  opts: { write?: boolean } = {},
): { member: Member; access: DepartmentAccess } {
  const member = membershipIn(caller, forum.id);
  if (member.role === 'organizer') return { member, access: 'organizer' };
  if (member.departmentIds.includes(department.id)) {
    // Facilitators prepare the meeting read-only; chefs co-edit their department's work.
    if (opts.write && member.role !== 'chef') throw forbidden();
    return { member, access: 'own' };
  }
  if (!opts.write && forum.settings.shareSummaries) return { member, access: 'shared' };
  throw forbidden();
}

/** Departments whose summary the member may read. */
export function visibleDepartmentIds(
  member: Member,
  forum: Forum,
  departments: readonly Department[],
): string[] {
  if (member.role === 'organizer' || forum.settings.shareSummaries) return departments.map((d) => d.id);
  return departments.filter((d) => member.departmentIds.includes(d.id)).map((d) => d.id);
}

/** The forum overview: organizers, or everyone when summaries are shared. */
export function requireOverviewAccess(caller: Caller, forum: Forum): Member {
  const member = membershipIn(caller, forum.id);
  if (member.role === 'organizer' || forum.settings.shareSummaries) return member;
  throw organizerOnly();
}
