/**
 * Shares one in-flight load between concurrent callers with the same key, and forgets it as
 * soon as it settles (no caching, so nothing is ever stale). A saved answer makes every open
 * tab of the department refetch its summary at once; they then cost one build, not N.
 */
export function coalescing<A extends unknown[], V>(
  keyOf: (...args: A) => string,
  load: (...args: A) => Promise<V>,
): (...args: A) => Promise<V> {
  const inflight = new Map<string, Promise<V>>();
  return (...args) => {
    const key = keyOf(...args);
    const running = inflight.get(key);
    if (running) return running;
    const started = load(...args).finally(() => inflight.delete(key));
    inflight.set(key, started);
    return started;
  };
}
