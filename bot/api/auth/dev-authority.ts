import { errors, jwtVerify, SignJWT } from 'jose';
import { jwtKeyFrom, UnknownKeyError } from '../../keys/jwt-key';
import type { Keyring } from '../../keys/keyring';
import type { Identity, TokenVerifier } from './identity';
import { unauthenticated } from '../http/api-error';
import { isHttpError } from '../../../core/errors';

const ISSUER = 'urn:samskab:dev';
const AUDIENCE = 'urn:samskab:dev-api';
const DEV_TENANT = 'dev';
const KEY_PURPOSE = 'dev-token';
/** Dev tokens live 8 hours; the keyring's overlap (2 days) keeps them valid across a rotation. */
export const DEV_TOKEN_TTL_SECONDS = 8 * 3600;

export interface DevAuthority extends TokenVerifier {
  /** Signs a token for a user; valid for `ttlSeconds` (default 8 hours). */
  issue(
    user: { aadObjectId: string; name: string },
    ttlSeconds?: number,
  ): Promise<{ token: string; expiresAt: string }>;
}

/**
 * Dev sign-in: tokens signed (HS256) with the keyring's 'dev-token' key, named in the header's
 * `kid`, so a tab keeps working across a server restart. Only created when config.auth.mode is
 * 'dev' (which config only allows on localhost and never in production).
 */
export function createDevAuthority(keys: Keyring): DevAuthority {
  return {
    async issue(user, ttlSeconds = DEV_TOKEN_TTL_SECONDS) {
      const key = await keys.signingKey(KEY_PURPOSE);
      const nowSec = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({
        oid: user.aadObjectId,
        name: user.name,
        tid: DEV_TENANT,
        scp: 'access_as_user',
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: key.id })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject(user.aadObjectId)
        .setIssuedAt(nowSec)
        .setExpirationTime(nowSec + ttlSeconds)
        .sign(key.secret);
      return { token, expiresAt: new Date((nowSec + ttlSeconds) * 1000).toISOString() };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, jwtKeyFrom(keys, KEY_PURPOSE), {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
        });
        if (typeof payload.oid !== 'string' || !payload.oid) throw unauthenticated('claim oid');
        const identity: Identity = {
          aadObjectId: payload.oid.toLowerCase(),
          name: typeof payload.name === 'string' ? payload.name : '',
          tenantId: DEV_TENANT,
          via: 'dev',
        };
        return identity;
      } catch (error) {
        if (isHttpError(error)) throw error;
        // A store that cannot be read is an outage (500), not a bad token.
        if (!(error instanceof errors.JOSEError || error instanceof UnknownKeyError)) throw error;
        throw unauthenticated(`dev token: ${error.name}`);
      }
    },
  };
}
