import { backoffMs, type SendFailure } from '../teams/proactive';

/** What a failed send or card update comes to: retried later, recorded as unreachable, or failed. */
export type FailureOutcome =
  | { state: 'retry'; nextAttemptAt: string; error: string }
  | { state: 'unreachable'; error: string }
  | { state: 'failed'; error: string };

/**
 * Classifies a failed send or card update. 403/404 (unreachable) is recorded and never retried;
 * a transient failure is retried with backoff (honouring Retry-After) until maxAttempts, then failed.
 * `attempts` counts the attempts before this one.
 */
export function classifyFailure(
  failure: SendFailure,
  attempts: number,
  now: Date,
  maxAttempts: number,
  random: () => number,
): FailureOutcome {
  const attempt = attempts + 1;
  if (failure.kind === 'unreachable') return { state: 'unreachable', error: failure.reason };
  if (failure.kind === 'transient' && attempt < maxAttempts) {
    const wait = backoffMs(attempt, failure.retryAfterMs, random);
    return {
      state: 'retry',
      nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
      error: failure.reason,
    };
  }
  const suffix = failure.kind === 'transient' ? ` (gave up after ${attempt} attempts)` : '';
  return { state: 'failed', error: `${failure.reason}${suffix}` };
}

/** A bug or a broken record, as a transient failure, so that it is retried a bounded number of times. */
export function internalFailure(error: unknown): SendFailure {
  const reason = `internal error: ${(error as Error).message ?? String(error)}`.slice(0, 300);
  return { kind: 'transient', status: null, retryAfterMs: null, reason };
}

/**
 * A send whose request left and got no answer (timeout, dropped connection): Teams may have
 * accepted it, and it offers no idempotency key, so it is recorded as failed, never resent
 * automatically; an organizer sees the reason and can retry it.
 */
export function uncertainSend(failure: SendFailure): { state: 'failed'; error: string } {
  return {
    state: 'failed',
    error: `${failure.reason}: no answer after the request was sent; ${MAY_HAVE_ARRIVED}`,
  };
}

/** Marks the recorded error of a send that may have arrived (see uncertainSend). */
export const MAY_HAVE_ARRIVED = 'it may have arrived, so it is not sent again automatically';

export function mayHaveArrivedRecorded(lastError: string | null): boolean {
  return lastError?.includes(MAY_HAVE_ARRIVED) ?? false;
}

/**
 * Claimed with `attempts` already at the limit (the earlier attempts' leases ran out before an
 * outcome was recorded): give up without another attempt. Null when attempts remain.
 */
export function gaveUpOnLostLeases(
  attempts: number,
  maxAttempts: number,
): { state: 'failed'; error: string; notAnAttempt: true } | null {
  if (attempts < maxAttempts) return null;
  return {
    state: 'failed',
    error: `gave up after ${attempts} attempts (the lease ran out before an outcome was recorded)`,
    notAnAttempt: true,
  };
}
