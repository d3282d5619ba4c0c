import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/model';

/**
 * Short-lived confirmation codes for destructive actions (deleting answers): bound to what is
 * confirmed (purpose + subject, e.g. "erase" + "<actor aad>:<member id>") and signed with HMAC.
 * With a shared secret (BOT_PASSWORD) any instance accepts a code another issued; without one,
 * codes are per process and the explicit `{ confirm: true }` remains.
 */
export interface ConfirmTokens {
  issue(purpose: string, subject: string): string;
  verify(token: unknown, purpose: string, subject: string): boolean;
}

export function createConfirmTokens(
  secret: string | null | undefined,
  clock: Clock,
  ttlMs = 15 * 60_000,
): ConfirmTokens {
  const key = secret ? `samskab-confirm:${secret}` : randomBytes(32);
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    issue(purpose, subject) {
      const body = Buffer.from(
        JSON.stringify({ p: purpose, s: subject, e: clock.now().getTime() + ttlMs }),
        'utf8',
      ).toString('base64url');
      return `${body}.${sign(body)}`;
    },
    verify(token, purpose, subject) {
      if (typeof token !== 'string' || token.length > 2000) return false;
      const [body, mac, extra] = token.split('.');
      if (!body || !mac || extra !== undefined) return false;
      const expected = Buffer.from(sign(body));
      const given = Buffer.from(mac);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
      try {
        const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
          p?: unknown;
          s?: unknown;
          e?: unknown;
        };
        return (
          claims.p === purpose &&
          claims.s === subject &&
          typeof claims.e === 'number' &&
          claims.e > clock.now().getTime()
        );
      } catch {
        return false;
      }
    },
  };
}
