import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Identity, TokenVerifier } from './identity';
import { VerifiedTokens } from './verified-tokens';
import { unauthenticated } from '../http/api-error';

/** Microsoft's signing keys for every tenant (v1 and v2 tokens). */
export const MICROSOFT_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
export const REQUIRED_SCOPE = 'access_as_user';

export interface EntraVerifierOptions {
  /** The tab's Entra app registration (AAD_APP_CLIENT_ID). */
  clientId: string;
  /** The server's public URL; its host is the domain of the Application ID URI `api://<domain>/<clientId>`. */
  publicUrl: string;
  /** Tenants whose users may sign in. Empty: nobody (secure default). */
  allowedTenantIds: readonly string[];
  /** Where signing keys come from; default Microsoft's remote JWKS (cached by jose). Tests pass a local key set. */
  jwks?: JWTVerifyGetKey;
  /** Allowed clock skew for exp/nbf, seconds. */
  clockToleranceSec?: number;
  /** Tokens verified before (default: a cache of this verifier's own). */
  verified?: VerifiedTokens;
}

/**
 * Verifies a Teams SSO access token (Entra ID) the way the tab's API needs it:
 * RS256 signature by a Microsoft key; v1 (`https://sts.windows.net/{tid}/`) or v2
 * (`https://login.microsoftonline.com/{tid}/v2.0`) issuer for the token's own tenant;
 * tenant on the allow-list; audience the client id or `api://<domain>/<clientId>`;
 * `scp` containing `access_as_user`; exp/nbf with a small tolerance; an `oid`.
 * Real time is used for exp/nbf (never the demo clock). A token that passed is remembered by its
 * hash until its `exp` (VerifiedTokens), so the same token is checked once, not on every request.
 */
export function createEntraVerifier(options: EntraVerifierOptions): TokenVerifier {
  const jwks = options.jwks ?? createRemoteJWKSet(new URL(MICROSOFT_JWKS_URL));
  const audiences = audiencesFor(options.clientId, options.publicUrl);
  const allowed = new Set(options.allowedTenantIds.map((t) => t.toLowerCase()));
  const clockTolerance = options.clockToleranceSec ?? 120;
  const verified = options.verified ?? new VerifiedTokens();

  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          algorithms: ['RS256'],
          audience: audiences,
          clockTolerance,
          requiredClaims: ['exp', 'iss', 'tid', 'oid'],
        }));
      } catch (error) {
        throw unauthenticated(reasonOf(error));
      }
      const tid = stringClaim(payload, 'tid').toLowerCase();
      const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
      if (!payload.iss || !issuers.includes(payload.iss.toLowerCase())) throw unauthenticated('issuer');
      if (!allowed.has(tid)) throw unauthenticated('tenant not allowed');
      const scopes = (typeof payload.scp === 'string' ? payload.scp : '').split(' ');
      if (!scopes.includes(REQUIRED_SCOPE)) throw unauthenticated('scope');
      const identity: Identity = {
        aadObjectId: stringClaim(payload, 'oid').toLowerCase(),
        name: optionalString(payload, 'name') ?? optionalString(payload, 'preferred_username') ?? '',
        tenantId: tid,
        via: 'entra',
      };
      verified.remember(token, identity, payload.exp! * 1000);
      return identity;
    },
  };
}

/** The accepted `aud` values: the client id itself and the Application ID URI on this host. */
export function audiencesFor(clientId: string, publicUrl: string): string[] {
  const url = new URL(publicUrl);
  const hosts = new Set([url.host, url.hostname]);
  return [clientId, ...[...hosts].map((h) => `api://${h}/${clientId}`)];
}

function stringClaim(payload: JWTPayload, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value === '') throw unauthenticated(`claim ${name}`);
  return value;
}

function optionalString(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown key';
  if (error instanceof errors.JOSEError) return error.code;
  return 'malformed';
}
