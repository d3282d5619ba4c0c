/** The dev-mode token lives in sessionStorage: per browser tab, gone when the tab closes. */
const KEY = 'samskab.devToken';

export const devTokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    sessionStorage.setItem(KEY, token);
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      /* storage unavailable: nothing to clear */
    }
  },
};
