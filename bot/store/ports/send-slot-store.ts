/** What a reservation sees, in the store's clock (ms since the epoch): the recent slots and pauses of each key. */
export interface SendSlotView {
  now: number;
  /** Per key: the instants its recent slots count from (unsettled ones lie in the future). */
  slots: ReadonlyMap<string, readonly number[]>;
  /** Per key: until when sends are paused (absent: not paused). */
  pausedUntil: ReadonlyMap<string, number>;
}

/** A send may go now, or must wait `waitMs`; `key` is the key that holds it back. */
export type SendSlotDecision = { ok: true } | { ok: false; waitMs: number; inFlight: boolean; key: string };

/** A reserved slot (`at`: the store-clock instant it was reserved at), or why and how long to wait. */
export type SendSlotReservation = { ok: true; at: number } | Extract<SendSlotDecision, { ok: false }>;

export interface SendSlotRequest {
  /** New slot id (one send). */
  slotId: string;
  /** The keys the send counts against, with how far back their slots matter (ms). */
  keys: ReadonlyArray<{ key: string; lookbackMs: number }>;
  /** Decides from the view whether the send fits; pure (it may be asked more than once). */
  decide(view: SendSlotView): SendSlotDecision;
  /** An unsettled slot counts from now + holdMs (the latest its request can still reach the server). */
  holdMs: number;
}

/** Send limits shared by every instance (the store's clock; one reservation at a time). */
export interface SendSlotStore {
  /**
   * Atomically: reads the recent slots and pauses of the request's keys, asks `decide`, and when
   * it allows the send records a slot under every key counting from now + holdMs.
   */
  reserveSendSlot(request: SendSlotRequest): Promise<SendSlotReservation>;
  /** Several reservations in one transaction, decided in order (each counting the ones before it). */
  reserveSendSlots(requests: readonly SendSlotRequest[]): Promise<SendSlotReservation[]>;
  /**
   * The send's response is in: its slots count from `at` (store-clock ms; default now), never
   * later than they did.
   */
  settleSendSlot(slotId: string, at?: number): Promise<void>;
  /** Pauses sends to `key` for `ms` from now (a longer pause already in place stays). */
  pauseSends(key: string, ms: number): Promise<void>;
  /** Forgets slots older than `olderThanMs` and pauses that are over. */
  pruneSendSlots(olderThanMs: number): Promise<void>;
}
