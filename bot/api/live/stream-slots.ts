import type { Logger } from 'pino';
import type { EventStreamStore } from '../../store/store';

export interface StreamSlotOptions {
  /** Open streams per person, across every instance. */
  limit: number;
  /** This instance, as the owner of its streams' slots. */
  owner: string;
  /** A slot whose lease is not renewed within this long is free again (a crashed instance). Default 60 s. */
  leaseMs?: number;
  /** How often the instance renews its slots' leases. Default a third of the lease. */
  heartbeatMs?: number;
  log: Pick<Logger, 'warn'>;
}

export interface StreamSlots {
  /** Takes one of the person's slots for the stream; false when all are held (on any instance). */
  acquire(person: string, streamId: string): Promise<boolean>;
  /** Gives the slot back and stops renewing it. */
  release(person: string, streamId: string): Promise<void>;
  /** Renews the leases while the stream is open; `onLost` runs if another stream took its slot. */
  track(streamId: string, onLost: () => void): void;
  stop(): void;
}

/**
 * The per-person stream allowance, held in the store so it is atomic and holds across instances
 * (see Store.acquireEventStream). This instance renews the leases of its open streams on a
 * heartbeat; a stream whose slot was taken over (its lease ran out while this instance stalled)
 * is ended, so the allowance is never exceeded for longer than a heartbeat.
 */
export function createStreamSlots(store: EventStreamStore, options: StreamSlotOptions): StreamSlots {
  const leaseMs = options.leaseMs ?? 60_000;
  const heartbeatMs = options.heartbeatMs ?? Math.floor(leaseMs / 3);
  const tracked = new Map<string, { onLost: () => void; since: number }>();
  const leaseUntil = () => new Date(Date.now() + leaseMs).toISOString();
  let beats = 0;

  const heartbeat = async () => {
    if (tracked.size === 0) return;
    const beat = ++beats;
    try {
      const held = new Set(await store.renewEventStreams(options.owner, leaseUntil()));
      for (const [streamId, entry] of tracked) {
        // A stream tracked after this renewal started may not be in its answer yet.
        if (entry.since < beat && !held.has(streamId)) entry.onLost();
      }
    } catch (error) {
      options.log.warn({ err: { message: (error as Error).message } }, 'live: could not renew stream leases');
    }
  };
  const timer = setInterval(() => void heartbeat(), heartbeatMs);
  timer.unref();

  return {
    acquire: (person, streamId) =>
      store.acquireEventStream({
        person,
        streamId,
        owner: options.owner,
        limit: options.limit,
        now: new Date().toISOString(),
        leaseUntil: leaseUntil(),
      }),
    async release(person, streamId) {
      tracked.delete(streamId);
      await store.releaseEventStream(person, streamId);
    },
    track(streamId, onLost) {
      tracked.set(streamId, { onLost, since: beats });
    },
    stop() {
      clearInterval(timer);
    },
  };
}
