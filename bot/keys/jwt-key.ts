import type { KeyPurpose, Keyring } from './keyring';

/** Thrown by jwtKeyFrom when a token names no key of the keyring that may verify now. */
export class UnknownKeyError extends Error {
  constructor(purpose: KeyPurpose) {
    super(`${purpose}: unknown or retired key`);
    this.name = 'UnknownKeyError';
  }
}

/** A key lookup for jose's jwtVerify: the protected header's `kid` names the keyring key. */
export function jwtKeyFrom(keys: Keyring, purpose: KeyPurpose) {
  return async (header: { kid?: string }): Promise<Uint8Array> => {
    const key = await keys.verificationKey(purpose, header.kid);
    if (!key) throw new UnknownKeyError(purpose);
    return key.secret;
  };
}
