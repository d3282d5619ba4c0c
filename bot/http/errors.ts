import type { Request, Response } from 'restify';
import { apiMessages, type ApiMessageKey } from '../../core/api';
import { isUserError } from '../../core/errors';
import { formatBoth } from '../../core/i18n';
import type { Locale, Localized } from '../../core/model';
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
 * The one JSON shape of every error the HTTP layer returns, in the request's language
 * (`?locale=`, else Accept-Language, Danish by default): `{ error: { code, message, text, fields, requestId } }`.
 */
export function sendError(req: Request, res: Response, error: unknown): void {
  const locale = requestLocale(req);
  if (isUserError(error)) {
    const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v[locale]]));
    send(req, res, error.status, error.code, error.text, locale, fields);
    return;
  }
  const status = httpStatusOf(error);
  if (status && status < 500) {
    const known = RESTIFY_ERRORS[restifyCodeOf(error)];
    const code = known?.code ?? (status === 404 ? 'not_found' : 'bad_request');
    const key: ApiMessageKey =
      known?.key ??
      (status === 404 ? 'error.notFound' : status === 413 ? 'error.tooLarge' : 'error.badRequest');
    send(req, res, status, code, apiMessages[key], locale);
    return;
  }
  const requestId = req.id();
  const text = apiMessages['error.internal'];
  send(req, res, 500, 'internal', formatBoth(text, { requestId }), locale);
}

function send(
  req: Request,
  res: Response,
  status: number,
  code: string,
  text: Localized,
  locale: Locale,
  fields: Record<string, string> = {},
): void {
  res.send(status, { error: { code, message: text[locale], text, fields, requestId: req.id() } });
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
