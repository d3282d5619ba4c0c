import type { JWTVerifyGetKey } from 'jose';
import { createEntraVerifier } from '../../../bot/api/auth/entra-verifier';
import type { Identity } from '../../../bot/api/auth/identity';
import { VerifiedTokens } from '../../../bot/api/auth/verified-tokens';
import { CLIENT_ID, PUBLIC_URL, TENANT, testKeys } from './support/entra-tokens';

const who = (oid: string): Identity => ({ aadObjectId: oid, name: oid, tenantId: TENANT, via: 'entra' });

describe('verified SSO tokens are remembered by hash until they expire', () => {
  it('checks the signature of a token once, and again for another token', async () => {
    const keys = await testKeys();
    let keyLookups = 0;
    const jwks: JWTVerifyGetKey = (header, token) => {
      keyLookups++;
      return keys.jwks(header, token);
    };
    const verifier = createEntraVerifier({
      clientId: CLIENT_ID,
      publicUrl: PUBLIC_URL,
      allowedTenantIds: [TENANT],
      jwks,
    });
    const oid = '0a0a0a0a-0000-4000-8000-000000000001';
    const token = await keys.sign({ oid, name: 'Mette' });
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toEqual(first);
    expect(keyLookups).toBe(1);
    await verifier.verify(await keys.sign({ oid, name: 'Mette' }, { expiresIn: 1800 }));
    expect(keyLookups).toBe(2);
  });

  it('never remembers a token that failed, so it fails every time', async () => {
    const keys = await testKeys();
    const verifier = createEntraVerifier({
      clientId: CLIENT_ID,
      publicUrl: PUBLIC_URL,
      allowedTenantIds: [TENANT],
      jwks: keys.jwks,
    });
    const rogue = await keys.sign({ oid: '0a0a0a0a-0000-4000-8000-000000000002' }, { key: keys.rogueKey });
    await expect(verifier.verify(rogue)).rejects.toMatchObject({ status: 401 });
    await expect(verifier.verify(rogue)).rejects.toMatchObject({ status: 401 });
  });

  it('forgets a token at its exp, and after maxAgeMs at the latest', () => {
    let now = 1_000_000;
    const cache = new VerifiedTokens(10, 60_000, () => now);
    cache.remember('short', who('a'), now + 30_000);
    cache.remember('long', who('b'), now + 3_600_000);
    now += 29_999;
    expect(cache.get('short')?.aadObjectId).toBe('a');
    now += 1;
    expect(cache.get('short')).toBeUndefined();
    now += 29_999;
    expect(cache.get('long')?.aadObjectId).toBe('b');
    now += 1;
    expect(cache.get('long')).toBeUndefined();
  });

  it('holds at most maxEntries, forgetting the oldest first, and ignores a token already expired', () => {
    const cache = new VerifiedTokens(2, 60_000, () => 0);
    cache.remember('one', who('1'), 10_000);
    cache.remember('two', who('2'), 10_000);
    cache.remember('three', who('3'), 10_000);
    cache.remember('gone', who('4'), 0);
    expect(cache.size).toBe(2);
    expect(cache.get('one')).toBeUndefined();
    expect(cache.get('two')?.aadObjectId).toBe('2');
    expect(cache.get('three')?.aadObjectId).toBe('3');
    expect(cache.get('gone')).toBeUndefined();
  });
});
