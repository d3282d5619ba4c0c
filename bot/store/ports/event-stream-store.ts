/** A request for one of a person's live-update stream slots. */
export interface EventStreamClaim {
  /** Whose allowance (Entra object id). */
  person: string;
  streamId: string;
  /** The instance holding the stream; it renews the lease while the stream is open. */
  owner: string;
  /** At most this many unexpired streams per person, across instances. */
  limit: number;
  now: string;
  leaseUntil: string;
}

/** Live-update streams: a per-person allowance that holds across instances. */
export interface EventStreamStore {
  /**
   * Takes one of the person's `limit` slots for the stream, atomically: a slot is free when no
   * row holds it or its lease expired before `now`. False when every slot is held.
   */
  acquireEventStream(claim: EventStreamClaim): Promise<boolean>;
  /** Extends the lease of every stream `owner` holds; returns the ids of the streams it still holds. */
  renewEventStreams(owner: string, leaseUntil: string): Promise<string[]>;
  /** Gives the stream's slot back. */
  releaseEventStream(person: string, streamId: string): Promise<void>;
}
