import { retimeRounds, timingChanged, type RoundRetime } from '../../core/planner';
import type { Forum } from '../../core/model';
import type { TransactionStore } from '../store/store';

/**
 * Saves a forum's new settings and, when its time zone, send time or quiet hours changed, gives
 * every planned round its new local time and instant (core/planner retimeRounds) and moves its
 * pending deliveries with it. Call it inside Store.transaction, so the settings and the rounds
 * change together. A round a worker took in the meantime is left as it is (guarded update).
 * Rounds already sent (materialized), missed or cancelled keep their time.
 */
export async function saveForumRetimingRounds(
  tx: TransactionStore,
  before: Forum,
  after: Forum,
  at: string,
): Promise<RoundRetime[]> {
  await tx.saveForum(after);
  if (!timingChanged(before, after)) return [];
  const done: RoundRetime[] = [];
  for (const change of retimeRounds(await tx.listRounds(after.id), before, after)) {
    if (!(await tx.retimePlannedRound(change.roundId, change.after, at))) continue;
    await tx.rescheduleDeliveries(change.roundId, change.after.dueAt, at);
    done.push(change);
  }
  return done;
}
