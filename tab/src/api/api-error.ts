/** An HTTP error from our API, carrying the server's localized message and per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reads `{ error: { code, message, fields } }`, tolerating anything else. */
export function toApiError(status: number, body: unknown, fallbackMessage: string): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' && error.message ? error.message : fallbackMessage;
  const fields: Record<string, string> = {};
  if (error?.fields && typeof error.fields === 'object') {
    for (const [k, v] of Object.entries(error.fields as Record<string, unknown>)) {
      if (typeof v === 'string') fields[k] = v;
    }
  }
  return new ApiError(status, code, message, fields, body);
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
