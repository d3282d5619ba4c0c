/** Who made a request, as proven by a verified token. */
export interface Identity {
  /** Entra ID object id (`oid`), lower-case. */
  aadObjectId: string;
  name: string;
  tenantId: string | null;
  /** How the identity was proven. */
  via: 'entra' | 'dev' | 'ticket';
}

export interface TokenVerifier {
  /** Resolves the identity or throws AuthError; never returns a partially checked identity. */
  verify(token: string): Promise<Identity>;
}

/** A token was missing or failed a check. `reason` is for logs only, never for the caller. */
export class AuthError extends Error {
  constructor(readonly reason: string) {
    super(`unauthenticated: ${reason}`);
    this.name = 'AuthError';
  }
}
