/** The dev-mode token lives in sessionStorage: per browser tab, gone when the tab closes. */
const KEY = 'samskab.devToken';
/** Who signed in, so a refused token can be replaced without asking again. */
const USER_KEY = 'samskab.devUser';

export const devTokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string, aadObjectId?: string): void {
    sessionStorage.setItem(KEY, token);
    if (aadObjectId) sessionStorage.setItem(USER_KEY, aadObjectId);
  },
  user(): string | null {
    try {
      return sessionStorage.getItem(USER_KEY);
    } catch {
      return null;
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
      sessionStorage.removeItem(USER_KEY);
    } catch {
      /* storage unavailable: nothing to clear */
    }
  },
};
