/**
 * Every route of the tab's HTTP API, by name: the server registers each from its entry
 * (bot/api/index.ts → the handler modules) and the tab calls it by name (`http.call('forum', …)`).
 * Paths are relative to the server origin. Authorization is not here: it is the one rule set in
 * bot/authz/rules.ts, asked by each handler; tests/bot/authz checks every route against it.
 *
 * Language: error messages follow `Accept-Language` (da default); exports take `?locale=da|en`.
 */

import { eventStream, file, json, route, type ApiRoute } from './contract';
import type { PrivacyNoticeResponse } from './privacy-notice';
import { ADMIN_ROUTES } from './routes-admin';
import { MEETING_ROUTES } from './routes-meetings';
import { PRIVACY_ROUTES } from './routes-privacy';
import { VOICE_ROUTES } from './routes-voices';
import type {
  DepartmentAnswersResponse,
  DepartmentSummaryResponse,
  ForumOverviewResponse,
  DevTokenResponse,
  DevUsersResponse,
  EventTicketResponse,
  ForumResponse,
  LiveChange,
  MeResponse,
  MyAnswersResponse,
  TakeawaysResponse,
} from './types';

export * from './contract';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
/** UTF-8 with BOM, `;`-separated in Danish and `,` in English, formula-neutralized. */
const CSV = 'text/csv; charset=utf-8';

/**
 * Word, PowerPoint and CSV of a department (who may read its summary) or of the forum (the overview's
 * readers). Word and PowerPoint are built whole (heavy); CSV streams row by row as the client reads.
 */
const EXPORTS = {
  departmentDocx: route({
    method: 'GET',
    path: '/api/departments/:departmentId/export.docx',
    auth: 'bearer',
    load: 'heavy',
    query: 'exportQuerySchema',
    reply: file(DOCX),
  }),
  departmentPptx: route({
    method: 'GET',
    path: '/api/departments/:departmentId/export.pptx',
    auth: 'bearer',
    load: 'heavy',
    query: 'exportQuerySchema',
    reply: file(PPTX),
  }),
  departmentCsv: route({
    method: 'GET',
    path: '/api/departments/:departmentId/answers.csv',
    auth: 'bearer',
    query: 'exportQuerySchema',
    reply: file(CSV),
  }),
  forumDocx: route({
    method: 'GET',
    path: '/api/forums/:forumId/export.docx',
    auth: 'bearer',
    load: 'heavy',
    query: 'exportQuerySchema',
    reply: file(DOCX),
  }),
  forumPptx: route({
    method: 'GET',
    path: '/api/forums/:forumId/export.pptx',
    auth: 'bearer',
    load: 'heavy',
    query: 'exportQuerySchema',
    reply: file(PPTX),
  }),
  forumCsv: route({
    method: 'GET',
    path: '/api/forums/:forumId/answers.csv',
    auth: 'bearer',
    query: 'exportQuerySchema',
    reply: file(CSV),
  }),
};

export const API = {
  // identity
  me: route({ method: 'GET', path: '/api/me', auth: 'bearer', reply: json<MeResponse>() }),
  myAnswers: route({
    method: 'GET',
    path: '/api/me/answers',
    auth: 'bearer',
    query: 'myAnswersQuerySchema',
    reply: json<MyAnswersResponse>(),
  }),

  // forum & summaries
  forum: route({ method: 'GET', path: '/api/forums/:forumId', auth: 'bearer', reply: json<ForumResponse>() }),
  overview: route({
    method: 'GET',
    path: '/api/forums/:forumId/overview',
    auth: 'bearer',
    load: 'heavy',
    reply: json<ForumOverviewResponse>(),
  }),
  departmentSummary: route({
    method: 'GET',
    path: '/api/departments/:departmentId/summary',
    auth: 'bearer',
    load: 'heavy',
    reply: json<DepartmentSummaryResponse>(),
  }),
  /** A page of a question's answers, newest first (`?limit=` ≤ 100, `?cursor=` the previous page's `nextCursor`). */
  departmentAnswers: route({
    method: 'GET',
    path: '/api/departments/:departmentId/questions/:questionId/answers',
    auth: 'bearer',
    query: 'answerPageQuerySchema',
    reply: json<DepartmentAnswersResponse>(),
  }),
  /** 409 carries `current` (text, version, updatedBy) when `expectedVersion` is not the stored one. */
  takeaways: route({
    method: 'PUT',
    path: '/api/departments/:departmentId/takeaways',
    auth: 'bearer',
    body: 'takeawaysUpdateSchema',
    reply: json<TakeawaysResponse>(),
  }),

  ...EXPORTS,

  // live events: a ticket (Bearer), then the stream with ?access_token=<ticket>
  eventTicket: route({
    method: 'POST',
    path: '/api/events/ticket',
    auth: 'bearer',
    reply: json<EventTicketResponse>(),
  }),
  events: route({
    method: 'GET',
    path: '/api/events',
    auth: 'ticket',
    query: 'eventsQuerySchema',
    reply: eventStream<LiveChange>(),
  }),

  ...ADMIN_ROUTES,
  ...MEETING_ROUTES,
  ...PRIVACY_ROUTES,
  ...VOICE_ROUTES,

  // public: the privacy page's facts of this deployment (no sign-in, no personal data)
  privacyNotice: route({
    method: 'GET',
    path: '/api/privacy-notice',
    auth: 'none',
    reply: json<PrivacyNoticeResponse>(),
  }),

  // dev sign-in mode only (404 otherwise, 403 off a loopback Host)
  devUsers: route({ method: 'GET', path: '/api/dev/users', auth: 'none', reply: json<DevUsersResponse>() }),
  devToken: route({
    method: 'POST',
    path: '/api/dev/token',
    auth: 'none',
    body: 'devTokenSchema',
    reply: json<DevTokenResponse>(),
  }),
} satisfies Record<string, ApiRoute>;

export type ApiRoutes = typeof API;
export type ApiRouteName = keyof ApiRoutes;

/** Header present on every /api response in dev sign-in mode. */
export const DEV_MODE_HEADER = 'X-Samskab-Dev-Mode';
