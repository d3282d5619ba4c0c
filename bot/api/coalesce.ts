import type { Slot } from './http/admission';

/**
 * Shares one in-flight load between concurrent callers with the same key, and forgets it as
 * soon as it settles (no caching, so nothing is ever stale). A saved answer makes every open
 * tab of the department refetch its summary at once; they then cost one build, not N.
 *
 * With admission (bot/api/http/admission.ts): the caller that starts the load runs it in its own
 * slot, so every build counts toward the limit; a caller that joins a load already running waits
 * without a slot (Slot.awaitShared) and takes one again to finish.
 */
export function coalescing<A extends unknown[], V>(
  keyOf: (...args: A) => string,
  load: (...args: A) => Promise<V>,
): (slot: Slot, ...args: A) => Promise<V> {
  const inflight = new Map<string, Promise<V>>();
  return (slot, ...args) => {
    const key = keyOf(...args);
    const running = inflight.get(key);
    if (running) return slot.awaitShared(running);
    const started = load(...args).finally(() => inflight.delete(key));
    inflight.set(key, started);
    return started;
  };
}
