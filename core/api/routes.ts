/**
 * Every route of the tab's HTTP API. Paths are relative to the server origin.
 *
 * Authentication: `Authorization: Bearer <token>` on every route except those marked `auth: 'none'`
 * (dev routes, the public privacy notice) and `auth: 'ticket'` (the SSE stream, which takes `?access_token=<ticket>` because
 * EventSource cannot send headers; get a ticket from POST /api/events/ticket).
 * The token is the Teams SSO token (`authentication.getAuthToken()`), or in dev mode one from
 * POST /api/dev/token.
 *
 * Access: `member` — any member of the forum; `department` — members of that department,
 * organizers, and (for read routes marked `sharable`) everyone in the forum when
 * forum.settings.shareSummaries; `organizer` — organizers of the forum only.
 *
 * Language: error messages follow `Accept-Language` (da default); exports take `?locale=da|en`.
 */

import { r, type RouteSpec } from './route-spec';
import { ADMIN_ROUTES } from './routes-admin';
import { PRIVACY_ROUTES } from './routes-privacy';
import { VOICE_ROUTES } from './routes-voices';

export * from './route-spec';

export const API_ROUTES = {
  // identity
  me: r({ method: 'GET', path: '/api/me', access: 'self', auth: 'bearer', response: 'MeResponse' }),
  myAnswers: r({
    method: 'GET',
    path: '/api/me/answers',
    access: 'self',
    auth: 'bearer',
    response: 'MyAnswersResponse',
  }),

  // forum & summaries
  forum: r({
    method: 'GET',
    path: '/api/forums/:forumId',
    access: 'member',
    auth: 'bearer',
    response: 'ForumResponse',
  }),
  overview: r({
    method: 'GET',
    path: '/api/forums/:forumId/overview',
    access: 'organizer',
    sharable: true,
    auth: 'bearer',
    response: 'ForumOverviewResponse',
  }),
  departmentSummary: r({
    method: 'GET',
    path: '/api/departments/:departmentId/summary',
    access: 'department',
    sharable: true,
    auth: 'bearer',
    response: 'DepartmentSummaryResponse',
  }),
  departmentAnswers: r({
    method: 'GET',
    path: '/api/departments/:departmentId/questions/:questionId/answers',
    access: 'department',
    sharable: true,
    auth: 'bearer',
    response: 'DepartmentAnswersResponse',
  }),
  takeaways: r({
    method: 'PUT',
    path: '/api/departments/:departmentId/takeaways',
    access: 'department',
    auth: 'bearer',
    body: 'takeawaysUpdateSchema',
    response: 'TakeawaysResponse',
  }),

  // exports (files; Content-Disposition: attachment)
  departmentDocx: r({
    method: 'GET',
    path: '/api/departments/:departmentId/export.docx',
    access: 'department',
    sharable: true,
    auth: 'bearer',
    response: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }),
  departmentPptx: r({
    method: 'GET',
    path: '/api/departments/:departmentId/export.pptx',
    access: 'department',
    sharable: true,
    auth: 'bearer',
    response: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  }),
  departmentCsv: r({
    method: 'GET',
    path: '/api/departments/:departmentId/answers.csv',
    access: 'department',
    sharable: true,
    auth: 'bearer',
    response: 'text/csv; charset=utf-8 (with BOM)',
  }),
  forumDocx: r({
    method: 'GET',
    path: '/api/forums/:forumId/export.docx',
    access: 'organizer',
    sharable: true,
    auth: 'bearer',
    response: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }),
  forumPptx: r({
    method: 'GET',
    path: '/api/forums/:forumId/export.pptx',
    access: 'organizer',
    sharable: true,
    auth: 'bearer',
    response: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  }),
  forumCsv: r({
    method: 'GET',
    path: '/api/forums/:forumId/answers.csv',
    access: 'organizer',
    sharable: true,
    auth: 'bearer',
    response: 'text/csv; charset=utf-8 (with BOM)',
  }),

  // live events
  eventTicket: r({
    method: 'POST',
    path: '/api/events/ticket',
    access: 'self',
    auth: 'bearer',
    response: 'EventTicketResponse',
  }),
  events: r({
    method: 'GET',
    path: '/api/events',
    access: 'self',
    auth: 'ticket',
    response: 'text/event-stream of LiveChange',
  }),

  ...ADMIN_ROUTES,
  ...PRIVACY_ROUTES,
  ...VOICE_ROUTES,

  // public: the privacy page's facts of this deployment (no sign-in, no personal data)
  privacyNotice: r({
    method: 'GET',
    path: '/api/privacy-notice',
    access: 'none',
    auth: 'none',
    response: 'PrivacyNoticeResponse',
  }),

  // dev mode only (404 otherwise)
  devUsers: r({
    method: 'GET',
    path: '/api/dev/users',
    access: 'none',
    auth: 'none',
    devOnly: true,
    response: 'DevUsersResponse',
  }),
  devToken: r({
    method: 'POST',
    path: '/api/dev/token',
    access: 'none',
    auth: 'none',
    devOnly: true,
    body: 'devTokenSchema',
    response: 'DevTokenResponse',
  }),
} as const satisfies Record<string, RouteSpec>;

export type ApiRouteName = keyof typeof API_ROUTES;

/** Header present on every /api response in dev sign-in mode. */
export const DEV_MODE_HEADER = 'X-Samskab-Dev-Mode';

/** Fills `:params` of a route path (URI-encoded): apiPath('departmentSummary', { departmentId: 'd1' }). */
export function apiPath(
  name: ApiRouteName,
  params: Record<string, string> = {},
  query?: Record<string, string | undefined>,
): string {
  const path = API_ROUTES[name].path.replace(/:(\w+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`apiPath(${name}): missing :${key}`);
    return encodeURIComponent(value);
  });
  const qs = Object.entries(query ?? {})
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return qs ? `${path}?${qs}` : path;
}
