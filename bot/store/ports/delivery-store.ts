import type { Delivery, DeliveryState } from '../../../core/model';
import type { ClaimRequest } from './work-lease-store';

export type DeliveryOutcome =
  | { state: 'sent'; activityId: string; conversationId: string }
  /** `notAnAttempt`: recorded without counting an attempt (cancelled never counts one). */
  | { state: 'failed' | 'unreachable' | 'cancelled'; error: string; notAnAttempt?: true }
  /** Put back for another attempt at nextAttemptAt (attempts is incremented). */
  | { state: 'retry'; nextAttemptAt: string; error: string };

/** Deliveries: one per round and recipient, claimed with a lease by the scheduler and sent. */
export interface DeliveryStore {
  /** Inserts deliveries; a (roundId, recipientId) that exists already is left as it is. Returns how many were new. */
  addDeliveries(deliveries: Delivery[]): Promise<number>;
  /** Atomically leases up to `limit` due deliveries for `owner`; no two claimers get the same one. */
  claimDeliveries(request: ClaimRequest): Promise<Delivery[]>;
  /** Records the outcome of a leased delivery; returns false if the lease is no longer held by owner. */
  completeDelivery(id: string, owner: string, outcome: DeliveryOutcome, at: string): Promise<boolean>;
  getDelivery(id: string): Promise<Delivery | undefined>;
  listDeliveries(filter: { roundId?: string; forumId?: string; state?: DeliveryState }): Promise<Delivery[]>;
  /** Cancels every pending (not leased, not sent) delivery of a round. Returns how many. */
  cancelPendingDeliveries(roundId: string, at: string): Promise<number>;
  /** Moves the due time of every pending delivery of a round. */
  rescheduleDeliveries(roundId: string, dueAt: string, at: string): Promise<number>;
  /** Puts a failed/unreachable delivery back to pending for a new attempt now. */
  retryDelivery(id: string, at: string): Promise<boolean>;
  /** Cancels one pending delivery (pending -> cancelled only); false when it was not pending. */
  cancelDelivery(id: string, at: string): Promise<boolean>;
}
