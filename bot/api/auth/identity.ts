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
  /** Resolves the identity or throws the 401 HttpError (`unauthenticated`); never returns a partially checked identity. */
  verify(token: string): Promise<Identity>;
}
