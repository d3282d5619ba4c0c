import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/model';
import type { Keyring } from '../keys/keyring';
import type { ConfirmCodeStore } from '../store/store';

/**
 * Short-lived, single-use confirmation codes for destructive actions (deleting answers): bound to
 * what is confirmed (purpose + subject, e.g. "erase" + "<actor aad>:<member id>"), carrying a
 * unique id (nonce) and the id of the keyring key that signed it (HMAC-SHA256). The keyring lives
 * in the store, so any instance, before or after a restart, accepts a code another issued.
 * `check` verifies signature, binding and expiry only; `redeemConfirmToken` also uses the code up
 * (the store records its id), so a replay on any instance is refused.
 */
export interface ConfirmTokens {
  issue(purpose: string, subject: string): Promise<string>;
  /** Signature, purpose, subject and expiry (not whether the code was used already). */
  verify(token: unknown, purpose: string, subject: string): Promise<boolean>;
  /** The code's id and expiry when `verify` would accept it, else null. */
  check(token: unknown, purpose: string, subject: string): Promise<ConfirmClaims | null>;
}

export interface ConfirmClaims {
  /** The code's unique id (nonce). */
  id: string;
  /** When the code expires, ISO. */
  expiresAt: string;
}

const KEY_PURPOSE = 'confirm-code';

export function createConfirmTokens(keys: Keyring, clock: Clock, ttlMs = 15 * 60_000): ConfirmTokens {
  const mac = (secret: Uint8Array, body: string) =>
    createHmac('sha256', secret).update(body).digest('base64url');
  const check = async (token: unknown, purpose: string, subject: string): Promise<ConfirmClaims | null> => {
    if (typeof token !== 'string' || token.length > 2000) return null;
    const [body, given, extra] = token.split('.');
    if (!body || !given || extra !== undefined) return null;
    let claims: { k?: unknown; p?: unknown; s?: unknown; e?: unknown; n?: unknown };
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return null;
    }
    if (typeof claims !== 'object' || claims === null) return null;
    const bound =
      claims.p === purpose &&
      claims.s === subject &&
      typeof claims.n === 'string' &&
      claims.n.length > 0 &&
      typeof claims.e === 'number' &&
      claims.e > clock.now().getTime();
    if (!bound) return null;
    const key = await keys.verificationKey(KEY_PURPOSE, claims.k);
    if (!key) return null;
    const expected = Buffer.from(mac(key.secret, body));
    const actual = Buffer.from(given);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    return { id: claims.n as string, expiresAt: new Date(claims.e as number).toISOString() };
  };
  return {
    async issue(purpose, subject) {
      const key = await keys.signingKey(KEY_PURPOSE);
      const body = Buffer.from(
        JSON.stringify({
          k: key.id,
          p: purpose,
          s: subject,
          e: clock.now().getTime() + ttlMs,
          n: randomBytes(16).toString('base64url'),
        }),
        'utf8',
      ).toString('base64url');
      return `${body}.${mac(key.secret, body)}`;
    },
    verify: async (token, purpose, subject) => (await check(token, purpose, subject)) !== null,
    check,
  };
}

/** 'ok': valid and now used up; 'invalid': forged, for something else or expired; 'used': used before. */
export type RedeemResult = 'ok' | 'invalid' | 'used';

/**
 * Checks a code and uses it up in one step: the store records its id (first use wins, across
 * server instances). Call it right before the destructive action it confirms.
 */
export async function redeemConfirmToken(
  tokens: ConfirmTokens,
  store: ConfirmCodeStore,
  clock: Clock,
  token: unknown,
  purpose: string,
  subject: string,
): Promise<RedeemResult> {
  const claims = await tokens.check(token, purpose, subject);
  if (!claims) return 'invalid';
  const first = await store.consumeConfirmCode(claims.id, claims.expiresAt, clock.now().toISOString());
  return first ? 'ok' : 'used';
}
