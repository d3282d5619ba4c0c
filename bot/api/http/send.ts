import type { Request, Response } from 'restify';
import { apiMessages, type ApiErrorBody } from '../../../core/api';
import { isUserError } from '../../../core/errors';
import { formatBoth } from '../../../core/i18n';
import type { Locale, Localized } from '../../../core/model';
import type { Logger } from 'pino';
import { AuthError } from '../auth/identity';
import { ApiError } from './api-error';

export function sendJson(res: Response, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

export function sendFile(res: Response, file: { contentType: string; filename: string; data: Buffer }): void {
  res.writeHead(200, { ...attachmentHeaders(file), 'Content-Length': file.data.length });
  res.end(file.data);
}

/**
 * Streams a file as its chunks come (no Content-Length), waiting for the socket to drain, so a
 * large export holds one chunk at a time. A failure after the first chunk ends the response.
 */
export async function streamFile(
  res: Response,
  file: { contentType: string; filename: string },
  chunks: AsyncIterable<Buffer>,
): Promise<void> {
  let started = false;
  for await (const chunk of chunks) {
    if (!started) {
      res.writeHead(200, attachmentHeaders(file));
      started = true;
    }
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
  }
  if (!started) res.writeHead(200, attachmentHeaders(file));
  res.end();
}

/** The socket took the buffered data, or the client went away. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function attachmentHeaders(file: { contentType: string; filename: string }): Record<string, string> {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'Cache-Control': 'no-store',
  };
}

/** Answers any error thrown by a handler with the API's one error shape; 500s are logged, never detailed. */
export function sendApiError(req: Request, res: Response, locale: Locale, error: unknown, log: Logger): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const requestId = req.id();
  const body = (
    status: number,
    code: string,
    text: Localized,
    fields?: Record<string, Localized>,
  ): [number, ApiErrorBody] => [
    status,
    {
      error: {
        code,
        message: text[locale],
        text,
        ...(fields && Object.keys(fields).length ? { fields: localizeFields(fields, locale) } : {}),
        requestId,
      },
    },
  ];
  let out: [number, ApiErrorBody];
  if (error instanceof ApiError) {
    out = body(
      error.status,
      error.code,
      formatBoth(apiMessages[error.key], error.params),
      error.extra.fields,
    );
    if (error.extra.current) out[1].current = error.extra.current;
    if (error.extra.import) out[1].import = error.extra.import;
  } else if (error instanceof AuthError) {
    log.info({ requestId, reason: error.reason }, 'api: token rejected');
    res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
    out = body(401, 'unauthenticated', apiMessages['error.unauthenticated']);
  } else if (isUserError(error)) {
    out = body(error.status, error.code, error.text, error.fields);
  } else {
    log.error(
      {
        requestId,
        err: {
          name: (error as Error)?.name,
          message: (error as Error)?.message,
          stack: (error as Error)?.stack,
        },
      },
      'api: unexpected error',
    );
    out = body(500, 'internal', formatBoth(apiMessages['error.internal'], { requestId }));
  }
  sendJson(res, out[0], out[1]);
}

function localizeFields(fields: Record<string, Localized>, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[locale]]));
}
