import type { ChangeFeed, ChangeNotice, Store } from '../store/store';

/** Reads the bot makes on nearly every card turn, of data that changes rarely. */
const CACHED: Record<string, ChangeNotice['topic']> = {
  getForum: 'forum',
  listQuestions: 'forum',
  listPrinciples: 'forum',
  getDepartment: 'forum',
  findMembersByAadObjectId: 'member',
  /** A card's round (its questions and date); every submit from a round card reads it. */
  getRound: 'round',
};

/** Writes through this store that make cached reads of a topic stale. */
const WRITES: Record<string, ChangeNotice['topic']> = {
  saveForum: 'forum',
  saveQuestions: 'forum',
  savePrinciples: 'forum',
  saveDepartment: 'forum',
  deleteDepartment: 'forum',
  saveMember: 'member',
  deleteMember: 'member',
  saveRound: 'round',
  transitionRound: 'round',
};

/**
 * The store as the bot sees it: forum content and who-is-who are kept for `ttlMs` per process and
 * dropped at once on a change notice of their topic (notices reach every instance through the
 * change feed) or a write through this store. Everything else passes straight through.
 */
export function withContentCache(store: Store, changes: ChangeFeed, ttlMs = 2000): Store {
  const cache = new Map<string, { until: number; topic: ChangeNotice['topic']; value: Promise<unknown> }>();
  const forget = (topic: ChangeNotice['topic']) => {
    for (const [key, entry] of cache) if (entry.topic === topic) cache.delete(key);
  };
  changes.subscribe((change) => forget(change.topic));
  const wrap = (prop: string, method: (...args: unknown[]) => Promise<unknown>): unknown => {
    const written = WRITES[prop];
    if (written) {
      return async (...args: unknown[]) => {
        forget(written);
        try {
          return await method(...args);
        } finally {
          forget(written);
        }
      };
    }
    const topic = CACHED[prop];
    if (!topic) return method;
    return (arg: string) => {
      const key = `${prop}:${arg}`;
      const now = performance.now();
      const hit = cache.get(key);
      if (hit && hit.until > now) return hit.value;
      const loaded = method(arg);
      cache.set(key, { until: now + ttlMs, topic, value: loaded });
      loaded.catch(() => cache.delete(key));
      return loaded;
    };
  };
  // One wrapper per method, made on first use (not a new bound function on every call).
  const wrapped = new Map<string, { method: unknown; wrapper: unknown }>();
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      const known = wrapped.get(prop);
      if (known?.method === value) return known.wrapper;
      const wrapper = wrap(prop, value.bind(target) as (...args: unknown[]) => Promise<unknown>);
      wrapped.set(prop, { method: value, wrapper });
      return wrapper;
    },
  });
}
