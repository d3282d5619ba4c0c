import type { Store } from '../../../../bot/store/store';
import { at, delivery, forum, round } from '../fixtures';

/** Re-timing a planned round (the forum's time zone, send time or quiet hours changed). */
export function describeRoundRetimeContract(store: () => Store): void {
  describe('re-timing planned rounds', () => {
    test('only a planned round gets the new time; its pending deliveries move with it in one transaction', async () => {
      const f = forum();
      await store().saveForum(f);
      const planned = round(f.id, { dueAt: at(0) });
      const taken = round(f.id, { dueAt: at(0), state: 'materialized' });
      await store().saveRound(planned);
      await store().saveRound(taken);
      const pending = delivery(planned);
      await store().addDeliveries([pending]);
      const change = { localTime: '10:30', dueAt: at(90) };
      await store().transaction(async (tx) => {
        expect(await tx.retimePlannedRound(planned.id, change, at(1))).toBe(true);
        expect(await tx.rescheduleDeliveries(planned.id, change.dueAt, at(1))).toBe(1);
        expect(await tx.retimePlannedRound(taken.id, change, at(1))).toBe(false);
      });
      expect(await store().getRound(planned.id)).toEqual({
        ...planned,
        localTime: '10:30',
        dueAt: at(90),
        updatedAt: at(1),
      });
      expect(await store().getRound(taken.id)).toEqual(taken);
      expect((await store().getDelivery(pending.id))!.dueAt).toBe(at(90));
      expect(await store().retimePlannedRound('missing', change, at(2))).toBe(false);
    });
  });
}
