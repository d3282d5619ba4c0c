import { API, type ApiRoute } from '../../../core/api';
import { cardActionSchema } from '../../../bot/teams/cards';
import { PRIVACY_VERBS } from '../../../bot/teams/privacy';
import { addRunNote } from '../../support/run-notes';
import { CARD_EXPECTATIONS, CHATS } from './support/card-expectations';
import {
  callAs,
  invokeCard,
  liveNotices,
  ROLES,
  SHARINGS,
  startMatrixFixture,
  type MatrixFixture,
  type Role,
  type Sharing,
} from './support/matrix-fixture';
import { CARD_ENDPOINT, ROUTE_EXPECTATIONS } from './support/route-expectations';

/**
 * The authorization matrix: every route the server registers and every card verb, as each of six
 * people (chef of the department, chef of another, facilitator of the department, organizer of
 * this forum, organizer of another forum, someone in no forum), under all four combinations of
 * shareSummaries and shareAnswersInGroupChat. Routes are read from the running server's router
 * (and checked against the API contract in core/api) and verbs from the card schemas, so a new
 * route or verb without an expectation fails here.
 */
let f: MatrixFixture;
const tally = {
  routes: 0,
  verbs: 0,
  live: 0,
  liveReaders: 0,
  cardCases: 0,
  tried: 0,
  failures: [] as string[],
};

function registeredRoutes(): string[] {
  const router = (f.app.app.server as unknown as { router: { getRoutes(): Record<string, unknown> } }).router;
  return Object.values(router.getRoutes()).map((r) => {
    const route = r as { method: string; path: string };
    return `${route.method} ${route.path}`;
  });
}

function cardVerbs(): string[] {
  const own = cardActionSchema.options.map((o) => o.shape.samskab.value as string);
  return [...own, ...Object.values(PRIVACY_VERBS)];
}

const label = (s: Sharing) =>
  `shareSummaries=${s.shareSummaries ? 'on' : 'off'} shareAnswersInGroupChat=${s.shareAnswersInGroupChat ? 'on' : 'off'}`;

beforeAll(async () => {
  f = await startMatrixFixture();
}, 30_000);

afterAll(async () => {
  await f?.stop();
  const roles = ROLES.length;
  const settings = SHARINGS.length;
  addRunNote(
    'authorization-matrix',
    [
      'authorization matrix',
      `  API routes  ${tally.routes} × ${roles} roles × ${settings} settings`,
      `  card verbs  ${tally.verbs} (${tally.cardCases} cases) × ${CHATS.length} chats × ${roles} roles × ${settings} settings`,
      `  live notices ${tally.live} × ${tally.liveReaders} streams (the members' roles) × ${settings} settings`,
      `  tried ${tally.tried}, failures ${tally.failures.length}`,
    ].join('\n'),
  );
});

test('every registered route and every card verb has an expectation, and none is stale', () => {
  const routes = registeredRoutes();
  const missing = routes.filter((r) => r !== CARD_ENDPOINT && !(r in ROUTE_EXPECTATIONS));
  const stale = Object.keys(ROUTE_EXPECTATIONS).filter((r) => !routes.includes(r));
  expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  expect(routes).toContain(CARD_ENDPOINT);

  // The server's /api routes are exactly the contract's (core/api), the Bot Framework's endpoint aside.
  const contract = Object.values(API as Record<string, ApiRoute>).map((r) => `${r.method} ${r.path}`);
  const api = routes.filter((r) => r !== CARD_ENDPOINT && r.split(' ')[1]!.startsWith('/api/'));
  expect({
    notRegistered: contract.filter((r) => !routes.includes(r)),
    notInContract: api.filter((r) => !contract.includes(r)),
  }).toEqual({ notRegistered: [], notInContract: [] });

  const verbs = cardVerbs();
  const covered = Object.entries(CARD_EXPECTATIONS).map(([key, c]) => c.verb ?? key);
  expect({
    missing: verbs.filter((v) => !covered.includes(v)),
    stale: covered.filter((v) => !verbs.includes(v)),
  }).toEqual({ missing: [], stale: [] });
});

