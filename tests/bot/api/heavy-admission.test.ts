import { startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from './support/api-client';

/** Turns of the event loop until `ready()` holds (a condition, not a time). */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The heavy routes over HTTP with one slot and a line of one (API_HEAVY_CONCURRENCY=1,
 * API_HEAVY_QUEUE=1): the first summary is held inside its build by the test, so what is in flight
 * and in line is decided by the test, never by timing.
 */
describe('heavy API routes wait in line while cheap requests are answered', () => {
  let app: TestApp;
  let token: string;
  let departmentIds: string[];
  let releaseBuild: () => void;
  let buildReached: Promise<void>;

  beforeAll(async () => {
    app = await startTestApp({ env: { API_HEAVY_CONCURRENCY: '1', API_HEAVY_QUEUE: '1' } });
    const forumId = (await app.deps.store.listForums())[0]!.id;
    const { organizer, departments } = await cast(app.deps, forumId);
    departmentIds = departments.map((d) => d.id);
    token = await devToken(app.url, organizer.aadObjectId);
    // The first department tally waits for the test; later ones run as they are.
    const store = app.deps.store;
    const tally = store.departmentTally.bind(store);
    const held = new Promise<void>((resolve) => (releaseBuild = resolve));
    let reached!: () => void;
    buildReached = new Promise<void>((resolve) => (reached = resolve));
    let first = true;
    store.departmentTally = async (...args) => {
      if (first) {
        first = false;
        reached();
        await held;
      }
      return tally(...args);
    };
  });
  afterAll(() => app.stop());

  const summary = (departmentId: string, headers: Record<string, string> = {}) =>
    call(app.url, `/api/departments/${departmentId}/summary`, { token, headers });

  it('answers /healthz and cheap routes while a summary builds and another waits; a full line gets 503 busy', async () => {
    const heavy = app.app.api.heavy;
    const inFlight = summary(departmentIds[0]!);
    await buildReached;
    expect(heavy.load()).toEqual({ working: 1, waiting: 0, resuming: 0 });
    const waiting = summary(departmentIds[1]!);
    await until(() => heavy.load().waiting === 1);

    const health = await call(app.url, '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect((await call(app.url, '/api/me', { token })).status).toBe(200);

    const refusedEn = await summary(departmentIds[2]!, { 'accept-language': 'en' });
    expect(refusedEn.status).toBe(503);
    expect(refusedEn.headers.get('retry-after')).toBe('5');
    expect(refusedEn.body.error.code).toBe('busy');
    expect(refusedEn.body.error.message).toBe(
      'Samskab is busy right now and your request could not wait in line. Try again in 5 seconds.',
    );
    const refusedDa = await call(
      app.url,
      `/api/forums/${(await app.deps.store.listForums())[0]!.id}/overview`,
      {
        token,
      },
    );
    expect(refusedDa.status).toBe(503);
    expect(refusedDa.body.error.message).toBe(
      'Samskab har travlt lige nu, og din forespørgsel kunne ikke vente i kø. Prøv igen om 5 sekunder.',
    );
    // Nothing was answered yet to the two admitted ones.
    expect(heavy.load()).toEqual({ working: 1, waiting: 1, resuming: 0 });

    releaseBuild();
    const [first, second] = await Promise.all([inFlight, waiting]);
    expect(first.status).toBe(200);
    expect(first.body.department.id).toBe(departmentIds[0]);
    expect(second.status).toBe(200);
    expect(second.body.department.id).toBe(departmentIds[1]);
    expect(heavy.load()).toEqual({ working: 0, waiting: 0, resuming: 0 });
  });

  it('refuses a heavy request without a valid token before it takes a place in line (401)', async () => {
    const res = await call(app.url, `/api/departments/${departmentIds[0]}/summary`, { token: 'not-a-token' });
    expect(res.status).toBe(401);
    expect(app.app.api.heavy.load()).toEqual({ working: 0, waiting: 0, resuming: 0 });
  });
});
