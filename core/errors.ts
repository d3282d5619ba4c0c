import { formatBoth, type MessageCatalog, type Params } from './i18n';
import type { Locale, Localized } from './model';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

export interface HttpErrorOptions {
  /** Per-field messages; keys are dotted paths ("settings.sendTime", "name.da"). */
  fields?: Record<string, Localized>;
  /** Response headers that belong to the error (WWW-Authenticate, Retry-After). */
  headers?: Record<string, string>;
  /** More top-level members of the JSON body, next to `error` (the stored takeaways on a conflict). */
  body?: Record<string, unknown>;
  /** Why, for the log only; never shown to the caller. */
  reason?: string;
}

/**
 * The one error a person caused or may not pass: bad input, a stale card, a conflict, a missing
 * sign-in. A status, a stable code and a message in every language, filled from a catalog where
 * it is thrown (see `catalogError`). The HTTP error handler (bot/http/errors.ts) writes it as JSON
 * in the request's language; the bot shows `text[locale]` in chat and cards. Never a crash.
 */
export class HttpError extends Error {
  readonly fields: Record<string, Localized>;
  readonly headers: Record<string, string>;
  readonly body: Record<string, unknown>;
  readonly reason: string | undefined;

  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    readonly text: Localized,
    options: HttpErrorOptions = {},
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'HttpError';
    this.fields = options.fields ?? {};
    this.headers = options.headers ?? {};
    this.body = options.body ?? {};
    this.reason = options.reason;
  }

  /** The per-field messages in one language. */
  fieldsIn(locale: Locale): Record<string, string> {
    return Object.fromEntries(Object.entries(this.fields).map(([k, v]) => [k, v[locale]]));
  }
}

export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError;
}

/**
 * The error factory of one catalog: `apiError(404, 'not_found', 'error.notFound')` fills the
 * entry's ICU message with `params` in both languages.
 */
export function catalogError<C extends MessageCatalog>(catalog: C) {
  return (
    status: ErrorStatus,
    code: string,
    key: keyof C & string,
    params: Params = {},
    options: HttpErrorOptions = {},
  ): HttpError => new HttpError(status, code, formatBoth(catalog[key] as Localized, params), options);
}
