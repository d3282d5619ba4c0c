import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { AuthError, type Identity, type TokenVerifier } from './identity';

const ISSUER = 'urn:samskab:dev';
const AUDIENCE = 'urn:samskab:dev-api';
const DEV_TENANT = 'dev';

export interface DevAuthority extends TokenVerifier {
  /** Signs a token for a user; valid for `ttlSeconds` (default 8 hours). */
  issue(
    user: { aadObjectId: string; name: string },
    ttlSeconds?: number,
  ): Promise<{ token: string; expiresAt: string }>;
}

/**
 * Dev sign-in: a key pair generated at start-up (never stored), so tokens die with the
 * process. Only created when config.auth.mode is 'dev' (which config only allows on
 * localhost and never in production).
 */
export function createDevAuthority(): DevAuthority {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' }) as {
    privateKey: KeyObject;
    publicKey: KeyObject;
  };
  return {
    async issue(user, ttlSeconds = 8 * 3600) {
      const nowSec = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({
        oid: user.aadObjectId,
        name: user.name,
        tid: DEV_TENANT,
        scp: 'access_as_user',
      })
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject(user.aadObjectId)
        .setIssuedAt(nowSec)
        .setExpirationTime(nowSec + ttlSeconds)
        .sign(privateKey);
      return { token, expiresAt: new Date((nowSec + ttlSeconds) * 1000).toISOString() };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          algorithms: ['ES256'],
          issuer: ISSUER,
          audience: AUDIENCE,
        });
        if (typeof payload.oid !== 'string' || !payload.oid) throw new AuthError('claim oid');
        const identity: Identity = {
          aadObjectId: payload.oid.toLowerCase(),
          name: typeof payload.name === 'string' ? payload.name : '',
          tenantId: DEV_TENANT,
          via: 'dev',
        };
        return identity;
      } catch (error) {
        if (error instanceof AuthError) throw error;
        throw new AuthError(`dev token: ${(error as Error).name}`);
      }
    },
  };
}
