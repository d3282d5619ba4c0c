import type { HttpClient } from './http-client';
import type {
  AuditResponse,
  ErasureConfirmationResponse,
  ErasureDoneResponse,
  RetentionResponse,
  SubjectDataResponse,
} from './types';

const enc = encodeURIComponent;

export type SubjectExport = 'json' | 'docx';
export type ErasureStep = ErasureConfirmationResponse | ErasureDoneResponse;
/** The body of a delete request: empty for the first step, the code for the second. */
export type ErasureBody = { confirmToken?: string };

/**
 * The privacy and audit calls of the tab (core/api routes myData…audit). Separate from
 * ./endpoints so that only the pages that use them (loaded on demand) carry them.
 */
export function privacyEndpoints(http: HttpClient) {
  return {
    myData: () => http.json<SubjectDataResponse>('GET', '/api/me/data'),
    myDataExportPath: (kind: SubjectExport) => `/api/me/data/export.${kind}`,
    eraseMyData: (body: ErasureBody) => http.json<ErasureStep>('POST', '/api/me/data/delete', body),

    memberData: (memberId: string) =>
      http.json<SubjectDataResponse>('GET', `/api/members/${enc(memberId)}/data`),
    memberDataExportPath: (memberId: string, kind: SubjectExport) =>
      `/api/members/${enc(memberId)}/data/export.${kind}`,
    eraseMemberData: (memberId: string, body: ErasureBody) =>
      http.json<ErasureStep>('POST', `/api/members/${enc(memberId)}/data/delete`, body),

    retention: (forumId: string) =>
      http.json<RetentionResponse>('GET', `/api/forums/${enc(forumId)}/retention`),
    audit: (forumId: string, before?: string, limit = 25) =>
      http.json<AuditResponse>(
        'GET',
        `/api/forums/${enc(forumId)}/audit?limit=${limit}${before ? `&before=${enc(before)}` : ''}`,
      ),
  };
}

export type PrivacyEndpoints = ReturnType<typeof privacyEndpoints>;
