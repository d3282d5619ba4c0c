import type { Localized } from './model';

/**
 * An error a person caused and can fix: bad input, a stale card, a conflict.
 * Carries a localized message and an HTTP-ish status; never a crash.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly text: Localized,
    readonly status: 400 | 403 | 404 | 409 | 410 | 413 | 422 = 400,
    readonly fields: Record<string, Localized> = {},
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
