import type { Store } from '../../../../bot/store/store';
import { at, uid } from '../fixtures';

/** Single-use confirmation codes: the first use of an id wins, across instances and at the same time. */
export function describeConfirmCodeContract(store: () => Store): void {
  describe('confirmation codes', () => {
    test('a code is accepted once; a second use is refused, other codes are not affected', async () => {
      const a = uid('code');
      const b = uid('code');
      expect(await store().consumeConfirmCode(a, at(15), at(0))).toBe(true);
      expect(await store().consumeConfirmCode(a, at(15), at(1))).toBe(false);
      expect(await store().consumeConfirmCode(b, at(15), at(2))).toBe(true);
      expect(await store().consumeConfirmCode(b, at(15), at(3))).toBe(false);
    });

    test('simultaneous uses of one code: exactly one wins', async () => {
      const id = uid('code');
      const results = await Promise.all(
        Array.from({ length: 6 }, () => store().consumeConfirmCode(id, at(15), at(1))),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    test('codes past their expiry may be pruned; unexpired ones stay used', async () => {
      const old = uid('code');
      const fresh = uid('code');
      expect(await store().consumeConfirmCode(old, at(15), at(0))).toBe(true);
      expect(await store().consumeConfirmCode(fresh, at(40), at(20))).toBe(true);
      // Later than old's expiry: old may be forgotten (its signature check refuses it anyway).
      expect(await store().consumeConfirmCode(uid('code'), at(60), at(30))).toBe(true);
      expect(await store().consumeConfirmCode(fresh, at(40), at(31))).toBe(false);
    });
  });
}
