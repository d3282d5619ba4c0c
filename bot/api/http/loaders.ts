import type { Department, Forum } from '../../../core/model';
import type { ForumStore } from '../../store/store';
import { requireOrganizer, type Caller } from './access';
import { notFound } from './api-error';

export async function loadForum(store: ForumStore, forumId: string): Promise<Forum> {
  const forum = await store.getForum(forumId);
  if (!forum) throw notFound('error.forumNotFound');
  return forum;
}

/** The forum, or 404; the caller must be one of its organizers, else 403. */
export async function loadForumAsOrganizer(
  store: ForumStore,
  caller: Caller,
  forumId: string,
): Promise<Forum> {
  const forum = await loadForum(store, forumId);
  requireOrganizer(caller, forum.id);
  return forum;
}

/** The department and its forum, or 404. */
export async function loadDepartment(
  store: ForumStore,
  departmentId: string,
): Promise<{ forum: Forum; department: Department }> {
  const department = await store.getDepartment(departmentId);
  if (!department) throw notFound('error.departmentNotFound');
  return { forum: await loadForum(store, department.forumId), department };
}
