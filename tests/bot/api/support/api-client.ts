import type { AppDeps } from '../../../../bot/app-deps';
import type { Forum, Member } from '../../../../core/model';

export interface CallOptions {
  token?: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** fetch against the test server; JSON in and out. */

export async function call<T = any>(
  url: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url + path, {
    method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'),
    headers,
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    redirect: 'manual',
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** Dev sign-in: a token for the member with this Entra object id. */
export async function devToken(url: string, aadObjectId: string): Promise<string> {
  const res = await call<{ token: string }>(url, '/api/dev/token', { body: { aadObjectId } });
  if (res.status !== 200) throw new Error(`dev token: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** The example forum's cast: the organizer, the facilitator, and chefs by department. */
export async function cast(deps: AppDeps, forumId: string) {
  const members = await deps.store.listMembers(forumId);
  const departments = (await deps.store.listDepartments(forumId)).sort((a, b) => a.sortOrder - b.sortOrder);
  const organizer = members.find((m) => m.role === 'organizer')!;
  const facilitator = members.find((m) => m.role === 'facilitator')!;
  const chefsOf = (departmentId: string): Member[] =>
    members.filter((m) => m.role === 'chef' && m.departmentIds.includes(departmentId));
  return { members, departments, organizer, facilitator, chefsOf };
}

/** The body of PUT /api/forums/:id/settings that keeps a forum as it is (tests change what they need). */
export function settingsUpdateOf(forum: Forum) {
  return {
    name: forum.name,
    assignment: forum.assignment,
    kickoffDate: forum.kickoffDate,
    finalMeetingDate: forum.finalMeetingDate,
    timeZone: forum.timeZone,
    defaultLocale: forum.defaultLocale,
    settings: forum.settings,
  };
}
