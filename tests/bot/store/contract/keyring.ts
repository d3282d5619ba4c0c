import type { SigningKeyRecord, Store } from '../../../../bot/store/store';
import { at, uid } from '../fixtures';

const key = (purpose: string, overrides: Partial<SigningKeyRecord> = {}): SigningKeyRecord => ({
  id: uid('key'),
  purpose,
  secret: Buffer.from(uid('secret')).toString('base64url'),
  createdAt: at(0),
  notBefore: at(0),
  retireAfter: at(60),
  ...overrides,
});

/** The keyring: one key per purpose and period (first writer wins), listed until it retires. */
export function describeKeyringContract(store: () => Store): void {
  describe('keyring', () => {
    test('the first key of a period is kept; a later one for the same period gets the stored one', async () => {
      const purpose = uid('purpose');
      const first = key(purpose);
      expect(await store().ensureSigningKey(first)).toEqual(first);
      expect(await store().ensureSigningKey(key(purpose))).toEqual(first);
      const next = key(purpose, { notBefore: at(30), retireAfter: at(90) });
      expect(await store().ensureSigningKey(next)).toEqual(next);
      // Another purpose has keys of its own.
      const other = key(uid('purpose'));
      expect(await store().ensureSigningKey(other)).toEqual(other);
      expect(await store().listSigningKeys(purpose, at(31))).toEqual([next, first]);
    });

    test('concurrent first creation (instances starting at once) ends with one key for all', async () => {
      const purpose = uid('purpose');
      const candidates = Array.from({ length: 8 }, () => key(purpose));
      const stored = await Promise.all(candidates.map((k) => store().ensureSigningKey(k)));
      expect(new Set(stored.map((k) => k.id)).size).toBe(1);
      expect(new Set(stored.map((k) => k.secret)).size).toBe(1);
      expect(candidates.map((k) => k.id)).toContain(stored[0]!.id);
      expect(await store().listSigningKeys(purpose, at(1))).toEqual([stored[0]]);
    });

    test('a retired key is not listed, and is forgotten when a later key is created', async () => {
      const purpose = uid('purpose');
      const old = key(purpose, { retireAfter: at(10) });
      await store().ensureSigningKey(old);
      expect(await store().listSigningKeys(purpose, at(9))).toEqual([old]);
      expect(await store().listSigningKeys(purpose, at(10))).toEqual([]);
      const fresh = key(purpose, { createdAt: at(20), notBefore: at(20), retireAfter: at(80) });
      await store().ensureSigningKey(fresh);
      // Listing at an earlier instant shows the old key is gone, not just filtered.
      expect(await store().listSigningKeys(purpose, at(0))).toEqual([fresh]);
    });
  });
}
