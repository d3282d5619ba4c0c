import type { ApiErrorBody, ApiMessageKey } from '../../../core/api';
import type { Params } from '../../../core/i18n';
import type { Localized } from '../../../core/model';

export type ApiStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 503;

/** An error the API answers with a JSON body; the message is a catalog key (core/api/messages.ts). */
export class ApiError extends Error {
  constructor(
    readonly status: ApiStatus,
    readonly code: string,
    readonly key: ApiMessageKey,
    readonly params: Params = {},
    readonly extra: {
      fields?: Record<string, Localized>;
      current?: ApiErrorBody['current'];
      import?: ApiErrorBody['import'];
    } = {},
  ) {
    super(`${code}: ${key}`);
    this.name = 'ApiError';
  }
}

export const unauthenticated = () => new ApiError(401, 'unauthenticated', 'error.unauthenticated');
export const forbidden = () => new ApiError(403, 'forbidden', 'error.forbidden');
export const organizerOnly = () => new ApiError(403, 'organizer_only', 'error.organizerOnly');
export const notMember = () => new ApiError(403, 'not_member', 'error.notMember');
export const notFound = (key: ApiMessageKey = 'error.notFound') => new ApiError(404, 'not_found', key);
