import type { EventStreamClaim, Store } from '../../../../bot/store/store';
import { at, uid } from '../fixtures';

/** Live-update stream slots: a per-person allowance that holds under concurrency and expires with its lease. */
export function describeEventStreamContract(store: () => Store): void {
  describe('live-update stream slots', () => {
    const claim = (person: string, overrides: Partial<EventStreamClaim> = {}): EventStreamClaim => ({
      person,
      streamId: uid('stream'),
      owner: 'instance-a',
      limit: 3,
      now: at(0),
      leaseUntil: at(1),
      ...overrides,
    });

    test('concurrent claims get exactly the limit; a release gives one back; others are not affected', async () => {
      const person = uid('person');
      const claims = Array.from({ length: 12 }, (_, i) =>
        claim(person, { owner: i % 2 ? 'instance-a' : 'instance-b' }),
      );
      const results = await Promise.all(claims.map((c) => store().acquireEventStream(c)));
      expect(results.filter(Boolean)).toHaveLength(3);
      expect(await store().acquireEventStream(claim(person))).toBe(false);
      expect(await store().acquireEventStream(claim(uid('person')))).toBe(true);

      const holder = claims[results.indexOf(true)]!;
      await store().releaseEventStream(person, holder.streamId);
      expect(await store().acquireEventStream(claim(person))).toBe(true);
      expect(await store().acquireEventStream(claim(person))).toBe(false);
    });

    test('a lease that runs out frees its slot (a crashed instance); a renewed one does not', async () => {
      const person = uid('person');
      const crashed = claim(person, { owner: 'crashed', limit: 2 });
      const alive = claim(person, { owner: 'alive', limit: 2 });
      expect(await store().acquireEventStream(crashed)).toBe(true);
      expect(await store().acquireEventStream(alive)).toBe(true);
      expect(await store().renewEventStreams('alive', at(5))).toEqual([alive.streamId]);
      const later = { limit: 2, now: at(2), leaseUntil: at(3) };
      expect(await store().acquireEventStream(claim(person, { owner: 'new', ...later }))).toBe(true);
      expect(await store().acquireEventStream(claim(person, { owner: 'new', ...later }))).toBe(false);
      // The crashed instance's slot went to another stream: renewing no longer holds it.
      expect(await store().renewEventStreams('crashed', at(9))).toEqual([]);
    });
  });
}
