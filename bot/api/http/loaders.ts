import type { Department, Forum } from '../../../core/model';
import type { Store } from '../../store/store';
import { notFound } from './api-error';

export async function loadForum(store: Store, forumId: string): Promise<Forum> {
  const forum = await store.getForum(forumId);
  if (!forum) throw notFound('error.forumNotFound');
  return forum;
}

/** The department and its forum, or 404. */
export async function loadDepartment(
  store: Store,
  departmentId: string,
): Promise<{ forum: Forum; department: Department }> {
  const department = await store.getDepartment(departmentId);
  if (!department) throw notFound('error.departmentNotFound');
  return { forum: await loadForum(store, department.forumId), department };
}
