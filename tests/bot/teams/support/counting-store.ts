import type { ChangeFeed, Store } from '../../../../bot/store/store';

export interface Counted {
  store: Store;
  changes: ChangeFeed;
  /** Calls by method name; the change feed's as "changes.publish" etc. */
  calls: Map<string, number>;
}

/** The store and change feed with every call counted by name (each store call is a database round trip). */
export function countingStore(opened: { store: Store; changes: ChangeFeed }): Counted {
  const calls = new Map<string, number>();
  const wrap = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const value = Reflect.get(t, prop, receiver) as unknown;
        if (typeof value !== 'function' || typeof prop !== 'string') return value;
        return (...args: unknown[]) => {
          const name = `${prefix}${prop}`;
          calls.set(name, (calls.get(name) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).apply(t, args);
        };
      },
    });
  return { store: wrap(opened.store, ''), changes: wrap(opened.changes, 'changes.'), calls };
}
