import type { Delivery, DeliveryState, Member, Round } from '../../core/model';

export interface RoundDeliveryStatus {
  round: Round;
  total: number;
  counts: Record<DeliveryState, number>;
}

/** A delivery an organizer should look at: failed or unreachable, with the reason. */
export interface DeliveryProblem {
  deliveryId: string;
  roundId: string;
  recipientKind: Delivery['recipientKind'];
  recipientId: string;
  /** The member's name, or null for a group chat. */
  recipientName: string | null;
  departmentId: string | null;
  state: 'failed' | 'unreachable';
  attempts: number;
  lastError: string | null;
  updatedAt: string;
}

export interface DeliveryStatusReport {
  forumId: string;
  rounds: RoundDeliveryStatus[];
  problems: DeliveryProblem[];
}

const emptyCounts = (): Record<DeliveryState, number> => ({
  pending: 0,
  leased: 0,
  sent: 0,
  failed: 0,
  unreachable: 0,
  cancelled: 0,
});

export function summarizeDeliveries(
  forumId: string,
  rounds: Round[],
  deliveries: Delivery[],
  members: Map<string, Member>,
): DeliveryStatusReport {
  const byRound = new Map(rounds.map((r) => [r.id, { round: r, total: 0, counts: emptyCounts() }]));
  const problems: DeliveryProblem[] = [];
  for (const d of deliveries) {
    const entry = byRound.get(d.roundId);
    if (entry) {
      entry.total++;
      entry.counts[d.state]++;
    }
    if (d.state === 'failed' || d.state === 'unreachable') {
      problems.push({
        deliveryId: d.id,
        roundId: d.roundId,
        recipientKind: d.recipientKind,
        recipientId: d.recipientId,
        recipientName: d.recipientKind === 'member' ? (members.get(d.recipientId)?.name ?? null) : null,
        departmentId: d.departmentId,
        state: d.state,
        attempts: d.attempts,
        lastError: d.lastError,
        updatedAt: d.updatedAt,
      });
    }
  }
  return { forumId, rounds: [...byRound.values()], problems };
}
