import { errors, jwtVerify, SignJWT } from 'jose';
import type { Keyring } from '../../keys/keyring';
import { jwtKeyFrom, UnknownKeyError } from '../../keys/jwt-key';
import type { Identity } from './identity';
import { unauthenticated } from '../http/api-error';
import { isHttpError } from '../../../core/errors';

const ISSUER = 'urn:samskab:api';
const AUDIENCE = 'urn:samskab:events';
const KEY_PURPOSE = 'event-ticket';
export const TICKET_TTL_SECONDS = 60;

export interface EventTickets {
  issue(identity: Identity): Promise<{ ticket: string; expiresAt: string }>;
  verify(ticket: string): Promise<Identity>;
}

/**
 * Short-lived tickets for GET /api/events: EventSource cannot send an Authorization header,
 * and a long-lived SSO token must not travel in a URL (URLs end up in logs). A ticket proves
 * a token was verified at most 60 s ago. It is signed (HS256) with the keyring's current
 * 'event-ticket' key, named in the header's `kid`, so every instance accepts it.
 */
export function createEventTickets(keys: Keyring): EventTickets {
  return {
    async issue(identity) {
      const key = await keys.signingKey(KEY_PURPOSE);
      const nowSec = Math.floor(Date.now() / 1000);
      const ticket = await new SignJWT({
        oid: identity.aadObjectId,
        name: identity.name,
        tid: identity.tenantId,
      })
        .setProtectedHeader({ alg: 'HS256', kid: key.id })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(nowSec)
        .setExpirationTime(nowSec + TICKET_TTL_SECONDS)
        .sign(key.secret);
      return { ticket, expiresAt: new Date((nowSec + TICKET_TTL_SECONDS) * 1000).toISOString() };
    },
    async verify(ticket) {
      try {
        const { payload } = await jwtVerify(ticket, jwtKeyFrom(keys, KEY_PURPOSE), {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
        });
        if (typeof payload.oid !== 'string') throw unauthenticated('ticket oid');
        return {
          aadObjectId: payload.oid,
          name: typeof payload.name === 'string' ? payload.name : '',
          tenantId: typeof payload.tid === 'string' ? payload.tid : null,
          via: 'ticket',
        };
      } catch (error) {
        if (isHttpError(error)) throw error;
        // A store that cannot be read is an outage (500), not a bad token.
        if (!(error instanceof errors.JOSEError || error instanceof UnknownKeyError)) throw error;
        throw unauthenticated(`ticket: ${error.name}`);
      }
    },
  };
}
