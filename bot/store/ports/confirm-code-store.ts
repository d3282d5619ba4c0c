/** Single-use confirmation codes. */
export interface ConfirmCodeStore {
  /**
   * Records that the confirmation code with this id (its nonce) is used. True for the first use;
   * false when it was used already (by this or another instance). Codes whose expiresAt is before
   * `at` may be forgotten (an expired code is refused by its signature check anyway).
   */
  consumeConfirmCode(id: string, expiresAt: string, at: string): Promise<boolean>;
}
