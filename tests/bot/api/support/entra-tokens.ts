import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';

export const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
export const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
export const OTHER_TENANT = 'ffffffff-0000-1111-2222-333333333333';
export const PUBLIC_URL = 'https://samskab.example.com';
export const ENTRA_ENV = {
  AAD_APP_CLIENT_ID: CLIENT_ID,
  ALLOWED_TENANT_IDS: TENANT,
  PUBLIC_URL,
  DEV_AUTH: 'false',
};

/**
 * A local stand-in for Microsoft's signing keys, and a second key Microsoft never published.
 * `publishedKeys` is the JWKS document (public key only) as Microsoft's endpoint serves it.
 */
export async function testKeys() {
  const good = await generateKeyPair('RS256');
  const rogue = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(good.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const publishedKeys = { keys: [jwk] };
  const jwks: JWTVerifyGetKey = createLocalJWKSet(publishedKeys);

  const sign = async (
    claims: JWTPayload,
    options: { key?: KeyLike; expiresIn?: number; notBefore?: number } = {},
  ) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      aud: `api://samskab.example.com/${CLIENT_ID}`,
      tid: TENANT,
      scp: 'access_as_user',
      ver: '2.0',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
      .setIssuedAt(now - 10)
      .setNotBefore(options.notBefore ?? now - 10)
      .setExpirationTime(now + (options.expiresIn ?? 3600))
      .sign(options.key ?? good.privateKey);
  };
  return { jwks, publishedKeys, sign, rogueKey: rogue.privateKey };
}

/** An unsigned token ("alg": "none") with otherwise perfect claims. */
export function unsignedToken(claims: JWTPayload): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    aud: CLIENT_ID,
    tid: TENANT,
    scp: 'access_as_user',
    iat: now,
    exp: now + 3600,
    ...claims,
  })}.`;
}
