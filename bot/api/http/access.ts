import type { Department, Forum, Member } from '../../../core/model';
import * as rules from '../../authz/rules';
import type { Identity } from '../auth/identity';
import { forbidden, organizerOnly } from './api-error';

/**
 * The API's side of the authorization rules (bot/authz/rules.ts): the same rules, refused with
 * the API's errors. No rule is decided here.
 */

/** The authenticated caller and their memberships (one per forum). */
export interface Caller {
  identity: Identity;
  members: Member[];
}

export type DepartmentAccess = rules.DepartmentAccess;

/** The caller's membership in a forum, or 403. */
export function membershipIn(caller: Caller, forumId: string): Member {
  const member = rules.membershipIn(caller.members, forumId);
  if (!member) throw forbidden();
  return member;
}

/** Organizer routes: only the forum's organizers (chefs and facilitators get 403). */
export function requireOrganizer(caller: Caller, forumId: string): Member {
  const member = membershipIn(caller, forumId);
  if (!rules.isOrganizerOf(member, forumId)) throw organizerOnly();
  return member;
}

/** Reading a department's summary (or, with write, editing its takeaways), or 403. */
export function departmentAccess(
  caller: Caller,
  forum: Forum,
  department: Department,
  opts: { write?: boolean } = {},
): { member: Member; access: DepartmentAccess } {
  const member = membershipIn(caller, forum.id);
  const access = rules.departmentAccess(member, forum, department.id);
  if (!access) throw forbidden();
  if (opts.write && !rules.mayEditTakeaways(member, forum, department.id)) throw forbidden();
  return { member, access };
}

/** Departments whose summary the member may read. */
export function visibleDepartmentIds(
  member: Member,
  forum: Forum,
  departments: readonly Department[],
): string[] {
  return rules.readableDepartmentIds(
    member,
    forum,
    departments.map((d) => d.id),
  );
}

/** The forum overview: organizers, or everyone when summaries are shared. */
export function requireOverviewAccess(caller: Caller, forum: Forum): Member {
  const member = membershipIn(caller, forum.id);
  if (!rules.mayReadOverview(member, forum)) throw organizerOnly();
  return member;
}
