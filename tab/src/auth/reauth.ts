/** What happened after the server refused the tab's token. */
export type ReauthOutcome =
  /** Dev mode: a new token for the same person is stored; reload what is shown. */
  | 'renewed'
  /** Dev mode: no way to renew silently; show the dev sign-in. */
  | 'signIn'
  /** In Teams: the SSO token itself was refused; say so (with a retry). */
  | 'refused';

export interface ReauthDeps {
  inTeams: boolean;
  /** The signed-in dev person, if known. */
  devUser(): string | null;
  issueDevToken(aadObjectId: string): Promise<string>;
  storeDevToken(token: string, aadObjectId: string): void;
  clearDevToken(): void;
  now(): number;
  /** Called once per refusal episode with what to show next. */
  done(outcome: ReauthOutcome): void;
}

/** A renewal this soon after the last one that is refused again means renewing does not help. */
const RENEW_AGAIN_AFTER_MS = 10_000;

/**
 * Turns a refused token (401) into a new sign-in or a visible message, never stale data shown as
 * if it were live. In dev mode the server's sign-in key may have changed (a new database): the
 * tab asks for a new dev token for the same person once, then falls back to the sign-in page.
 * Simultaneous refusals (a page fetch and the live stream) make one episode.
 */
export function createReauth(deps: ReauthDeps): () => void {
  let running = false;
  let lastRenewedAt = -Infinity;
  const decide = async (): Promise<ReauthOutcome> => {
    if (deps.inTeams) return 'refused';
    const user = deps.devUser();
    if (user && deps.now() - lastRenewedAt > RENEW_AGAIN_AFTER_MS) {
      try {
        deps.storeDevToken(await deps.issueDevToken(user), user);
        lastRenewedAt = deps.now();
        return 'renewed';
      } catch {
        /* the person is gone or dev sign-in is off: sign in again */
      }
    }
    deps.clearDevToken();
    return 'signIn';
  };
  return () => {
    if (running) return;
    running = true;
    void decide().then((outcome) => {
      running = false;
      deps.done(outcome);
    });
  };
}
