import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { ApiErrorBody, ApiMessageKey } from '../../core/api';
import { isHttpError, type ErrorStatus, type HttpError } from '../../core/errors';
import { apiError } from '../api/http/api-error';
import { requestLocale } from '../api/http/locale';

/**
 * restify's own errors (raised before a route handler runs), by restify-errors code, with the
 * API's code and localized message: a body over BODY_LIMIT_BYTES, a body that is not JSON, an
 * unknown route, a wrong method, a body that is not JSON by content type.
 */
const RESTIFY_ERRORS: Record<string, { code: string; key: ApiMessageKey }> = {
  PayloadTooLarge: { code: 'too_large', key: 'error.tooLarge' },
  RequestEntityTooLarge: { code: 'too_large', key: 'error.tooLarge' },
  InvalidContent: { code: 'validation', key: 'error.badJson' },
  ResourceNotFound: { code: 'not_found', key: 'error.notFound' },
  MethodNotAllowed: { code: 'method_not_allowed', key: 'error.methodNotAllowed' },
  UnsupportedMediaType: { code: 'unsupported_media_type', key: 'error.unsupportedMediaType' },
};

/**
 * The one writer of every JSON error, for route handlers and restify alike, in the request's
 * language (`?locale=`, else Accept-Language, Danish by default):
 * `{ error: { code, message, text, fields, requestId } }` plus the error's own body members and
 * headers. Anything that is no HttpError is a 500 with the request id: logged, never detailed.
 */
export function sendError(req: Request, res: Response, error: unknown, log: Logger): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const requestId = req.id();
  const locale = requestLocale(req);
  const known = asHttpError(error, requestId, log);
  if (known.reason) log.info({ requestId, code: known.code, reason: known.reason }, 'http: refused');
  const body: ApiErrorBody = {
    error: {
      code: known.code,
      message: known.text[locale],
      text: known.text,
      fields: known.fieldsIn(locale),
      requestId,
    },
    ...known.body,
  };
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.sendRaw(known.status, data, {
    ...known.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
  });
}

function asHttpError(error: unknown, requestId: string, log: Logger): HttpError {
  if (isHttpError(error)) return error;
  const status = httpStatusOf(error);
  if (status && status < 500) {
    const known = RESTIFY_ERRORS[restifyCodeOf(error)];
    // restify's 4xx passes through as it is.
    const as = status as ErrorStatus;
    if (known) return apiError(as, known.code, known.key);
    if (status === 404) return apiError(404, 'not_found', 'error.notFound');
    return apiError(as, 'bad_request', status === 413 ? 'error.tooLarge' : 'error.badRequest');
  }
  const e = error as Error | undefined;
  log.error(
    { requestId, err: { name: e?.name, message: e?.message, stack: e?.stack } },
    'http: unexpected error',
  );
  return apiError(500, 'internal', 'error.internal', { requestId });
}

function httpStatusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown };
  return typeof e?.statusCode === 'number' ? e.statusCode : undefined;
}

function restifyCodeOf(error: unknown): string {
  const e = error as { body?: { code?: unknown }; restCode?: unknown };
  if (typeof e?.body?.code === 'string') return e.body.code;
  return typeof e?.restCode === 'string' ? e.restCode : '';
}
