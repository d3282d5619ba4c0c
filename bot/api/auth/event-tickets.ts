import { hkdfSync, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { AuthError, type Identity } from './identity';

const ISSUER = 'urn:samskab:api';
const AUDIENCE = 'urn:samskab:events';
export const TICKET_TTL_SECONDS = 60;

export interface EventTickets {
  issue(identity: Identity): Promise<{ ticket: string; expiresAt: string }>;
  verify(ticket: string): Promise<Identity>;
}

/**
 * Short-lived tickets for GET /api/events: EventSource cannot send an Authorization header,
 * and a long-lived SSO token must not travel in a URL (URLs end up in logs). A ticket proves
 * a token was verified at most 60 s ago. It is signed with a key derived from `sharedSecret`
 * (the bot password, the same on every instance) or, without one, a per-process random key
 * (then a ticket only works on the instance that issued it; the tab simply gets a new one).
 */
export function createEventTickets(sharedSecret?: string | null): EventTickets {
  const key = sharedSecret
    ? new Uint8Array(hkdfSync('sha256', sharedSecret, 'samskab', 'samskab-event-tickets-v1', 32))
    : randomBytes(32);
  return {
    async issue(identity) {
      const nowSec = Math.floor(Date.now() / 1000);
      const ticket = await new SignJWT({
        oid: identity.aadObjectId,
        name: identity.name,
        tid: identity.tenantId,
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(nowSec)
        .setExpirationTime(nowSec + TICKET_TTL_SECONDS)
        .sign(key);
      return { ticket, expiresAt: new Date((nowSec + TICKET_TTL_SECONDS) * 1000).toISOString() };
    },
    async verify(ticket) {
      try {
        const { payload } = await jwtVerify(ticket, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
        });
        if (typeof payload.oid !== 'string') throw new AuthError('ticket oid');
        return {
          aadObjectId: payload.oid,
          name: typeof payload.name === 'string' ? payload.name : '',
          tenantId: typeof payload.tid === 'string' ? payload.tid : null,
          via: 'ticket',
        };
      } catch (error) {
        if (error instanceof AuthError) throw error;
        throw new AuthError(`ticket: ${(error as Error).name}`);
      }
    },
  };
}