describe.each(SHARINGS)('%o', (sharing) => {
  beforeAll(() => f.setSharing(sharing));

  test('API routes answer each role as the model says', async () => {
    const failures: string[] = [];
    const routes = registeredRoutes().filter((r) => r !== CARD_ENDPOINT);
    for (const route of routes) {
      const expectation = ROUTE_EXPECTATIONS[route];
      if (!expectation) continue; // reported by the first test
      const method = route.split(' ')[0]!;
      // The six people at once: each case has its own targets, and renders overlap.
      const results = await Promise.all(
        ROLES.map(async (role) => {
          const { path, body } = await expectation.request(f, role);
          return { role, status: await callAs(f, role, method, path, body) };
        }),
      );
      for (const { role, status } of results) {
        tally.tried++;
        let ok: boolean;
        let wanted: string;
        if (expectation.open !== undefined) {
          ok = expectation.open === 'any' ? status !== 401 && status !== 403 : status === expectation.open;
          wanted = `open (${expectation.open})`;
        } else if (expectation.allowed!(role, sharing)) {
          ok = status !== 401 && status !== 403 && status !== 404 && status < 500;
          wanted = 'allowed';
        } else {
          ok = status === 403;
          wanted = '403';
        }
        if (!ok) failures.push(`${route} as ${role} (${label(sharing)}): ${status}, expected ${wanted}`);
      }
    }
    tally.routes = routes.length;
    tally.failures.push(...failures);
    expect(failures).toEqual([]);
  }, 60_000);

  test('the live stream tells each role only what the model lets it read', async () => {
    const D = f.deptD.id;
    const E = f.deptE.id;
    const notices = [
      { topic: 'answer', departmentId: D },
      { topic: 'answer', departmentId: E },
      { topic: 'takeaways', departmentId: D },
      { topic: 'delivery', departmentId: null },
      { topic: 'member', departmentId: null },
    ] as const;
    // Hand-written: organizers everything; others their department, every department while
    // summaries are shared, and no scheduling or membership notices. The stream of forum A is
    // refused to B's organizer and to a non-member (checked with the routes above).
    const expected = (role: Role): string[] => {
      if (role === 'organizerA') return notices.map((n) => `${n.topic}:${n.departmentId ?? '-'}`);
      const own = role === 'chefE' ? E : D;
      return notices
        .filter((n) => n.departmentId !== null && (n.departmentId === own || sharing.shareSummaries))
        .map((n) => `${n.topic}:${n.departmentId}`);
    };
    const readers = ROLES.filter((r) => r !== 'organizerB' && r !== 'nonMember');
    const streams = await Promise.all(readers.map((role) => liveNotices(f, role)));
    for (const n of notices) await f.app.deps.changes.publish({ forumId: f.forumA.id, ...n });
    await f.app.deps.changes.publish({ forumId: f.forumA.id, departmentId: null, topic: 'forum' });
    const failures: string[] = [];
    for (const [i, role] of readers.entries()) {
      const got = await streams[i]!.collect();
      streams[i]!.close();
      tally.tried++;
      const want = expected(role);
      if (JSON.stringify(got.sort()) !== JSON.stringify(want.sort()))
        failures.push(
          `live stream of ${role} (${label(sharing)}): got ${got.join(', ')}; expected ${want.join(', ')}`,
        );
    }
    tally.live = notices.length;
    tally.liveReaders = readers.length;
    tally.failures.push(...failures);
    expect(failures).toEqual([]);
  });

  test("card verbs show a department's answers only to those the model lets see them", async () => {
    const failures: string[] = [];
    const verbs = cardVerbs();
    const cases = Object.entries(CARD_EXPECTATIONS).filter(([key, c]) => verbs.includes(c.verb ?? key));
    for (const [name, expectation] of cases) {
      const verb = expectation.verb ?? name;
      for (const chat of CHATS) {
        for (const role of ROLES) {
          const { status, shown, postedToGroup } = await invokeCard(f, role, chat, verb, expectation.data(f));
          // A message posted in the group chat is seen by everyone there: never anyone's answer text.
          const posted = [f.secret.D, f.secret.E, f.ownAnswer, 'Matrix-svar'].filter((x) =>
            postedToGroup.includes(x),
          );
          if (posted.length)
            failures.push(
              `${name} in ${chat} as ${role} (${label(sharing)}): posted ${posted.join(', ')} to the group`,
            );
          tally.tried++;
          const seen = { D: shown.includes(f.secret.D), E: shown.includes(f.secret.E) };
          const want = expectation.sees(role, sharing, chat);
          if (status >= 500 || seen.D !== want.D || seen.E !== want.E)
            failures.push(
              `${name} in ${chat} as ${role} (${label(sharing)}): status ${status}, saw D=${seen.D} E=${seen.E}, expected D=${want.D} E=${want.E}`,
            );
        }
      }
    }
    tally.verbs = verbs.length;
    tally.cardCases = cases.length;
    tally.failures.push(...failures);
    expect(failures).toEqual([]);
  }, 60_000);
});
