import type { Round } from '../../../../core/model';
import type { Store } from '../../../../bot/store/store';
import { at, delivery, forum, round } from '../fixtures';

const LEASE_MS = 60_000; // one minute: at(n + 1) is past a lease taken at at(n)

/** Deliveries: idempotent insert, leases, outcomes, cancel/reschedule/retry. */
export function describeDeliveryContract(store: () => Store): void {
  async function aRound(overrides: Partial<Round> = {}): Promise<Round> {
    const f = forum();
    await store().saveForum(f);
    const r = round(f.id, overrides);
    await store().saveRound(r);
    return r;
  }

  describe('deliveries', () => {
    test('a delivery reads back equal and is listed by round, forum and state', async () => {
      const r = await aRound();
      const d = delivery(r, { recipientKind: 'conversation', departmentId: null });
      expect(await store().addDeliveries([d])).toBe(1);
      expect(await store().getDelivery(d.id)).toEqual(d);
      expect(await store().getDelivery('missing')).toBeUndefined();
      expect(await store().listDeliveries({ roundId: r.id })).toEqual([d]);
      expect(await store().listDeliveries({ forumId: r.forumId, state: 'pending' })).toEqual([d]);
      expect(await store().listDeliveries({ roundId: r.id, state: 'sent' })).toEqual([]);
    });

    test('(round, recipient) is the idempotency key: a second add leaves the first as it is', async () => {
      const r = await aRound();
      const a = delivery(r, { recipientId: 'm1' });
      const b = delivery(r, { recipientId: 'm2' });
      expect(await store().addDeliveries([a, b])).toBe(2);
      const again = delivery(r, { recipientId: 'm1', dueAt: at(99), nextAttemptAt: at(99) });
      const c = delivery(r, { recipientId: 'm3' });
      expect(await store().addDeliveries([again, c])).toBe(1);
      expect(await store().addDeliveries([])).toBe(0);
      const listed = await store().listDeliveries({ roundId: r.id });
      expect(listed.map((d) => d.recipientId).sort()).toEqual(['m1', 'm2', 'm3']);
      expect(listed.find((d) => d.recipientId === 'm1')).toEqual(a);
    });

    test('claim leases at most `limit`, oldest due first, and skips what is not due', async () => {
      const r = await aRound();
      const ds = [3, 1, 4, 2, 0].map((m) => delivery(r, { dueAt: at(m) }));
      const future = delivery(r, { dueAt: at(30) });
      await store().addDeliveries([...ds, future]);

      const first = await store().claimDeliveries({ now: at(10), owner: 'w1', leaseMs: LEASE_MS, limit: 3 });
      expect(first.map((d) => d.dueAt)).toEqual([at(0), at(1), at(2)]);
      for (const d of first) {
        expect(d).toMatchObject({
          state: 'leased',
          leaseOwner: 'w1',
          leaseUntil: new Date(Date.parse(at(10)) + LEASE_MS).toISOString(),
        });
        expect(await store().getDelivery(d.id)).toEqual(d);
      }
      const second = await store().claimDeliveries({ now: at(10), owner: 'w2', leaseMs: LEASE_MS, limit: 3 });
      expect(second.map((d) => d.dueAt)).toEqual([at(3), at(4)]);
      expect(
        await store().claimDeliveries({ now: at(10), owner: 'w3', leaseMs: LEASE_MS, limit: 3 }),
      ).toEqual([]);
      expect(
        await store().claimDeliveries({ now: at(10), owner: 'w3', leaseMs: LEASE_MS, limit: 0 }),
      ).toEqual([]);
    });

    test('an expired lease can be claimed by another worker, a live one cannot', async () => {
      const r = await aRound();
      const d = delivery(r);
      await store().addDeliveries([d]);
      await store().claimDeliveries({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 10 });
      expect(
        await store().claimDeliveries({ now: at(0.5), owner: 'w2', leaseMs: LEASE_MS, limit: 10 }),
      ).toEqual([]);
      const taken = await store().claimDeliveries({ now: at(2), owner: 'w2', leaseMs: LEASE_MS, limit: 10 });
      expect(taken.map((x) => [x.id, x.leaseOwner])).toEqual([[d.id, 'w2']]);
    });

    test('only the lease holder can complete: a worker whose lease was taken over cannot overwrite', async () => {
      const r = await aRound();
      const d = delivery(r);
      await store().addDeliveries([d]);
      await store().claimDeliveries({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });
      await store().claimDeliveries({ now: at(2), owner: 'w2', leaseMs: LEASE_MS, limit: 1 });

      const sent = { state: 'sent', activityId: 'act-1', conversationId: 'conv-1' } as const;
      expect(await store().completeDelivery(d.id, 'w1', sent, at(3))).toBe(false);
      expect(await store().getDelivery(d.id)).toMatchObject({
        state: 'leased',
        leaseOwner: 'w2',
        sentActivityId: null,
      });

      expect(await store().completeDelivery(d.id, 'w2', sent, at(3))).toBe(true);
      // w1's lease that ran out counted as an attempt, w2's send as another.
      expect(await store().getDelivery(d.id)).toMatchObject({
        state: 'sent',
        attempts: 2,
        sentActivityId: 'act-1',
        sentConversationId: 'conv-1',
        lastError: null,
        leaseOwner: null,
        leaseUntil: null,
        updatedAt: at(3),
      });
      // Completing twice does nothing; a delivery that is not leased cannot be completed.
      expect(await store().completeDelivery(d.id, 'w2', sent, at(4))).toBe(false);
      expect(await store().completeDelivery('missing', 'w2', sent, at(4))).toBe(false);
    });

    test('retry puts it back to pending with the next attempt time and one more attempt', async () => {
      const r = await aRound();
      const d = delivery(r);
      await store().addDeliveries([d]);
      await store().claimDeliveries({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });
      const retry = { state: 'retry', nextAttemptAt: at(5), error: '429 Too Many Requests' } as const;
      expect(await store().completeDelivery(d.id, 'w1', retry, at(0.1))).toBe(true);
      expect(await store().getDelivery(d.id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        nextAttemptAt: at(5),
        dueAt: d.dueAt,
        lastError: '429 Too Many Requests',
        leaseOwner: null,
        leaseUntil: null,
      });
      expect(await store().claimDeliveries({ now: at(4), owner: 'w1', leaseMs: LEASE_MS, limit: 1 })).toEqual(
        [],
      );
      const again = await store().claimDeliveries({ now: at(5), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });
      expect(again.map((x) => x.id)).toEqual([d.id]);
      await store().completeDelivery(d.id, 'w1', { ...retry, nextAttemptAt: at(20) }, at(5.1));
      expect((await store().getDelivery(d.id))?.attempts).toBe(2);
    });

    test('failed and unreachable outcomes are final until retryDelivery; cancelled does not count an attempt', async () => {
      const r = await aRound();
      const [failed, unreachable, cancelled] = [delivery(r), delivery(r), delivery(r)];
      await store().addDeliveries([failed!, unreachable!, cancelled!]);
      await store().claimDeliveries({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 3 });
      await store().completeDelivery(failed!.id, 'w1', { state: 'failed', error: 'card too large' }, at(1));
      await store().completeDelivery(
        unreachable!.id,
        'w1',
        { state: 'unreachable', error: '403 MessageWritesBlocked' },
        at(1),
      );
      await store().completeDelivery(
        cancelled!.id,
        'w1',
        { state: 'cancelled', error: 'already answered' },
        at(1),
      );
      expect(await store().getDelivery(failed!.id)).toMatchObject({
        state: 'failed',
        attempts: 1,
        lastError: 'card too large',
      });
      expect(await store().getDelivery(unreachable!.id)).toMatchObject({ state: 'unreachable', attempts: 1 });
      expect(await store().getDelivery(cancelled!.id)).toMatchObject({ state: 'cancelled', attempts: 0 });
      expect(
        await store().claimDeliveries({ now: at(100), owner: 'w1', leaseMs: LEASE_MS, limit: 10 }),
      ).toEqual([]);

      expect(await store().retryDelivery(failed!.id, at(50))).toBe(true);
      expect(await store().retryDelivery(unreachable!.id, at(50))).toBe(true);
      expect(await store().retryDelivery(cancelled!.id, at(50))).toBe(false);
      expect(await store().getDelivery(failed!.id)).toMatchObject({
        state: 'pending',
        nextAttemptAt: at(50),
        attempts: 1,
      });
      const reclaimed = await store().claimDeliveries({
        now: at(50),
        owner: 'w2',
        leaseMs: LEASE_MS,
        limit: 10,
      });
      expect(reclaimed.map((x) => x.id).sort()).toEqual([failed!.id, unreachable!.id].sort());
    });

    test('cancelPendingDeliveries cancels only the pending ones of that round', async () => {
      const r = await aRound();
      const other = await aRound();
      const [leased, sent, p1, p2] = [
        delivery(r, { dueAt: at(0) }),
        delivery(r, { dueAt: at(1) }),
        delivery(r, { dueAt: at(9) }),
        delivery(r, { dueAt: at(9) }),
      ];
      const elsewhere = delivery(other, { dueAt: at(9) });
      await store().addDeliveries([leased!, sent!, p1!, p2!, elsewhere]);
      await store().claimDeliveries({ now: at(1), owner: 'w1', leaseMs: LEASE_MS, limit: 2 });
      await store().completeDelivery(
        sent!.id,
        'w1',
        { state: 'sent', activityId: 'a', conversationId: 'c' },
        at(1),
      );

      expect(await store().cancelPendingDeliveries(r.id, at(2))).toBe(2);
      expect(await store().getDelivery(p1!.id)).toMatchObject({ state: 'cancelled', updatedAt: at(2) });
      expect((await store().getDelivery(leased!.id))?.state).toBe('leased');
      expect((await store().getDelivery(sent!.id))?.state).toBe('sent');
      expect((await store().getDelivery(elsewhere.id))?.state).toBe('pending');
      expect(await store().cancelPendingDeliveries(r.id, at(3))).toBe(0);
    });

    test('rescheduleDeliveries moves the due time of pending deliveries only', async () => {
      const r = await aRound();
      const [leased, p1, p2] = [
        delivery(r, { dueAt: at(0) }),
        delivery(r, { dueAt: at(5) }),
        delivery(r, { dueAt: at(5) }),
      ];
      await store().addDeliveries([leased!, p1!, p2!]);
      await store().claimDeliveries({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });

      expect(await store().rescheduleDeliveries(r.id, at(60), at(1))).toBe(2);
      expect(await store().getDelivery(p1!.id)).toMatchObject({
        dueAt: at(60),
        nextAttemptAt: at(60),
        state: 'pending',
      });
      expect(await store().getDelivery(leased!.id)).toMatchObject({ dueAt: at(0), state: 'leased' });
      expect(
        await store().claimDeliveries({ now: at(0.5), owner: 'w2', leaseMs: LEASE_MS, limit: 10 }),
      ).toEqual([]);
      const later = await store().claimDeliveries({ now: at(60), owner: 'w2', leaseMs: LEASE_MS, limit: 10 });
      expect(later.map((x) => x.id).sort()).toEqual([leased!.id, p1!.id, p2!.id].sort());
    });

    test('claimers running at the same time never get the same delivery', async () => {
      const r = await aRound();
      const ds = Array.from({ length: 60 }, (_, i) => delivery(r, { dueAt: at(i % 7) }));
      expect(await store().addDeliveries(ds)).toBe(60);
      const claimed: string[] = [];
      await Promise.all(
        Array.from({ length: 6 }, async (_, w) => {
          for (;;) {
            const batch = await store().claimDeliveries({
              now: at(10),
              owner: `w${w}`,
              leaseMs: LEASE_MS,
              limit: 4,
            });
            if (batch.length === 0) return;
            claimed.push(...batch.map((d) => d.id));
          }
        }),
      );
      expect(claimed).toHaveLength(60);
      expect(new Set(claimed).size).toBe(60);
    });
  });

  describe('single-delivery cancel', () => {
    test('cancels a pending delivery only', async () => {
      const f = forum();
      await store().saveForum(f);
      const r = round(f.id);
      await store().saveRound(r);
      const pending = delivery(r);
      const sent = delivery(r, { state: 'sent' });
      await store().addDeliveries([pending, sent]);
      expect(await store().cancelDelivery(pending.id, at(5))).toBe(true);
      expect(await store().getDelivery(pending.id)).toMatchObject({ state: 'cancelled', updatedAt: at(5) });
      expect(await store().cancelDelivery(pending.id, at(6))).toBe(false);
      expect(await store().cancelDelivery(sent.id, at(6))).toBe(false);
      expect(await store().cancelDelivery('missing', at(6))).toBe(false);
    });
  });
}
