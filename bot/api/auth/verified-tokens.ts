import { createHash } from 'node:crypto';
import type { Identity } from './identity';

/**
 * Tokens that passed every check, remembered by their SHA-256 until they expire (and at most
 * `maxAgeMs`), so a tab that sends the same SSO token with every request costs one signature check
 * per token rather than one per request (RSA verification was ~9 % of the server's CPU under load).
 * Only successes are kept; the token itself is not.
 *
 * Per process on purpose: verification is a pure check of a signed token against Microsoft's
 * public keys, the tenant allow-list and the clock, so every instance reaches the same answer
 * by itself; sharing the cache would save one check per instance and token, and would put
 * bearer-token hashes in the database. What the caller may do is still read from the store on
 * every request. `maxAgeMs` bounds how long a verification outlives a signing key Microsoft
 * withdraws, as the key set's own cache does (jose: 10 minutes).
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { identity: Identity; until: number }>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly maxAgeMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The identity of a token verified before and not yet expired. */
  get(token: string): Identity | undefined {
    const key = hashOf(token);
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (this.now() >= hit.until) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.identity;
  }

  /** Remembers a verified token until `expiresAtMs` (its `exp`), at most maxAgeMs from now. */
  remember(token: string, identity: Identity, expiresAtMs: number): void {
    const until = Math.min(expiresAtMs, this.now() + this.maxAgeMs);
    if (until <= this.now()) return;
    const key = hashOf(token);
    this.entries.delete(key);
    this.entries.set(key, { identity, until });
    // The oldest first: a Map iterates in insertion order.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
