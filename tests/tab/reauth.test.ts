import { createHttpClient } from '../../tab/src/api/http-client';
import { createReauth, type ReauthDeps, type ReauthOutcome } from '../../tab/src/auth/reauth';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a refused token in the tab', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('the HTTP client reports a 401 (and only a 401) to the app, and still throws the error', async () => {
    const statuses = [401, 403, 200];
    global.fetch = (async () =>
      new Response(JSON.stringify({ error: { code: 'x', message: 'm' } }), {
        status: statuses.shift()!,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    let refused = 0;
    const http = createHttpClient({
      getToken: async () => 'token',
      locale: () => 'da',
      onUnauthorized: () => (refused += 1),
    });
    await expect(http.call('me')).rejects.toMatchObject({ status: 401 });
    await expect(http.call('me')).rejects.toMatchObject({ status: 403 });
    await http.call('me');
    expect(refused).toBe(1);
  });

  const setup = (overrides: Partial<ReauthDeps> = {}) => {
    const outcomes: ReauthOutcome[] = [];
    const stored: string[] = [];
    let cleared = 0;
    let now = 1_000_000;
    let issued = 0;
    const deps: ReauthDeps = {
      inTeams: false,
      devUser: () => 'aad-chef',
      issueDevToken: async (aad) => `token-${aad}-${++issued}`,
      storeDevToken: (token) => stored.push(token),
      clearDevToken: () => (cleared += 1),
      now: () => now,
      done: (outcome) => outcomes.push(outcome),
      ...overrides,
    };
    return {
      refuse: createReauth(deps),
      outcomes,
      stored,
      cleared: () => cleared,
      advance: (ms: number) => (now += ms),
    };
  };

  it('dev mode: renews the token for the same person once per episode, then reloads', async () => {
    const r = setup();
    r.refuse();
    r.refuse(); // the live stream's refusal at the same moment joins the episode
    await flush();
    expect(r.outcomes).toEqual(['renewed']);
    expect(r.stored).toEqual(['token-aad-chef-1']);
  });

  it('dev mode: refused again right after a renewal, or no person known, shows the sign-in', async () => {
    const r = setup();
    r.refuse();
    await flush();
    r.advance(1000);
    r.refuse();
    await flush();
    expect(r.outcomes).toEqual(['renewed', 'signIn']);
    expect(r.cleared()).toBe(1);

    const unknown = setup({ devUser: () => null });
    unknown.refuse();
    await flush();
    expect(unknown.outcomes).toEqual(['signIn']);

    const gone = setup({ issueDevToken: () => Promise.reject(new Error('403')) });
    gone.refuse();
    await flush();
    expect(gone.outcomes).toEqual(['signIn']);
  });

  it('in Teams: says the sign-in was refused (a visible message), nothing silent', async () => {
    const r = setup({ inTeams: true });
    r.refuse();
    await flush();
    expect(r.outcomes).toEqual(['refused']);
    expect(r.stored).toEqual([]);
  });
});
