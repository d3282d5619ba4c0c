import type { ConnectorStandInOptions } from '../../tests/support/connector-stand-in';

/**
 * How the fan-out bench's stand-in answers, closer to Teams than the tests' default: a network
 * round trip (FANOUT_LATENCY_MS, default 100), refused requests that count toward the limits as
 * Teams counts every request, and Retry-After to the millisecond (FANOUT_RETRY_AFTER=whole-seconds
 * rounds it up to whole seconds instead: Teams' rate-limit page does not say which it sends).
 */
export function teamsLikeStandIn(): Pick<
  ConnectorStandInOptions,
  'latencyMs' | 'countRejected' | 'retryAfter'
> {
  const retryAfter = process.env.FANOUT_RETRY_AFTER ?? 'milliseconds';
  if (retryAfter !== 'milliseconds' && retryAfter !== 'whole-seconds')
    throw new Error(`FANOUT_RETRY_AFTER must be milliseconds or whole-seconds, not '${retryAfter}'`);
  return {
    latencyMs: Number(process.env.FANOUT_LATENCY_MS ?? 100),
    countRejected: process.env.FANOUT_COUNT_REJECTED !== 'false',
    retryAfter,
  };
}

export function describeStandIn(options: ReturnType<typeof teamsLikeStandIn>): string {
  return `round trip ${options.latencyMs} ms, refused requests ${options.countRejected ? 'count' : 'do not count'} toward the limits, Retry-After in ${options.retryAfter}`;
}
