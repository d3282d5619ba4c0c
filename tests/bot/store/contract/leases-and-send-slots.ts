import type { SendSlotView, Store } from '../../../../bot/store/store';
import { at, delivery, forum, round, uid } from '../fixtures';

const LEASE_MS = 60_000; // at(n + 1) is past a lease taken at at(n)

/** WorkLeaseStore: leases held during work (heartbeat, the check before a send, lost leases counted). */
export function describeWorkLeaseContract(store: () => Store): void {
  async function someDeliveries(n: number) {
    const f = forum();
    await store().saveForum(f);
    const r = round(f.id);
    await store().saveRound(r);
    const ds = Array.from({ length: n }, () => delivery(r, { dueAt: at(0) }));
    await store().addDeliveries(ds);
    return ds;
  }

  describe('leases held during work', () => {
    test('renewLeases extends the leases one owner still holds; renewLease reports one another worker took', async () => {
      const [a, b, c] = await someDeliveries(3);
      await store().claimDeliveries({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 2 });
      await store().claimDeliveries({ now: at(0), owner: 'w2', leaseMs: LEASE_MS, limit: 1 });
      expect(await store().renewLeases('w1', at(0.5), LEASE_MS)).toBe(2);
      expect((await store().getDelivery(a!.id))!.leaseUntil).toBe(at(1.5));
      expect((await store().getDelivery(c!.id))!.leaseUntil).toBe(at(1));
      expect(await store().renewLease('deliveries', a!.id, 'w1', at(1), LEASE_MS)).toBe(true);
      expect((await store().getDelivery(a!.id))!.leaseUntil).toBe(at(2));
      expect(await store().renewLease('deliveries', c!.id, 'w1', at(0.5), LEASE_MS)).toBe(false);
      // Ran out, but nobody took it: still w1's (a claim and a renewal cannot both win).
      expect(await store().renewLease('deliveries', b!.id, 'w1', at(1.6), LEASE_MS)).toBe(true);
      // Taken over by w3 after it ran out: lost for w1.
      const taken = await store().claimDeliveries({ now: at(4), owner: 'w3', leaseMs: LEASE_MS, limit: 3 });
      expect(taken.map((d) => d.id).sort()).toEqual([a!.id, b!.id, c!.id].sort());
      expect(await store().renewLease('deliveries', a!.id, 'w1', at(4), LEASE_MS)).toBe(false);
      expect(await store().renewLeases('w1', at(4), LEASE_MS)).toBe(0);
      expect(await store().renewLeases('w3', at(4), LEASE_MS)).toBe(3);
    });

    test('a lease that ran out counts as an attempt when the delivery is claimed again', async () => {
      const [d] = await someDeliveries(1);
      await store().claimDeliveries({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });
      const [again] = await store().claimDeliveries({ now: at(2), owner: 'w2', leaseMs: LEASE_MS, limit: 1 });
      expect(again).toMatchObject({ id: d!.id, attempts: 1, leaseOwner: 'w2' });
      const [third] = await store().claimDeliveries({ now: at(4), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });
      expect(third!.attempts).toBe(2);
      // Giving up without another attempt.
      const gaveUp = { state: 'failed', error: 'gave up', notAnAttempt: true } as const;
      expect(await store().completeDelivery(d!.id, 'w1', gaveUp, at(4.1))).toBe(true);
      expect(await store().getDelivery(d!.id)).toMatchObject({ state: 'failed', attempts: 2 });
    });
  });
}

