import { file, json, route } from './contract';
import type {
  AuditResponse,
  ErasureConfirmationResponse,
  ErasureDoneResponse,
  RetentionResponse,
  SubjectDataResponse,
} from './privacy-types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const JSON_FILE = 'application/json; charset=utf-8';

/**
 * Data subject rights and the audit log. Deletion takes two steps: `{}` answers
 * `ErasureConfirmationResponse` (nothing deleted); `{ confirmToken }` within 15 minutes erases.
 */
export const PRIVACY_ROUTES = {
  // the person themselves (GDPR art. 15, 17, 20)
  myData: route({
    method: 'GET',
    path: '/api/me/data',
    auth: 'bearer',
    query: 'subjectDataQuerySchema',
    reply: json<SubjectDataResponse>(),
  }),
  myDataJson: route({
    method: 'GET',
    path: '/api/me/data/export.json',
    auth: 'bearer',
    query: 'subjectDataQuerySchema',
    reply: file(JSON_FILE),
  }),
  myDataDocx: route({
    method: 'GET',
    path: '/api/me/data/export.docx',
    auth: 'bearer',
    query: 'subjectDataQuerySchema',
    reply: file(DOCX),
  }),
  eraseMyData: route({
    method: 'POST',
    path: '/api/me/data/delete',
    auth: 'bearer',
    body: 'eraseRequestSchema',
    reply: json<ErasureConfirmationResponse | ErasureDoneResponse>(),
  }),

  // organizers, for a member who leaves (every view, download and deletion is audited)
  memberData: route({
    method: 'GET',
    path: '/api/members/:memberId/data',
    auth: 'bearer',
    reply: json<SubjectDataResponse>(),
  }),
  memberDataJson: route({
    method: 'GET',
    path: '/api/members/:memberId/data/export.json',
    auth: 'bearer',
    query: 'exportQuerySchema',
    reply: file(JSON_FILE),
  }),
  memberDataDocx: route({
    method: 'GET',
    path: '/api/members/:memberId/data/export.docx',
    auth: 'bearer',
    query: 'exportQuerySchema',
    reply: file(DOCX),
  }),
  eraseMemberData: route({
    method: 'POST',
    path: '/api/members/:memberId/data/delete',
    auth: 'bearer',
    body: 'eraseRequestSchema',
    reply: json<ErasureConfirmationResponse | ErasureDoneResponse>(),
  }),
  retention: route({
    method: 'GET',
    path: '/api/forums/:forumId/retention',
    auth: 'bearer',
    reply: json<RetentionResponse>(),
  }),

  // the audit log, newest first (?limit=1..500&before=<next>)
  audit: route({
    method: 'GET',
    path: '/api/forums/:forumId/audit',
    auth: 'bearer',
    query: 'auditQuerySchema',
    reply: json<AuditResponse>(),
  }),
};
