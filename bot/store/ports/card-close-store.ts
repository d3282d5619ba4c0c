import type { ClaimRequest } from './work-lease-store';

/** A sent card to be updated in place: to the closed view after the forum's final meeting, or after an erasure. */
export type CardCloseState = 'pending' | 'leased' | 'closed' | 'failed' | 'unreachable';

/**
 * What an updated card shows. 'closed': the forum is over. 'erased': the answers of a person were
 * erased (their own card gets a neutral view, a group card is re-rendered without them; closed too
 * once the forum is over). 'erased-closed': both. 'purged': the retention purge is about to erase
 * everyone's answers: closed, and no answer shown on any card.
 */
export type CardView = 'closed' | 'erased' | 'erased-closed' | 'purged';

export interface CardClose {
  /** The delivery whose sent card is updated (one row per delivery; the latest request wins). */
  deliveryId: string;
  forumId: string;
  view: CardView;
  state: CardCloseState;
  /** Update attempts made so far. */
  attempts: number;
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  lastError: string | null;
  updatedAt: string;
}

export type CardCloseOutcome =
  | { state: 'closed' }
  /** `notAnAttempt`: recorded without counting an attempt. */
  | { state: 'failed' | 'unreachable'; error: string; notAnAttempt?: true }
  /** Put back for another attempt at nextAttemptAt. */
  | { state: 'retry'; nextAttemptAt: string; error: string };

/** Card updates in place (closed, erased, purged views): a queue claimed like deliveries. */
export interface CardCloseStore {
  /**
   * Queues a close for every delivery of the forum's prompt rounds that is 'sent' with an activity
   * id and has none yet, and turns the forum's 'erased' rows into 'erased-closed' (pending again),
   * so a card erased while the forum was open is closed too (idempotent). Returns how many were queued.
   */
  enqueueCardCloses(forumId: string, at: string): Promise<number>;
  /**
   * After a member's answers were erased: queues an update of every sent card (with an activity
   * id) that may show them - the member's own cards, and the group cards of `departmentIds` - with
   * an erased view ('erased', or 'erased-closed' for a card closed already). A row waiting or in
   * flight is put back to pending (a lease held is lost, so the card is rendered again after the
   * erasure). Returns how many rows were queued.
   */
  enqueueErasedCards(request: {
    forumId: string;
    memberId: string;
    departmentIds: string[];
    at: string;
  }): Promise<number>;
  /**
   * Before the retention purge: queues every sent card of the forum (with an activity id) for the
   * 'purged' view, so no card in Teams keeps showing answers. Idempotent: a card queued or updated
   * for the purge already is left as it is. Returns how many rows were queued.
   */
  enqueuePurgedCards(forumId: string, at: string): Promise<number>;
  /** Atomically leases up to `limit` due closes for `owner`; no two claimers get the same one. */
  claimCardCloses(request: ClaimRequest): Promise<CardClose[]>;
  /** Records the outcome of a leased close (attempts + 1); false if the lease is no longer held by owner. */
  completeCardClose(
    deliveryId: string,
    owner: string,
    outcome: CardCloseOutcome,
    at: string,
  ): Promise<boolean>;
  /** Ordered by delivery id. */
  listCardCloses(filter: { forumId?: string; state?: CardCloseState }): Promise<CardClose[]>;
}