/** SendSlotStore: the send slots every instance shares (atomic reservation in the store's clock, settle, pause, prune). */
export function describeSendSlotContract(store: () => Store): void {
  describe('send slots', () => {
    const allowAtMost = (max: number, key: string) => (view: SendSlotView) =>
      (view.slots.get(key) ?? []).length < max
        ? ({ ok: true } as const)
        : ({ ok: false, waitMs: 1_000, inFlight: false, key } as const);

    test('a batch is decided in order, each send counting the ones before it, in one transaction', async () => {
      const key = uid('conv');
      const request = (slotId: string) => ({
        slotId,
        keys: [{ key, lookbackMs: 60_000 }],
        holdMs: 30_000,
        decide: allowAtMost(2, key),
      });
      const decisions = await store().reserveSendSlots([request('b1'), request('b2'), request('b3')]);
      expect(decisions.map((d) => d.ok)).toEqual([true, true, false]);
      expect(await store().reserveSendSlots([request('b4')])).toEqual([
        { ok: false, waitMs: 1_000, inFlight: false, key },
      ]);
      expect(await store().reserveSendSlots([])).toEqual([]);
    });

    test('a reservation sees the slots and pauses of its keys in the store clock and records one slot per key', async () => {
      const key = uid('conv');
      // `decide` may be asked more than once per reservation (it is pure): keep the last view.
      let last: SendSlotView | undefined;
      const request = (slotId: string) => ({
        slotId,
        keys: [
          { key, lookbackMs: 60_000 },
          { key: '*', lookbackMs: 1_000 },
        ],
        holdMs: 30_000,
        decide: (view: SendSlotView) => {
          last = view;
          return allowAtMost(2, key)(view);
        },
      });
      const before = Date.now();
      const first = await store().reserveSendSlot(request('s1'));
      expect(first).toEqual({ ok: true, at: expect.any(Number) });
      expect(await store().reserveSendSlot(request('s2'))).toEqual({ ok: true, at: expect.any(Number) });
      expect(await store().reserveSendSlot(request('s3'))).toEqual({
        ok: false,
        waitMs: 1_000,
        inFlight: false,
        key,
      });
      const view = last!;
      // The store's clock is the machine's here (same host), within a few seconds.
      expect(Math.abs(view.now - before)).toBeLessThan(5_000);
      // Unsettled slots count from now + holdMs.
      expect(view.slots.get(key)!.every((t) => t > view.now + 25_000)).toBe(true);
      expect(view.slots.get('*')!.length).toBeGreaterThanOrEqual(2);

      await store().settleSendSlot('s1');
      // Settled at a given instant (the answer's arrival), never later than it counted.
      await store().settleSendSlot('s2', (first as { at: number }).at - 5);
      await store().settleSendSlot('s2', (first as { at: number }).at + 50_000);
      await store().pauseSends(key, 5_000);
      await store().pauseSends(key, 1_000); // a shorter pause does not shorten it
      await store().reserveSendSlot(request('s4'));
      const after = last!;
      const settled = after.slots.get(key)!.filter((t) => t <= after.now);
      expect(settled).toHaveLength(2);
      expect(settled).toContainEqual((first as { at: number }).at - 5);
      expect(after.pausedUntil.get(key)!).toBeGreaterThan(after.now + 3_500);
    });

    test('prune forgets slots older than asked and pauses that are over', async () => {
      const key = uid('conv');
      const request = (slotId: string, holdMs: number) => ({
        slotId,
        keys: [{ key, lookbackMs: 3_600_000 }],
        holdMs,
        decide: () => ({ ok: true }) as const,
      });
      await store().reserveSendSlot(request(uid('slot'), -10_000)); // counts from 10 s ago
      await store().reserveSendSlot(request(uid('slot'), 0));
      await store().pauseSends(key, 0);
      await new Promise((r) => setTimeout(r, 20));
      await store().pruneSendSlots(5_000);
      let view: SendSlotView | undefined;
      await store().reserveSendSlot({
        ...request(uid('slot'), 0),
        decide: (v) => {
          view = v;
          return { ok: false, waitMs: 1, inFlight: false, key };
        },
      });
      expect(view!.slots.get(key)).toHaveLength(1);
      expect(view!.pausedUntil.has(key)).toBe(false);
    });

    test('reservations at the same time are serialized: never more slots than the decision allows', async () => {
      const key = uid('conv');
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          store().reserveSendSlot({
            slotId: `${key}-${i}`,
            keys: [{ key, lookbackMs: 60_000 }],
            holdMs: 1_000,
            decide: allowAtMost(5, key),
          }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(5);
    });
  });
}
