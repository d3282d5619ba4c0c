import { UserError } from '../../core/errors';
import { privacyMessages, type PrivacyMessageKey } from './privacy-messages';

/** A localized UserError from the privacy catalog (the API's error handler answers it as JSON). */
export function privacyError(
  code: string,
  key: PrivacyMessageKey,
  status: 400 | 403 | 404 | 409 | 410 | 422 = 400,
): UserError {
  return new UserError(code, privacyMessages[key], status);
}
