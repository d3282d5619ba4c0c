import type { AppDeps } from '../app-deps';
import type { LeasedTable } from '../store/leased-queue';

/** Thrown before a request would leave when the worker no longer holds the lease of its work. */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
  constructor(what: string) {
    super(`the lease on ${what} was taken over (or could not be confirmed) before the send`);
  }
}

/** How often the heartbeat renews the worker's leases: three renewals fit in one lease. */
export function heartbeatMs(leaseMs: number): number {
  return Math.floor(leaseMs / 3);
}

/**
 * Keeps every lease of `owner` alive while a pass works (deliveries waiting in the batch,
 * on the rate limiter or on the connector): renews them every lease/3 in real time. A renewal that
 * fails is logged; if the lease then runs out and another worker claims it, the per-send check
 * (`confirmLease`) stops the send. Leases are in the scheduling clock, renewals in real time, so a
 * demo clock running faster only makes leases lapse, never lets two workers hold one.
 */
export function startLeaseHeartbeat(deps: AppDeps, owner: string): { stop(): Promise<void> } {
  const { leaseMs } = deps.config.scheduler;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      deps.store
        .renewLeases(owner, deps.clock.now().toISOString(), leaseMs)
        .catch((error: unknown) =>
          deps.log.warn({ owner, err: { message: (error as Error).message } }, 'lease heartbeat failed'),
        ),
    );
  }, heartbeatMs(leaseMs));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Right before a request leaves: extends this one lease (so it outlasts the request, whose timeout
 * is shorter than a lease) or throws LeaseLostError when another worker has it now.
 */
export function confirmLease(
  deps: AppDeps,
  queue: LeasedTable,
  id: string,
  owner: string,
): () => Promise<void> {
  return async () => {
    const held = await deps.store
      .renewLease(queue, id, owner, deps.clock.now().toISOString(), deps.config.scheduler.leaseMs)
      .catch(() => false); // not confirmed: do not send
    if (!held) throw new LeaseLostError(`${queue} ${id}`);
  };
}
