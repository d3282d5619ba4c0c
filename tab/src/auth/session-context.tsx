import { createContext, useContext } from 'react';
import type { HttpClient } from '../api/http-client';
import type { HostInfo } from '../host/teams-host';
import type { MeResponse } from '../api/types';

export interface Session {
  http: HttpClient;
  host: HostInfo;
  me: MeResponse;
  devMode: boolean;
  /** Dev mode only: forget the local token and pick another demo person. */
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
