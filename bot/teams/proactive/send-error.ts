/**
 * What a failed send means for the delivery. Connector errors arrive from botbuilder as
 * @azure/core-rest-pipeline RestError: `statusCode`, `code`, and `response.headers.get(name)`;
 * a timeout aborts the request (`name === 'AbortError'`); a socket error has a `code`
 * such as ECONNRESET.
 */
export type SendFailure =
  /**
   * Try again later (429, 412, 502, 503, 504, timeout, connection trouble). `mayHaveArrived`: the
   * request had left and no answer came back (a timeout or a dropped connection), so Teams may
   * have accepted it; set by the sender, which knows whether the request left.
   */
  | {
      kind: 'transient';
      status: number | null;
      retryAfterMs: number | null;
      reason: string;
      mayHaveArrived?: boolean;
    }
  /** The bot cannot write there any more (403 blocked/removed, 404 conversation gone). */
  | { kind: 'unreachable'; status: number; reason: string }
  /** Anything else: retrying will not help. */
  | { kind: 'permanent'; status: number | null; reason: string };

const TRANSIENT_STATUS = new Set([408, 412, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'REQUEST_SEND_ERROR',
  'ECONNABORTED',
]);

interface HeaderBag {
  get?(name: string): string | undefined | null;
  [name: string]: unknown;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  statusCode?: unknown;
  status?: unknown;
  response?: { status?: unknown; headers?: HeaderBag; bodyAsText?: unknown } | undefined;
  details?: { error?: { code?: unknown; message?: unknown } } | undefined;
}

export function classifySendError(error: unknown, now: Date = new Date()): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const status = statusOf(e);
  const detail = errorCodeOf(e);
  if (e.name === 'LeaseLostError' || e.name === 'LimiterUnavailableError')
    return { kind: 'transient', status: null, retryAfterMs: null, reason: messageOf(e) };
  if (e.name === 'LocalRateLimitError') {
    const wait = (e as { retryAfterMs?: unknown }).retryAfterMs;
    return {
      kind: 'transient',
      status: null,
      retryAfterMs: typeof wait === 'number' ? wait : null,
      reason: 'rate limit: waiting for a slot would outlast the lease',
    };
  }
  if (status === null) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (e.name === 'AbortError' || e.name === 'TimeoutError')
      return { kind: 'transient', status: null, retryAfterMs: null, reason: 'timeout' };
    if (TRANSIENT_CODES.has(code))
      return { kind: 'transient', status: null, retryAfterMs: null, reason: `network: ${code}` };
    return { kind: 'permanent', status: null, reason: `error: ${messageOf(e)}` };
  }
  const reason = `HTTP ${status}${detail ? ` ${detail}` : ''}`;
  if (status === 403 || status === 404) return { kind: 'unreachable', status, reason };
  if (TRANSIENT_STATUS.has(status)) {
    return { kind: 'transient', status, retryAfterMs: retryAfterMs(e, now), reason };
  }
  return { kind: 'permanent', status, reason };
}

/** Errors raised before the request leaves. */
const NOT_SENT = new Set(['LocalRateLimitError', 'LeaseLostError', 'LimiterUnavailableError']);

/** Codes that mean the connection was never made, so the request cannot have reached Teams. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * True for an error that leaves open whether a request that had left reached the server: no
 * HTTP answer, and not a connection that was never made (a timeout, a reset, a broken socket).
 */
export function mayHaveArrived(error: unknown): boolean {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  if (statusOf(e) !== null || NOT_SENT.has(String(e.name))) return false;
  return !(typeof e.code === 'string' && NEVER_CONNECTED.has(e.code));
}

function statusOf(e: ErrorLike): number | null {
  for (const v of [e.statusCode, e.status, e.response?.status]) {
    if (typeof v === 'number' && v >= 100) return v;
  }
  return null;
}

function errorCodeOf(e: ErrorLike): string {
  const code = e.details?.error?.code ?? (typeof e.code === 'string' && !/^\d+$/.test(e.code) ? e.code : '');
  return typeof code === 'string' ? code.slice(0, 80) : '';
}

function messageOf(e: ErrorLike): string {
  return typeof e.message === 'string' ? e.message.slice(0, 200) : 'unknown';
}

function header(e: ErrorLike, name: string): string | undefined {
  const headers = e.response?.headers;
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds (null: absent or unreadable). */
export function retryAfterMs(e: ErrorLike, now: Date): number | null {
  const raw = header(e, 'retry-after');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
