import { apiMessages } from '../../../core/api';
import { privacyMessages } from '../../../bot/privacy/privacy-messages';
import type { Localized } from '../../../core/model';
import { changedTables, type DbSnapshotter } from './db-snapshot';
import { expectedLocale } from './hostile-values';
import { count } from './tally';

export interface ProbeRequest {
  method: string;
  path: string;
  token?: string;
  /** A JSON value to send, or a raw string (sent as is with content-type JSON). */
  body?: unknown;
  raw?: string;
  acceptLanguage?: string;
}

const templates = (catalogs: Array<Record<string, Localized>>, locale: 'da' | 'en') =>
  catalogs.flatMap((c) =>
    Object.values(c).map(
      (t) => new RegExp(`^${t[locale].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.*')}$`, 's'),
    ),
  );
const KNOWN = {
  da: templates([apiMessages, privacyMessages], 'da'),
  en: templates([apiMessages, privacyMessages], 'en'),
};

/**
 * Sends one hostile request and checks the rules: never a 5xx; a rejection (4xx) changes nothing
 * in the database and says why in the caller's language (Danish by default).
 * Returns a failure description, or null.
 */
export async function probe(
  baseUrl: string,
  endpoint: string,
  request: ProbeRequest,
  snapshots: DbSnapshotter,
): Promise<string | null> {
  const before = await snapshots.take();
  const headers: Record<string, string> = {};
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.acceptLanguage !== undefined) headers['accept-language'] = request.acceptLanguage;
  const payload = request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(baseUrl + request.path, { method: request.method, headers, body: payload });
  const text = await res.text();
  const failure = judge(res.status, text, request, before, await snapshots.take());
  count(endpoint, failure ? 'failure' : res.status < 400 ? 'accepted' : 'rejected');
  return failure
    ? `${endpoint} ${request.method} ${request.path.slice(0, 120)} -> ${res.status}: ${failure}\nbody sent: ${String(payload).slice(0, 300)}\nanswer: ${text.slice(0, 300)}`
    : null;
}

/** restify's own errors (bad JSON, body too large, no such route): their localization is checked in limits.test.ts. */
const FRAMEWORK_CODES = new Set([
  'PayloadTooLarge',
  'InvalidContent',
  'ResourceNotFound',
  'BadRequest',
  'UnsupportedMediaType',
  'MethodNotAllowed',
  'RequestEntityTooLarge',
]);
export const frameworkGaps = new Map<string, number>();

function judge(
  status: number,
  text: string,
  request: ProbeRequest,
  before: Record<string, string>,
  after: Record<string, string>,
): string | null {
  if (status >= 500) return 'server error';
  if (status < 400) return null;
  const changed = changedTables(before, after);
  if (changed.length > 0) return `rejected, but changed ${changed.join(', ')}`;
  // Node refuses over-long URLs and headers itself, before any of our code runs.
  if ((status === 414 || status === 431) && text === '') return null;
  let body: { error?: { message?: unknown; text?: Localized } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return 'error answer is not JSON';
  }
  const message = body.error?.message;
  if (typeof message !== 'string' || !message.trim()) return 'error without a message';
  const locale = expectedLocale(request.acceptLanguage);
  if (body.error?.text) return body.error.text[locale] === message ? null : `message not in ${locale}`;
  if (KNOWN[locale].some((re) => re.test(message))) return null;
  const code = (body.error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && FRAMEWORK_CODES.has(code)) {
    frameworkGaps.set(`${status} ${code}`, (frameworkGaps.get(`${status} ${code}`) ?? 0) + 1);
    return null;
  }
  return `message not localized to ${locale}: ${message.slice(0, 80)}`;
}
