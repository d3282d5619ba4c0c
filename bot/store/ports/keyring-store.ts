/** A secret of the keyring (bot/keys): what signs codes and tokens every instance must accept. */
export interface SigningKeyRecord {
  /** Random; travels in the tokens it signs (key id). */
  id: string;
  /** What the key signs, e.g. 'confirm-code', 'event-ticket', 'dev-token'. */
  purpose: string;
  /** The secret bytes, base64url. */
  secret: string;
  createdAt: string;
  /** Signs from this instant (the start of its rotation period); one key per purpose and notBefore. */
  notBefore: string;
  /** Verifies until this instant (the end of its period plus the overlap); may be forgotten after. */
  retireAfter: string;
}

/** The keyring's signing keys, shared by every instance. */
export interface KeyringStore {
  /**
   * Stores `key` unless its purpose has a key with the same notBefore already (first writer wins,
   * across instances) and returns the stored key of that purpose and notBefore. Keys retired
   * before key.createdAt may be forgotten.
   */
  ensureSigningKey(key: SigningKeyRecord): Promise<SigningKeyRecord>;
  /** A purpose's keys not retired at `at`, newest notBefore first. */
  listSigningKeys(purpose: string, at: string): Promise<SigningKeyRecord[]>;
}
