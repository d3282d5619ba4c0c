import type { Delivery, Round } from '../../../../core/model';
import type { Store } from '../../../../bot/store/store';
import { at, delivery, department, forum, round } from '../fixtures';

const LEASE_MS = 60_000; // one minute: at(n + 1) is past a lease taken at at(n)

/** Card closes: after the final meeting every sent prompt card is updated once, with leases like sends. */
export function describeCardCloseContract(store: () => Store): void {
  async function aForum(): Promise<{ forumId: string; prompt: Round; reminder: Round }> {
    const f = forum();
    await store().saveForum(f);
    const prompt = round(f.id, { kind: 'prompt', state: 'materialized' });
    const reminder = round(f.id, { kind: 'reminder', state: 'materialized' });
    await store().saveRound(prompt);
    await store().saveRound(reminder);
    return { forumId: f.id, prompt, reminder };
  }

  const sent = (r: Round, n: number, overrides: Partial<Delivery> = {}): Delivery =>
    delivery(r, {
      state: 'sent',
      attempts: 1,
      sentActivityId: `act-${n}`,
      sentConversationId: `a:conv-${n}`,
      ...overrides,
    });

  describe('card closes', () => {
    test('queues only sent prompt deliveries with an activity id of that forum, once', async () => {
      const { forumId, prompt, reminder } = await aForum();
      const other = await aForum();
      const a = sent(prompt, 1);
      const b = sent(prompt, 2, { recipientKind: 'conversation' });
      const pending = delivery(prompt);
      const failed = delivery(prompt, { state: 'failed', lastError: 'x' });
      const noActivity = sent(prompt, 3, { sentActivityId: null });
      const remind = sent(reminder, 4);
      const elsewhere = sent(other.prompt, 5);
      await store().addDeliveries([a, b, pending, failed, noActivity, remind, elsewhere]);

      expect(await store().enqueueCardCloses(forumId, at(0))).toBe(2);
      expect(await store().enqueueCardCloses(forumId, at(1))).toBe(0);
      const closes = await store().listCardCloses({ forumId });
      expect(closes.map((c) => c.deliveryId).sort()).toEqual([a.id, b.id].sort());
      for (const c of closes) {
        expect(c).toEqual({
          deliveryId: c.deliveryId,
          forumId,
          view: 'closed',
          state: 'pending',
          attempts: 0,
          nextAttemptAt: at(0),
          leaseOwner: null,
          leaseUntil: null,
          lastError: null,
          updatedAt: at(0),
        });
      }
      expect(await store().listCardCloses({ forumId: other.forumId })).toEqual([]);
      expect(await store().enqueueCardCloses('missing', at(0))).toBe(0);
    });

    test('a claim leases each close to one worker; an expired lease is claimed again', async () => {
      const { forumId, prompt } = await aForum();
      const ds = [1, 2, 3].map((n) => sent(prompt, n));
      await store().addDeliveries(ds);
      await store().enqueueCardCloses(forumId, at(0));

      const first = await store().claimCardCloses({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 2 });
      expect(first).toHaveLength(2);
      for (const c of first)
        expect(c).toMatchObject({
          state: 'leased',
          leaseOwner: 'w1',
          leaseUntil: new Date(Date.parse(at(0)) + LEASE_MS).toISOString(),
        });
      const second = await store().claimCardCloses({ now: at(0), owner: 'w2', leaseMs: LEASE_MS, limit: 5 });
      expect(second).toHaveLength(1);
      expect(new Set([...first, ...second].map((c) => c.deliveryId)).size).toBe(3);
      expect(
        await store().claimCardCloses({ now: at(0.5), owner: 'w3', leaseMs: LEASE_MS, limit: 5 }),
      ).toEqual([]);
      expect(
        await store().claimCardCloses({ now: at(0.5), owner: 'w3', leaseMs: LEASE_MS, limit: 0 }),
      ).toEqual([]);
      // A worker that crashed holding a lease: after it expires another worker takes the close over.
      const taken = await store().claimCardCloses({ now: at(2), owner: 'w3', leaseMs: LEASE_MS, limit: 5 });
      expect(taken.map((c) => c.leaseOwner)).toEqual(['w3', 'w3', 'w3']);
      expect(await store().completeCardClose(first[0]!.deliveryId, 'w1', { state: 'closed' }, at(2.1))).toBe(
        false,
      );
    });

    test('closed is final: recorded once, never queued or claimed again', async () => {
      const { forumId, prompt } = await aForum();
      const d = sent(prompt, 1);
      await store().addDeliveries([d]);
      await store().enqueueCardCloses(forumId, at(0));
      await store().claimCardCloses({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 5 });
      expect(await store().completeCardClose(d.id, 'w1', { state: 'closed' }, at(0.2))).toBe(true);
      expect(await store().completeCardClose(d.id, 'w1', { state: 'closed' }, at(0.3))).toBe(false);
      expect(await store().completeCardClose('missing', 'w1', { state: 'closed' }, at(0.3))).toBe(false);
      expect(await store().listCardCloses({ forumId, state: 'closed' })).toEqual([
        {
          deliveryId: d.id,
          forumId,
          view: 'closed',
          state: 'closed',
          attempts: 1,
          nextAttemptAt: at(0),
          leaseOwner: null,
          leaseUntil: null,
          lastError: null,
          updatedAt: at(0.2),
        },
      ]);
      expect(await store().enqueueCardCloses(forumId, at(5))).toBe(0);
      expect(
        await store().claimCardCloses({ now: at(99), owner: 'w2', leaseMs: LEASE_MS, limit: 5 }),
      ).toEqual([]);
    });

    test('a retry waits for its next attempt; failed and unreachable are final', async () => {
      const { forumId, prompt } = await aForum();
      const [r, f, u] = [sent(prompt, 1), sent(prompt, 2), sent(prompt, 3)];
      await store().addDeliveries([r!, f!, u!]);
      await store().enqueueCardCloses(forumId, at(0));
      await store().claimCardCloses({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 5 });
      const retry = { state: 'retry', nextAttemptAt: at(5), error: 'HTTP 429' } as const;
      expect(await store().completeCardClose(r!.id, 'w1', retry, at(0.1))).toBe(true);
      expect(
        await store().completeCardClose(f!.id, 'w1', { state: 'failed', error: 'HTTP 400' }, at(0.1)),
      ).toBe(true);
      expect(
        await store().completeCardClose(u!.id, 'w1', { state: 'unreachable', error: 'HTTP 404' }, at(0.1)),
      ).toBe(true);
      const byId = new Map((await store().listCardCloses({ forumId })).map((c) => [c.deliveryId, c]));
      expect(byId.get(r!.id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        nextAttemptAt: at(5),
        lastError: 'HTTP 429',
      });
      expect(byId.get(f!.id)).toMatchObject({ state: 'failed', attempts: 1, lastError: 'HTTP 400' });
      expect(byId.get(u!.id)).toMatchObject({ state: 'unreachable', attempts: 1, lastError: 'HTTP 404' });

      expect(await store().claimCardCloses({ now: at(4), owner: 'w1', leaseMs: LEASE_MS, limit: 5 })).toEqual(
        [],
      );
      const again = await store().claimCardCloses({ now: at(5), owner: 'w1', leaseMs: LEASE_MS, limit: 5 });
      expect(again.map((c) => [c.deliveryId, c.attempts])).toEqual([[r!.id, 1]]);
      await store().completeCardClose(r!.id, 'w1', { state: 'closed' }, at(5.1));
      expect(await store().listCardCloses({ forumId, state: 'closed' })).toMatchObject([
        { deliveryId: r!.id, attempts: 2, lastError: null },
      ]);
    });

    test("an erasure queues the member's sent cards and their departments' group cards, and re-queues closed ones", async () => {
      const { forumId, prompt, reminder } = await aForum();
      const [d1, d2] = [department(forumId), department(forumId)];
      await store().saveDepartment(d1);
      await store().saveDepartment(d2);
      const own = sent(prompt, 1, { recipientId: 'm1', departmentId: d1.id });
      const ownReminder = sent(reminder, 2, { recipientId: 'm1', departmentId: d1.id });
      const group1 = sent(prompt, 3, {
        recipientKind: 'conversation',
        recipientId: 'g1',
        departmentId: d1.id,
      });
      const group2 = sent(prompt, 4, {
        recipientKind: 'conversation',
        recipientId: 'g2',
        departmentId: d2.id,
      });
      const someoneElse = sent(prompt, 5, { recipientId: 'm2', departmentId: d1.id });
      const unsent = delivery(prompt, { recipientId: 'm1', departmentId: d2.id });
      await store().addDeliveries([own, ownReminder, group1, group2, someoneElse, unsent]);
      // `own` was closed already (the forum is over): it is queued again, to a closed erased view.
      await store().enqueueCardCloses(forumId, at(0));
      await store().claimCardCloses({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 10 });
      await store().completeCardClose(own.id, 'w1', { state: 'closed' }, at(0.1));

      const queued = await store().enqueueErasedCards({
        forumId,
        memberId: 'm1',
        departmentIds: [d1.id],
        at: at(1),
      });
      expect(queued).toBe(3);
      const byId = new Map((await store().listCardCloses({ forumId })).map((c) => [c.deliveryId, c]));
      expect(byId.get(own.id)).toMatchObject({ view: 'erased-closed', state: 'pending', attempts: 0 });
      expect(byId.get(ownReminder.id)).toMatchObject({
        view: 'erased',
        state: 'pending',
        nextAttemptAt: at(1),
      });
      // group1 was leased by w1 (closing): the lease is lost, so the card is rendered after the erasure.
      expect(byId.get(group1.id)).toMatchObject({
        view: 'erased-closed',
        state: 'pending',
        leaseOwner: null,
      });
      expect(await store().completeCardClose(group1.id, 'w1', { state: 'closed' }, at(1.1))).toBe(false);
      expect(byId.get(group2.id)).toMatchObject({ view: 'closed' });
      expect(byId.get(someoneElse.id)).toMatchObject({ view: 'closed' });
      expect(byId.has(unsent.id)).toBe(false);

      // A card erased while the forum was open is closed once, when the forum closes.
      await store().claimCardCloses({ now: at(2), owner: 'w2', leaseMs: LEASE_MS, limit: 10 });
      await store().completeCardClose(ownReminder.id, 'w2', { state: 'closed' }, at(2.1));
      expect(await store().enqueueCardCloses(forumId, at(3))).toBe(1);
      expect(
        (await store().listCardCloses({ forumId })).find((c) => c.deliveryId === ownReminder.id),
      ).toMatchObject({ view: 'erased-closed', state: 'pending' });
      expect(await store().enqueueCardCloses(forumId, at(4))).toBe(0);
      expect(
        await store().enqueueErasedCards({ forumId, memberId: 'nobody', departmentIds: [], at: at(5) }),
      ).toBe(0);
    });

    test('before the purge every sent card of the forum is queued once for the purged view', async () => {
      const { forumId, prompt, reminder } = await aForum();
      const other = await aForum();
      const a = sent(prompt, 1, { recipientId: 'm1' });
      const b = sent(reminder, 2, { recipientKind: 'conversation', recipientId: 'g1' });
      const elsewhere = sent(other.prompt, 3);
      await store().addDeliveries([a, b, elsewhere, delivery(prompt)]);
      await store().enqueueErasedCards({ forumId, memberId: 'm1', departmentIds: [], at: at(0) });
      expect(await store().enqueuePurgedCards(forumId, at(1))).toBe(2);
      const rows = await store().listCardCloses({ forumId });
      expect(rows.map((r) => [r.view, r.state, r.nextAttemptAt])).toEqual([
        ['purged', 'pending', at(1)],
        ['purged', 'pending', at(1)],
      ]);
      expect(await store().enqueuePurgedCards(forumId, at(2))).toBe(0);
      // A later erasure or close does not undo the purged view.
      await store().enqueueErasedCards({ forumId, memberId: 'm1', departmentIds: [], at: at(3) });
      await store().enqueueCardCloses(forumId, at(3));
      expect((await store().listCardCloses({ forumId })).map((r) => r.view)).toEqual(['purged', 'purged']);
      expect(await store().listCardCloses({ forumId: other.forumId })).toEqual([]);
    });
  });
}
