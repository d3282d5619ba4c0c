import { isApiError } from '../api/api-error';
import type { HttpClient } from '../api/http-client';
import type { DevUser, MeResponse } from '../api/types';
import type { HostInfo } from '../host/teams-host';
import { devTokenStore } from './dev-token-store';

export type BootState =
  | { kind: 'loading' }
  | { kind: 'ready'; me: MeResponse }
  | { kind: 'devSignIn'; users: DevUser[] }
  | { kind: 'teamsOnly' }
  | { kind: 'error'; error: unknown };

/**
 * Decides what the person sees first. In Teams: the SSO token, then /api/me.
 * Outside Teams: a saved dev token if still valid, else the dev sign-in when the server is in
 * dev mode (GET /api/dev/users answers), else "open this in Teams".
 */
export async function boot(host: HostInfo, http: HttpClient): Promise<BootState> {
  if (host.inTeams) {
    try {
      return { kind: 'ready', me: await http.call('me') };
    } catch (error) {
      return { kind: 'error', error };
    }
  }
  if (devTokenStore.get()) {
    try {
      return { kind: 'ready', me: await http.call('me') };
    } catch (error) {
      if (!isApiError(error) || error.status !== 401) return { kind: 'error', error };
      devTokenStore.clear();
    }
  }
  try {
    const { users } = await http.call('devUsers');
    return { kind: 'devSignIn', users };
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 403)) return { kind: 'teamsOnly' };
    return { kind: 'error', error };
  }
}
