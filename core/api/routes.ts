/**
 * Every route of the tab's HTTP API. Paths are relative to the server origin.
 *
 * Authentication: `Authorization: Bearer <token>` on every route except those marked `auth: 'none'`
 * (dev routes) and `auth: 'ticket'` (the SSE stream, which takes `?access_token=<ticket>` because
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

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteAccess = 'none' | 'self' | 'member' | 'department' | 'organizer';

export interface RouteSpec {
  method: HttpMethod;
  path: string;
  access: RouteAccess;
  auth: 'bearer' | 'ticket' | 'none';
  /** Readable by every forum member when forum.settings.shareSummaries. */
  sharable?: boolean;
  /** Request body schema name in core/api/schemas.ts. */
  body?: string;
  /** Response type name in core/api/types.ts (or the media type for files). */
  response: string;
  devOnly?: boolean;
}

const r = (spec: RouteSpec) => spec;

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

  // administration (organizers of the forum)
  settings: r({
    method: 'GET',
    path: '/api/forums/:forumId/settings',
    access: 'organizer',
    auth: 'bearer',
    response: 'ForumSettingsResponse',
  }),
  updateSettings: r({
    method: 'PUT',
    path: '/api/forums/:forumId/settings',
    access: 'organizer',
    auth: 'bearer',
    body: 'forumUpdateSchema',
    response: 'ForumSettingsResponse',
  }),
  departments: r({
    method: 'GET',
    path: '/api/forums/:forumId/departments',
    access: 'organizer',
    auth: 'bearer',
    response: 'DepartmentsResponse',
  }),
  createDepartment: r({
    method: 'POST',
    path: '/api/forums/:forumId/departments',
    access: 'organizer',
    auth: 'bearer',
    body: 'departmentCreateSchema',
    response: 'DepartmentResponse',
  }),
  updateDepartment: r({
    method: 'PATCH',
    path: '/api/departments/:departmentId',
    access: 'organizer',
    auth: 'bearer',
    body: 'departmentUpdateSchema',
    response: 'DepartmentResponse',
  }),
  deleteDepartment: r({
    method: 'DELETE',
    path: '/api/departments/:departmentId',
    access: 'organizer',
    auth: 'bearer',
    response: 'DepartmentResponse',
  }),
  members: r({
    method: 'GET',
    path: '/api/forums/:forumId/members',
    access: 'organizer',
    auth: 'bearer',
    response: 'MembersResponse',
  }),
  createMember: r({
    method: 'POST',
    path: '/api/forums/:forumId/members',
    access: 'organizer',
    auth: 'bearer',
    body: 'memberCreateSchema',
    response: 'MemberResponse',
  }),
  updateMember: r({
    method: 'PATCH',
    path: '/api/members/:memberId',
    access: 'organizer',
    auth: 'bearer',
    body: 'memberUpdateSchema',
    response: 'MemberResponse',
  }),
  /** Two steps: without confirmation a preview and a code, nothing changed (see MemberRemovalConfirmationResponse). */
  deleteMember: r({
    method: 'DELETE',
    path: '/api/members/:memberId',
    access: 'organizer',
    auth: 'bearer',
    body: 'memberRemoveSchema',
    response: 'MemberRemovalConfirmationResponse | MemberRemovedResponse',
  }),
  importMembers: r({
    method: 'POST',
    path: '/api/forums/:forumId/members/import',
    access: 'organizer',
    auth: 'bearer',
    body: 'memberImportSchema',
    response: 'MemberImportResult',
  }),
  conversations: r({
    method: 'GET',
    path: '/api/forums/:forumId/conversations',
    access: 'organizer',
    auth: 'bearer',
    response: 'ConversationsResponse',
  }),

  // rounds & deliveries (organizers; through the scheduler's RoundsService)
  planProposal: r({
    method: 'GET',
    path: '/api/forums/:forumId/plan',
    access: 'organizer',
    auth: 'bearer',
    response: 'PlanProposalResponse',
  }),
  acceptPlan: r({
    method: 'POST',
    path: '/api/forums/:forumId/plan/accept',
    access: 'organizer',
    auth: 'bearer',
    response: 'AcceptPlanResponse',
  }),
  rounds: r({
    method: 'GET',
    path: '/api/forums/:forumId/rounds',
    access: 'organizer',
    auth: 'bearer',
    response: 'RoundsResponse',
  }),
  createRound: r({
    method: 'POST',
    path: '/api/forums/:forumId/rounds',
    access: 'organizer',
    auth: 'bearer',
    body: 'roundCreateSchema',
    response: 'RoundResponse',
  }),
  sendNow: r({
    method: 'POST',
    path: '/api/forums/:forumId/rounds/send-now',
    access: 'organizer',
    auth: 'bearer',
    body: 'sendNowSchema',
    response: 'RoundResponse',
  }),
  moveRound: r({
    method: 'PATCH',
    path: '/api/rounds/:roundId',
    access: 'organizer',
    auth: 'bearer',
    body: 'roundMoveSchema',
    response: 'RoundResponse',
  }),
  cancelRound: r({
    method: 'DELETE',
    path: '/api/rounds/:roundId',
    access: 'organizer',
    auth: 'bearer',
    response: 'RoundResponse',
  }),
  cardPreview: r({
    method: 'GET',
    path: '/api/rounds/:roundId/preview',
    access: 'organizer',
    auth: 'bearer',
    response: 'CardPreviewResponse',
  }),
  deliveries: r({
    method: 'GET',
    path: '/api/forums/:forumId/deliveries',
    access: 'organizer',
    auth: 'bearer',
    response: 'DeliveryStatusResponse',
  }),
  retryDelivery: r({
    method: 'POST',
    path: '/api/deliveries/:deliveryId/retry',
    access: 'organizer',
    auth: 'bearer',
    response: 'DeliveryResponse',
  }),
  cancelDelivery: r({
    method: 'POST',
    path: '/api/deliveries/:deliveryId/cancel',
    access: 'organizer',
    auth: 'bearer',
    response: 'DeliveryResponse',
  }),

  // privacy: the person themselves (GDPR art. 15, 17, 20)
  myData: r({
    method: 'GET',
    path: '/api/me/data',
    access: 'self',
    auth: 'bearer',
    response: 'SubjectDataResponse',
  }),
  myDataJson: r({
    method: 'GET',
    path: '/api/me/data/export.json',
    access: 'self',
    auth: 'bearer',
    response: 'application/json (SubjectDataResponse)',
  }),
  myDataDocx: r({
    method: 'GET',
    path: '/api/me/data/export.docx',
    access: 'self',
    auth: 'bearer',
    response: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }),
  eraseMyData: r({
    method: 'POST',
    path: '/api/me/data/delete',
    access: 'self',
    auth: 'bearer',
    body: 'eraseRequestSchema',
    response: 'ErasureConfirmationResponse | ErasureDoneResponse',
  }),

  // privacy: organizers, for a member who leaves (every view, download and deletion is audited)
  memberData: r({
    method: 'GET',
    path: '/api/members/:memberId/data',
    access: 'organizer',
    auth: 'bearer',
    response: 'SubjectDataResponse',
  }),
  memberDataJson: r({
    method: 'GET',
    path: '/api/members/:memberId/data/export.json',
    access: 'organizer',
    auth: 'bearer',
    response: 'application/json (SubjectDataResponse)',
  }),
  memberDataDocx: r({
    method: 'GET',
    path: '/api/members/:memberId/data/export.docx',
    access: 'organizer',
    auth: 'bearer',
    response: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }),
  eraseMemberData: r({
    method: 'POST',
    path: '/api/members/:memberId/data/delete',
    access: 'organizer',
    auth: 'bearer',
    body: 'eraseRequestSchema',
    response: 'ErasureConfirmationResponse | ErasureDoneResponse',
  }),
  retention: r({
    method: 'GET',
    path: '/api/forums/:forumId/retention',
    access: 'organizer',
    auth: 'bearer',
    response: 'RetentionResponse',
  }),

  // audit log (organizers; newest first, ?limit=1..500&before=<next>)
  audit: r({
    method: 'GET',
    path: '/api/forums/:forumId/audit',
    access: 'organizer',
    auth: 'bearer',
    response: 'AuditResponse',
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
