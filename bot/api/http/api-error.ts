import { apiMessages, type ApiMessageKey } from '../../../core/api';
import { catalogError, type HttpError } from '../../../core/errors';

/** An HttpError from the API's catalog (core/api/messages.ts). */
export const apiError = catalogError(apiMessages);

/** No token, or one that failed a check: `reason` goes to the log, never to the caller. */
export const unauthenticated = (reason = 'unauthenticated'): HttpError =>
  apiError(
    401,
    'unauthenticated',
    'error.unauthenticated',
    {},
    { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' }, reason },
  );
export const forbidden = () => apiError(403, 'forbidden', 'error.forbidden');
export const organizerOnly = () => apiError(403, 'organizer_only', 'error.organizerOnly');
export const notMember = () => apiError(403, 'not_member', 'error.notMember');
export const notFound = (key: ApiMessageKey = 'error.notFound') => apiError(404, 'not_found', key);
