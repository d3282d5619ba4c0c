/** The tables of leased work: prompts (deliveries), card updates, and the meetings' messages. */
export type LeasedTable = 'deliveries' | 'card_closes' | 'meeting_messages' | 'meeting_card_updates';

export interface ClaimRequest {
  /** Now, ISO. Deliveries with nextAttemptAt <= now that are pending, or leased with an expired lease, are due. */
  now: string;
  /** Identifies the claiming worker (process). */
  owner: string;
  leaseMs: number;
  limit: number;
}

/** The leases a worker holds on claimed deliveries, card closes and meeting messages. */
export interface WorkLeaseStore {
  /**
   * Extends every lease `owner` still holds (deliveries, card closes, meeting messages) to now + leaseMs; returns
   * how many. A lease that ran out but was not claimed by another worker is still the owner's.
   */
  renewLeases(owner: string, now: string, leaseMs: number): Promise<number>;
  /** Extends one lease on a delivery, a card close or a meeting message; false when another worker has it. */
  renewLease(queue: LeasedTable, id: string, owner: string, now: string, leaseMs: number): Promise<boolean>;
}
