import type { Locale } from '../../../core/model';
import type { HttpClient } from './http-client';
import type {
  CardPreviewResponse,
  ConversationsResponse,
  DeliveryResponse,
  DeliveryStatusResponse,
  DepartmentResponse,
  DepartmentAnswersResponse,
  DepartmentSummaryResponse,
  DepartmentsResponse,
  DevTokenResponse,
  DevUsersResponse,
  ForumOverviewResponse,
  ForumResponse,
  ForumSettingsResponse,
  MeResponse,
  MemberImportResult,
  MemberRemovalConfirmationResponse,
  MemberRemovedResponse,
  MemberResponse,
  MembersResponse,
  MyAnswersResponse,
  PlanProposalResponse,
  RoundResponse,
  RoundsResponse,
  TakeawaysResponse,
} from './types';
import type {
  DepartmentCreate,
  DepartmentUpdate,
  ForumUpdate,
  MemberCreate,
  MemberRemove,
  MemberUpdate,
  RoundCreate,
} from '../../../core/api/schemas';

const enc = encodeURIComponent;

export type ExportFormat = 'docx' | 'pptx' | 'csv';

function pageQuery(page: { cursor?: string | null; limit?: number }): string {
  const parts = [
    page.cursor ? `cursor=${enc(page.cursor)}` : null,
    page.limit !== undefined ? `limit=${page.limit}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? `?${parts.join('&')}` : '';
}

function exportFile(format: ExportFormat): string {
  return format === 'csv' ? 'answers.csv' : `export.${format}`;
}

/** Every API call of the tab, typed by the contract in core/api/types.ts. */
export function endpoints(http: HttpClient) {
  return {
    me: () => http.json<MeResponse>('GET', '/api/me'),
    forum: (forumId: string) => http.json<ForumResponse>('GET', `/api/forums/${enc(forumId)}`),
    summary: (departmentId: string) =>
      http.json<DepartmentSummaryResponse>('GET', `/api/departments/${enc(departmentId)}/summary`),
    /** One page of a question's answers in a department, newest first; `cursor` from the previous page. */
    answers: (
      departmentId: string,
      questionId: string,
      page: { cursor?: string | null; limit?: number } = {},
    ) =>
      http.json<DepartmentAnswersResponse>(
        'GET',
        `/api/departments/${enc(departmentId)}/questions/${enc(questionId)}/answers${pageQuery(page)}`,
      ),
    saveTakeaways: (departmentId: string, text: string, expectedVersion: number) =>
      http.json<TakeawaysResponse>('PUT', `/api/departments/${enc(departmentId)}/takeaways`, {
        text,
        expectedVersion,
      }),
    overview: (forumId: string) =>
      http.json<ForumOverviewResponse>('GET', `/api/forums/${enc(forumId)}/overview`),
    myAnswers: (forumId?: string) =>
      http.json<MyAnswersResponse>('GET', `/api/me/answers${forumId ? `?forumId=${enc(forumId)}` : ''}`),
    exportPath: (departmentId: string, format: ExportFormat, locale: Locale) =>
      `/api/departments/${enc(departmentId)}/${exportFile(format)}?locale=${locale}`,
    overviewExportPath: (forumId: string, format: ExportFormat, locale: Locale) =>
      `/api/forums/${enc(forumId)}/${exportFile(format)}?locale=${locale}`,

    // administration
    settings: (forumId: string) =>
      http.json<ForumSettingsResponse>('GET', `/api/forums/${enc(forumId)}/settings`),
    saveSettings: (forumId: string, body: ForumUpdate) =>
      http.json<ForumSettingsResponse>('PUT', `/api/forums/${enc(forumId)}/settings`, body),
    departments: (forumId: string) =>
      http.json<DepartmentsResponse>('GET', `/api/forums/${enc(forumId)}/departments`),
    createDepartment: (forumId: string, body: DepartmentCreate) =>
      http.json<DepartmentResponse>('POST', `/api/forums/${enc(forumId)}/departments`, body),
    updateDepartment: (departmentId: string, body: DepartmentUpdate) =>
      http.json<DepartmentResponse>('PATCH', `/api/departments/${enc(departmentId)}`, body),
    members: (forumId: string) => http.json<MembersResponse>('GET', `/api/forums/${enc(forumId)}/members`),
    createMember: (forumId: string, body: MemberCreate) =>
      http.json<MemberResponse>('POST', `/api/forums/${enc(forumId)}/members`, body),
    updateMember: (memberId: string, body: MemberUpdate) =>
      http.json<MemberResponse>('PATCH', `/api/members/${enc(memberId)}`, body),
    /** Two steps: without a confirmToken a preview and a code (nothing changed); with it, the removal. */
    removeMember: (memberId: string, body: MemberRemove) =>
      http.json<MemberRemovalConfirmationResponse | MemberRemovedResponse>(
        'DELETE',
        `/api/members/${enc(memberId)}`,
        body,
      ),
    importMembers: (forumId: string, csv: string, dryRun: boolean) =>
      http.json<MemberImportResult>('POST', `/api/forums/${enc(forumId)}/members/import`, { csv, dryRun }),
    conversations: (forumId: string) =>
      http.json<ConversationsResponse>('GET', `/api/forums/${enc(forumId)}/conversations`),
    proposedPlan: (forumId: string) =>
      http.json<PlanProposalResponse>('GET', `/api/forums/${enc(forumId)}/plan`),
    acceptPlan: (forumId: string) =>
      http.json<RoundsResponse>('POST', `/api/forums/${enc(forumId)}/plan/accept`, {}),
    rounds: (forumId: string) => http.json<RoundsResponse>('GET', `/api/forums/${enc(forumId)}/rounds`),
    createRound: (forumId: string, body: RoundCreate) =>
      http.json<RoundResponse>('POST', `/api/forums/${enc(forumId)}/rounds`, body),
    moveRound: (roundId: string, localDate: string, localTime: string, acceptOutsideHours = false) =>
      http.json<RoundResponse>('PATCH', `/api/rounds/${enc(roundId)}`, {
        localDate,
        localTime,
        acceptOutsideHours,
      }),
    cancelRound: (roundId: string) => http.json<RoundResponse>('DELETE', `/api/rounds/${enc(roundId)}`),
    preview: (roundId: string, locale: Locale, memberId?: string) =>
      http.json<CardPreviewResponse>(
        'GET',
        `/api/rounds/${enc(roundId)}/preview?locale=${locale}${memberId ? `&memberId=${enc(memberId)}` : ''}`,
      ),
    deliveries: (forumId: string, roundId?: string) =>
      http.json<DeliveryStatusResponse>(
        'GET',
        `/api/forums/${enc(forumId)}/deliveries${roundId ? `?roundId=${enc(roundId)}` : ''}`,
      ),
    retryDelivery: (deliveryId: string) =>
      http.json<DeliveryResponse>('POST', `/api/deliveries/${enc(deliveryId)}/retry`, {}),
    cancelDelivery: (deliveryId: string) =>
      http.json<DeliveryResponse>('POST', `/api/deliveries/${enc(deliveryId)}/cancel`, {}),

    // dev mode (no token)
    devUsers: () => http.json<DevUsersResponse>('GET', '/api/dev/users'),
    devToken: (aadObjectId: string) => http.json<DevTokenResponse>('POST', '/api/dev/token', { aadObjectId }),
  };
}

export type Endpoints = ReturnType<typeof endpoints>;
