import { r } from './route-spec';

/** Data subject rights and the audit log. */
export const PRIVACY_ROUTES = {
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
};
