import { HttpError } from '../../core/errors';
import { privacyMessages, type PrivacyMessageKey } from './privacy-messages';

/** An HttpError from the privacy catalog (the HTTP error handler answers it as JSON). */
export function privacyError(code: string, key: PrivacyMessageKey, status: 403 | 404 | 409 | 410): HttpError {
  return new HttpError(status, code, privacyMessages[key]);
}
