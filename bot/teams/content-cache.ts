import type { ChangeFeed, Store } from '../store/store';

const CACHED = new Set<string | symbol>(['getForum', 'listQuestions', 'listPrinciples']);
const INVALIDATING = new Set<string | symbol>(['saveForum', 'saveQuestions', 'savePrinciples']);

/**
 * The store as the bot sees it: a forum and its questions and principles, read on nearly every
 * card turn but changed rarely, are kept for `ttlMs` per process and dropped at once on a 'forum'
 * change notice (which reaches every instance through the change feed). Everything else passes through.
 */
export function withContentCache(store: Store, changes: ChangeFeed, ttlMs = 2000): Store {
  const cache = new Map<string, { until: number; value: Promise<unknown> }>();
  const forget = (forumId: string) => {
    for (const key of cache.keys()) if (key.endsWith(`:${forumId}`)) cache.delete(key);
  };
  changes.subscribe((change) => {
    if (change.topic === 'forum') forget(change.forumId);
  });
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const method = value.bind(target) as (...args: unknown[]) => Promise<unknown>;
      if (INVALIDATING.has(prop)) {
        return (...args: unknown[]) => {
          const first = args[0] as { id?: string } | string;
          forget(typeof first === 'string' ? first : (first?.id ?? ''));
          return method(...args);
        };
      }
      if (!CACHED.has(prop)) return method;
      return (forumId: string) => {
        const key = `${String(prop)}:${forumId}`;
        const now = performance.now();
        const hit = cache.get(key);
        if (hit && hit.until > now) return hit.value;
        const loaded = method(forumId);
        cache.set(key, { until: now + ttlMs, value: loaded });
        loaded.catch(() => cache.delete(key));
        return loaded;
      };
    },
  });
}
