import { json, route } from './contract';
import type { MemberRemovalConfirmationResponse, MemberRemovedResponse } from './privacy-types';
import type {
  AcceptPlanResponse,
  CardPreviewResponse,
  ConversationsResponse,
  DeliveryResponse,
  DeliveryStatusResponse,
  DepartmentResponse,
  DepartmentsResponse,
  ForumSettingsResponse,
  MemberImportResult,
  MemberResponse,
  MembersResponse,
  PlanProposalResponse,
  RoundResponse,
  RoundsResponse,
} from './types';

/** Administration, rounds and deliveries: organizers of the forum. */
export const ADMIN_ROUTES = {
  settings: route({
    method: 'GET',
    path: '/api/forums/:forumId/settings',
    auth: 'bearer',
    reply: json<ForumSettingsResponse>(),
  }),
  updateSettings: route({
    method: 'PUT',
    path: '/api/forums/:forumId/settings',
    auth: 'bearer',
    body: 'forumUpdateSchema',
    reply: json<ForumSettingsResponse>(),
  }),
  departments: route({
    method: 'GET',
    path: '/api/forums/:forumId/departments',
    auth: 'bearer',
    reply: json<DepartmentsResponse>(),
  }),
  createDepartment: route({
    method: 'POST',
    path: '/api/forums/:forumId/departments',
    auth: 'bearer',
    body: 'departmentCreateSchema',
    reply: json<DepartmentResponse>(),
  }),
  updateDepartment: route({
    method: 'PATCH',
    path: '/api/departments/:departmentId',
    auth: 'bearer',
    body: 'departmentUpdateSchema',
    reply: json<DepartmentResponse>(),
  }),
  /** Refused (409) while the department has answers. */
  deleteDepartment: route({
    method: 'DELETE',
    path: '/api/departments/:departmentId',
    auth: 'bearer',
    reply: json<DepartmentResponse>(),
  }),
  members: route({
    method: 'GET',
    path: '/api/forums/:forumId/members',
    auth: 'bearer',
    reply: json<MembersResponse>(),
  }),
  createMember: route({
    method: 'POST',
    path: '/api/forums/:forumId/members',
    auth: 'bearer',
    body: 'memberCreateSchema',
    reply: json<MemberResponse>(),
  }),
  updateMember: route({
    method: 'PATCH',
    path: '/api/members/:memberId',
    auth: 'bearer',
    body: 'memberUpdateSchema',
    reply: json<MemberResponse>(),
  }),
  /** Two steps: without a confirmation code a preview and a code, nothing changed. */
  deleteMember: route({
    method: 'DELETE',
    path: '/api/members/:memberId',
    auth: 'bearer',
    body: 'memberRemoveSchema',
    reply: json<MemberRemovalConfirmationResponse | MemberRemovedResponse>(),
  }),
  /** All-or-nothing: a dry run previews; a real run with a row in error is 422 `import_has_errors`. */
  importMembers: route({
    method: 'POST',
    path: '/api/forums/:forumId/members/import',
    auth: 'bearer',
    body: 'memberImportSchema',
    reply: json<MemberImportResult>(),
  }),
  conversations: route({
    method: 'GET',
    path: '/api/forums/:forumId/conversations',
    auth: 'bearer',
    reply: json<ConversationsResponse>(),
  }),

  // rounds & deliveries (through the scheduler's RoundsService)
  planProposal: route({
    method: 'GET',
    path: '/api/forums/:forumId/plan',
    auth: 'bearer',
    reply: json<PlanProposalResponse>(),
  }),
  acceptPlan: route({
    method: 'POST',
    path: '/api/forums/:forumId/plan/accept',
    auth: 'bearer',
    reply: json<AcceptPlanResponse>(),
  }),
  rounds: route({
    method: 'GET',
    path: '/api/forums/:forumId/rounds',
    auth: 'bearer',
    reply: json<RoundsResponse>(),
  }),
  createRound: route({
    method: 'POST',
    path: '/api/forums/:forumId/rounds',
    auth: 'bearer',
    body: 'roundCreateSchema',
    reply: json<RoundResponse>(),
  }),
  sendNow: route({
    method: 'POST',
    path: '/api/forums/:forumId/rounds/send-now',
    auth: 'bearer',
    body: 'sendNowSchema',
    reply: json<RoundResponse>(),
  }),
  moveRound: route({
    method: 'PATCH',
    path: '/api/rounds/:roundId',
    auth: 'bearer',
    body: 'roundMoveSchema',
    reply: json<RoundResponse>(),
  }),
  cancelRound: route({
    method: 'DELETE',
    path: '/api/rounds/:roundId',
    auth: 'bearer',
    reply: json<RoundResponse>(),
  }),
  cardPreview: route({
    method: 'GET',
    path: '/api/rounds/:roundId/preview',
    auth: 'bearer',
    query: 'cardPreviewQuerySchema',
    reply: json<CardPreviewResponse>(),
  }),
  deliveries: route({
    method: 'GET',
    path: '/api/forums/:forumId/deliveries',
    auth: 'bearer',
    query: 'deliveriesQuerySchema',
    reply: json<DeliveryStatusResponse>(),
  }),
  retryDelivery: route({
    method: 'POST',
    path: '/api/deliveries/:deliveryId/retry',
    auth: 'bearer',
    reply: json<DeliveryResponse>(),
  }),
  cancelDelivery: route({
    method: 'POST',
    path: '/api/deliveries/:deliveryId/cancel',
    auth: 'bearer',
    reply: json<DeliveryResponse>(),
  }),
};
