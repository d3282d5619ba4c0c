import { catalogError, type HttpError } from '../../core/errors';
import { privacyMessages, type PrivacyMessageKey } from './privacy-messages';

const fromCatalog = catalogError(privacyMessages);

/** An HttpError from the privacy catalog (the HTTP error handler answers it as JSON). */
export function privacyError(code: string, key: PrivacyMessageKey, status: 403 | 404 | 409 | 410): HttpError {
  return fromCatalog(status, code, key);
}
