import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Clock } from '../../core/model';
import type { SigningKeyRecord, KeyringStore } from '../store/store';

/** What a key signs; each purpose has keys of its own. */
export const KEY_PURPOSES = ['confirm-code', 'event-ticket', 'dev-token', 'voice-source'] as const;
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

export interface SigningKey {
  /** Travels in what the key signs (a token header or body), so a verifier finds the key. */
  id: string;
  purpose: KeyPurpose;
  secret: Uint8Array;
  notBefore: Date;
  retireAfter: Date;
}

export interface Keyring {
  /** The key that signs now: the current rotation period's key, created in the store if it has none yet. */
  signingKey(purpose: KeyPurpose): Promise<SigningKey>;
  /**
   * The key with this id if it may verify now (it is the purpose's, stored and not retired), else
   * null. An id this instance has not seen makes it read the store again before it answers.
   */
  verificationKey(purpose: KeyPurpose, id: unknown): Promise<SigningKey | null>;
}

export interface KeyringOptions {
  /** Decides rotation periods and retirement. Default: the system clock. */
  clock?: Clock;
  /** A key signs for this long (its rotation period). Default 30 days. */
  rotationMs?: number;
  /**
   * A key still verifies this long after its period ended, so what it signed stays valid. Must
   * be longer than the longest-lived token it signs (dev sign-in: 8 hours). Default 2 days.
   */
  overlapMs?: number;
  /** Cached keys are read again after this long (so a key deleted by an operator is dropped). Default 60 s. */
  refreshMs?: number;
  /** Reads caused by unknown key ids happen at most this often (forged ids cannot flood the database). Default 1 s. */
  minReloadMs?: number;
}

export const DEFAULT_ROTATION_MS = 30 * 24 * 3600_000;
export const DEFAULT_OVERLAP_MS = 2 * 24 * 3600_000;
const KEY_ID = /^[A-Za-z0-9_-]{16,64}$/;

interface PurposeCache {
  keys: Map<string, SigningKey>;
  /** Monotonic ms when the last completed read started (-Infinity: never). */
  loadStartedAt: number;
  reading?: Promise<void>;
  creating?: Promise<SigningKey>;
}

/**
 * The keyring: signing secrets kept in the store, so every server instance and every restart
 * signs and verifies with the same keys, and no secret is needed in the app settings.
 *
 * Time is cut into rotation periods (multiples of `rotationMs` since the epoch). The first
 * instance that needs a period's key creates it (insert-on-conflict-do-nothing, then read, so
 * concurrent instances end with one key); it signs during its period and verifies until
 * `overlapMs` after it, so codes and tokens in flight survive a rotation.
 */
export function createKeyring(store: KeyringStore, options: KeyringOptions = {}): Keyring {
  const clock = options.clock ?? { now: () => new Date() };
  const rotationMs = options.rotationMs ?? DEFAULT_ROTATION_MS;
  const overlapMs = options.overlapMs ?? DEFAULT_OVERLAP_MS;
  const refreshMs = options.refreshMs ?? 60_000;
  const minReloadMs = options.minReloadMs ?? 1000;
  const caches = new Map<KeyPurpose, PurposeCache>();

  const cacheOf = (purpose: KeyPurpose): PurposeCache => {
    let cache = caches.get(purpose);
    if (!cache) caches.set(purpose, (cache = { keys: new Map(), loadStartedAt: -Infinity }));
    return cache;
  };

  /** One read at a time per purpose, at most one per minReloadMs; resolves when it is done. */
  const read = (purpose: KeyPurpose): Promise<void> => {
    const cache = cacheOf(purpose);
    cache.reading ??= (async () => {
      const wait = cache.loadStartedAt + minReloadMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const startedAt = performance.now();
      const rows = await store.listSigningKeys(purpose, clock.now().toISOString());
      cache.keys = new Map(rows.map((row) => [row.id, fromRecord(row, purpose)]));
      cache.loadStartedAt = startedAt;
    })().finally(() => {
      cache.reading = undefined;
    });
    return cache.reading;
  };

  /** Waits for a read that started at or after `since` (monotonic ms). */
  const readSince = async (purpose: KeyPurpose, since: number): Promise<PurposeCache> => {
    const cache = cacheOf(purpose);
    while (cache.loadStartedAt < since) await read(purpose);
    return cache;
  };

  const fresh = (purpose: KeyPurpose) => readSince(purpose, performance.now() - refreshMs);

  const create = (purpose: KeyPurpose, notBefore: number): Promise<SigningKey> => {
    const cache = cacheOf(purpose);
    cache.creating ??= store
      .ensureSigningKey({
        id: randomBytes(16).toString('base64url'),
        purpose,
        secret: randomBytes(32).toString('base64url'),
        createdAt: clock.now().toISOString(),
        notBefore: new Date(notBefore).toISOString(),
        retireAfter: new Date(notBefore + rotationMs + overlapMs).toISOString(),
      })
      .then((record) => {
        const key = fromRecord(record, purpose);
        cache.keys.set(key.id, key);
        return key;
      })
      .finally(() => {
        cache.creating = undefined;
      });
    return cache.creating;
  };

  const usable = (key: SigningKey | undefined): SigningKey | null =>
    key && key.retireAfter.getTime() > clock.now().getTime() ? key : null;

  return {
    async signingKey(purpose) {
      const periodStart = Math.floor(clock.now().getTime() / rotationMs) * rotationMs;
      const cache = await fresh(purpose);
      for (const key of cache.keys.values()) if (key.notBefore.getTime() === periodStart) return key;
      return create(purpose, periodStart);
    },

    async verificationKey(purpose, id) {
      if (typeof id !== 'string' || !KEY_ID.test(id)) return null;
      const askedAt = performance.now();
      const cache = await fresh(purpose);
      const known = cache.keys.get(id);
      if (known) return usable(known);
      return usable((await readSince(purpose, askedAt)).keys.get(id));
    },
  };
}

function fromRecord(record: SigningKeyRecord, purpose: KeyPurpose): SigningKey {
  return {
    id: record.id,
    purpose,
    secret: new Uint8Array(Buffer.from(record.secret, 'base64url')),
    notBefore: new Date(record.notBefore),
    retireAfter: new Date(record.retireAfter),
  };
}
