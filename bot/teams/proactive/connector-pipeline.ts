import type { TurnContext } from 'botbuilder';

/**
 * botbuilder's ConnectorClient runs on an @azure/core-client pipeline whose default retry
 * policy silently retries 429/5xx/socket errors up to three times. Those hidden retries
 * bypass our rate limiter and make duplicate-counting after a crash impossible, so the
 * proactive sender owns retries: this removes the pipeline's retry policy, puts a per-request
 * timeout on the turn's connector client and runs `beforeSend` (the rate limiter) right before
 * each HTTP request leaves, so the limiter's timestamps match what Teams sees on the wire.
 * Returns false when the client does not look as expected (the caller then limits earlier).
 */
interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: { timeout: number }, next: (r: unknown) => Promise<unknown>): Promise<unknown>;
  }): void;
  getOrderedPolicies(): Array<{ name: string }>;
}

const TIMEOUT_POLICY = 'samskabRequestTimeout';

export function takeOverConnector(
  context: TurnContext,
  timeoutMs: number,
  beforeSend: () => Promise<{ done(): void }>,
): boolean {
  const adapter = context.adapter as unknown as { ConnectorClientKey?: symbol };
  if (!adapter.ConnectorClientKey) return false;
  const connector = context.turnState.get(adapter.ConnectorClientKey) as
    { client?: { pipeline?: PipelineLike } } | undefined;
  const pipeline = connector?.client?.pipeline;
  if (
    !pipeline ||
    typeof pipeline.removePolicy !== 'function' ||
    typeof pipeline.getOrderedPolicies !== 'function'
  )
    return false;
  pipeline.removePolicy({ name: TIMEOUT_POLICY });
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy({
    name: TIMEOUT_POLICY,
    sendRequest: async (request, next) => {
      const permit = await beforeSend();
      request.timeout = timeoutMs;
      try {
        return await next(request);
      } finally {
        permit.done();
      }
    },
  });
  return true;
}
