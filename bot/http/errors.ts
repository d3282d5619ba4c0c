import type { Request, Response } from 'restify';
import { isUserError } from '../../core/errors';
import { resolveLocale } from '../../core/i18n';
import type { Localized } from '../../core/model';

const INTERNAL: Localized = {
  da: 'Der skete en fejl hos os. Prøv igen om lidt; intet er gået tabt.',
  en: 'Something went wrong on our side. Please try again shortly; nothing was lost.',
};

/** The one JSON shape of every error the HTTP layer returns. */
export function sendError(req: Request, res: Response, error: unknown): void {
  const locale = resolveLocale(req.header('accept-language'));
  if (isUserError(error)) {
    const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v[locale]]));
    res.send(error.status, { error: { code: error.code, message: error.text[locale], fields } });
    return;
  }
  const status = httpStatusOf(error);
  if (status && status < 500) {
    res.send(status, { error: { code: codeOf(error), message: (error as Error).message } });
    return;
  }
  res.send(500, { error: { code: 'internal', message: INTERNAL[locale], requestId: req.id() } });
}

function httpStatusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown };
  return typeof e?.statusCode === 'number' ? e.statusCode : undefined;
}

function codeOf(error: unknown): string {
  const e = error as { body?: { code?: unknown } };
  return typeof e?.body?.code === 'string' ? e.body.code : 'bad_request';
}
