import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/model';
import type { Store } from '../store/store';

/**
 * Short-lived, single-use confirmation codes for destructive actions (deleting answers): bound to
 * what is confirmed (purpose + subject, e.g. "erase" + "<actor aad>:<member id>"), carrying a
 * unique id (nonce) and signed with HMAC. With a shared secret (BOT_PASSWORD) any instance accepts
 * a code another issued; without one, codes are per process and the explicit `{ confirm: true }`
 * remains. `verify` checks signature, binding and expiry only; `redeemConfirmToken` also uses the
 * code up (the store records its id), so a replay on any instance is refused.
 */
export interface ConfirmTokens {
  issue(purpose: string, subject: string): string;
  /** Signature, purpose, subject and expiry (not whether the code was used already). */
  verify(token: unknown, purpose: string, subject: string): boolean;
  /** The code's id and expiry when `verify` would accept it, else null. */
  check(token: unknown, purpose: string, subject: string): ConfirmClaims | null;
}

export interface ConfirmClaims {
  /** The code's unique id (nonce). */
  id: string;
  /** When the code expires, ISO. */
  expiresAt: string;
}

export function createConfirmTokens(
  secret: string | null | undefined,
  clock: Clock,
  ttlMs = 15 * 60_000,
): ConfirmTokens {
  const key = secret ? `samskab-confirm:${secret}` : randomBytes(32);
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  const check = (token: unknown, purpose: string, subject: string): ConfirmClaims | null => {
    if (typeof token !== 'string' || token.length > 2000) return null;
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(sign(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
        p?: unknown;
        s?: unknown;
        e?: unknown;
        n?: unknown;
      };
      const ok =
        claims.p === purpose &&
        claims.s === subject &&
        typeof claims.n === 'string' &&
        claims.n.length > 0 &&
        typeof claims.e === 'number' &&
        claims.e > clock.now().getTime();
      return ok ? { id: claims.n as string, expiresAt: new Date(claims.e as number).toISOString() } : null;
    } catch {
      return null;
    }
  };
  return {
    issue(purpose, subject) {
      const body = Buffer.from(
        JSON.stringify({
          p: purpose,
          s: subject,
          e: clock.now().getTime() + ttlMs,
          n: randomBytes(16).toString('base64url'),
        }),
        'utf8',
      ).toString('base64url');
      return `${body}.${sign(body)}`;
    },
    verify: (token, purpose, subject) => check(token, purpose, subject) !== null,
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
  store: Pick<Store, 'consumeConfirmCode'>,
  clock: Clock,
  token: unknown,
  purpose: string,
  subject: string,
): Promise<RedeemResult> {
  const claims = tokens.check(token, purpose, subject);
  if (!claims) return 'invalid';
  const first = await store.consumeConfirmCode(claims.id, claims.expiresAt, clock.now().toISOString());
  return first ? 'ok' : 'used';
}
