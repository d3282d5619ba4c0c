import { voiceRound } from '../../store/voices/voice-fixtures';
import type { MatrixFixture, Role, Sharing } from './matrix-fixture';

/**
 * Who may call each route of the app, written by hand from the authorization model in SECURITY.md
 * ("Authorization model"), never computed with bot/authz: the test compares the app to this table.
 * Keys are "METHOD path" exactly as the server registers them; the matrix test fails for a
 * registered route without an entry here, and for an entry no longer registered.
 */
export interface RouteCase {
  /** Is the role let through (any status but 401/403) under these settings? Otherwise 403 exactly. */
  allowed?: (role: Role, s: Sharing) => boolean;
  /** Not behind sign-in at all: every role gets this status (or any but 401/403 with 'any'). */
  open?: number | 'any';
  request: (
    f: MatrixFixture,
    role: Role,
  ) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
}

const MEMBERS_OF_A: readonly Role[] = ['chefD', 'chefE', 'facilitatorD', 'organizerA'];
const OF_D: readonly Role[] = ['chefD', 'facilitatorD', 'organizerA'];

const everyone = () => true;
const memberOfA = (r: Role) => MEMBERS_OF_A.includes(r);
const organizerA = (r: Role) => r === 'organizerA';
/** The forum overview and forum-wide exports: organizers, or every member while summaries are shared. */
const overview = (r: Role, s: Sharing) => r === 'organizerA' || (memberOfA(r) && s.shareSummaries);
/** Department D's summary and exports: D's chefs and facilitator, organizers, others while summaries are shared. */
const departmentD = (r: Role, s: Sharing) => OF_D.includes(r) || (memberOfA(r) && s.shareSummaries);

const forum = (f: MatrixFixture) => f.forumA.id;
const dept = (f: MatrixFixture) => f.deptD.id;
const q1 = (f: MatrixFixture) => f.questions[0]!.id;

export const ROUTE_EXPECTATIONS: Record<string, RouteCase> = {
  'GET /healthz': { open: 200, request: () => ({ path: '/healthz' }) },
  'GET /readyz': { open: 200, request: () => ({ path: '/readyz' }) },
  'GET /': { open: 'any', request: () => ({ path: '/' }) },
  'GET /tab': { open: 'any', request: () => ({ path: '/tab' }) },
  'GET /tab/*': { open: 'any', request: () => ({ path: '/tab/index.html' }) },
  'GET /api/dev/users': { open: 200, request: () => ({ path: '/api/dev/users' }) },
  // The public privacy notice: the deployment's controller and retention days, no personal data.
  'GET /api/privacy-notice': { open: 200, request: () => ({ path: '/api/privacy-notice' }) },
  'POST /api/dev/token': {
    open: 200,
    request: (f) => ({ path: '/api/dev/token', body: { aadObjectId: f.people.chefD.aadObjectId } }),
  },

  'GET /api/me': { allowed: everyone, request: () => ({ path: '/api/me' }) },
  'GET /api/me/answers': {
    allowed: memberOfA,
    request: (f) => ({ path: `/api/me/answers?forumId=${forum(f)}` }),
  },
  'GET /api/forums/:forumId': { allowed: memberOfA, request: (f) => ({ path: `/api/forums/${forum(f)}` }) },
  'GET /api/forums/:forumId/overview': {
    allowed: overview,
    request: (f) => ({ path: `/api/forums/${forum(f)}/overview` }),
  },
  // A page of a question's answers: exactly who may read the department's summary.
  'GET /api/departments/:departmentId/questions/:questionId/answers': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/questions/${q1(f)}/answers?limit=5` }),
  },
  'GET /api/departments/:departmentId/summary': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/summary` }),
  },
  'PUT /api/departments/:departmentId/takeaways': {
    // Co-edited by the department's chefs and the organizers; facilitators and others only read.
    allowed: (r) => r === 'chefD' || r === 'organizerA',
    request: async (f) => ({
      path: `/api/departments/${dept(f)}/takeaways`,
      body: {
        text: 'Fælles pointer',
        expectedVersion: (await f.app.deps.store.getTakeaways(dept(f))).version,
      },
    }),
  },
  // The agreed facilitator meeting: read by who reads the summary; recorded by D's chefs and
  // facilitator and the organizers (as on the booking card); every department's for organizers.
  'GET /api/departments/:departmentId/meeting': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/meeting` }),
  },
  'PUT /api/departments/:departmentId/meeting': {
    allowed: (r) => OF_D.includes(r),
    request: (f) => ({
      path: `/api/departments/${dept(f)}/meeting`,
      body: { date: f.forumA.kickoffDate, startTime: '10:00', endTime: '11:00' },
    }),
  },
  'GET /api/forums/:forumId/meetings': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/meetings` }),
  },
  'GET /api/departments/:departmentId/export.docx': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/export.docx` }),
  },
  'GET /api/departments/:departmentId/export.pptx': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/export.pptx` }),
  },
  'GET /api/departments/:departmentId/answers.csv': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/answers.csv` }),
  },
  'GET /api/forums/:forumId/export.docx': {
    allowed: overview,
    request: (f) => ({ path: `/api/forums/${forum(f)}/export.docx` }),
  },
  'GET /api/forums/:forumId/export.pptx': {
    allowed: overview,
    request: (f) => ({ path: `/api/forums/${forum(f)}/export.pptx` }),
  },
  'GET /api/forums/:forumId/answers.csv': {
    allowed: overview,
    request: (f) => ({ path: `/api/forums/${forum(f)}/answers.csv` }),
  },

  // A ticket for anyone with a membership; the stream of forum A only for A's members.
  'POST /api/events/ticket': {
    allowed: (r) => r !== 'nonMember',
    request: () => ({ path: '/api/events/ticket', body: {} }),
  },
  'GET /api/events': { allowed: memberOfA, request: (f) => ({ path: `/api/events?forumId=${forum(f)}` }) },

  // administration: organizers of the forum only
  'GET /api/forums/:forumId/settings': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/settings` }),
  },
  'PUT /api/forums/:forumId/settings': {
    allowed: organizerA,
    request: async (f) => {
      const current = (await f.app.deps.store.getForum(forum(f)))!;
      const { name, assignment, kickoffDate, finalMeetingDate, timeZone, defaultLocale, settings } = current;
      return {
        path: `/api/forums/${forum(f)}/settings`,
        body: { name, assignment, kickoffDate, finalMeetingDate, timeZone, defaultLocale, settings },
      };
    },
  },
  'GET /api/forums/:forumId/conversations': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/conversations` }),
  },
  'GET /api/forums/:forumId/departments': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/departments` }),
  },
  'POST /api/forums/:forumId/departments': {
    allowed: organizerA,
    request: (f) => ({
      path: `/api/forums/${forum(f)}/departments`,
      body: { name: { da: 'Ny afdeling', en: 'New department' } },
    }),
  },
  'PATCH /api/departments/:departmentId': {
    allowed: organizerA,
    request: async (f) => ({
      path: `/api/departments/${(await f.scratch.department()).id}`,
      body: { recap: 'x' },
    }),
  },
  'DELETE /api/departments/:departmentId': {
    allowed: organizerA,
    request: async (f) => ({ path: `/api/departments/${(await f.scratch.department()).id}` }),
  },
  'GET /api/forums/:forumId/members': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/members` }),
  },
  'POST /api/forums/:forumId/members': {
    allowed: organizerA,
    request: async (f) => ({
      path: `/api/forums/${forum(f)}/members`,
      body: {
        aadObjectId: (await f.scratch.member()).aadObjectId.replace(/^.{8}/, 'bbbbbbbb'),
        name: 'Ny Person',
        role: 'facilitator',
      },
    }),
  },
  'PATCH /api/members/:memberId': {
    allowed: organizerA,
    request: async (f) => ({
      path: `/api/members/${(await f.scratch.member()).id}`,
      body: { name: 'Nyt Navn' },
    }),
  },
  'DELETE /api/members/:memberId': {
    allowed: organizerA,
    request: async (f) => ({ path: `/api/members/${(await f.scratch.member()).id}`, body: {} }),
  },
  'POST /api/forums/:forumId/members/import': {
    allowed: organizerA,
    request: (f) => ({
      path: `/api/forums/${forum(f)}/members/import`,
      body: { csv: 'name,aadObjectId,role\n', dryRun: true },
    }),
  },
  'GET /api/forums/:forumId/plan': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/plan` }),
  },
  'POST /api/forums/:forumId/plan/accept': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/plan/accept`, body: {} }),
  },
  'GET /api/forums/:forumId/rounds': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/rounds` }),
  },
  'POST /api/forums/:forumId/rounds': {
    allowed: organizerA,
    request: (f) => ({
      path: `/api/forums/${forum(f)}/rounds`,
      body: {
        departmentId: null,
        kind: 'prompt',
        questionIds: [q1(f)],
        localDate: '2019-11-21',
        localTime: '09:00',
      },
    }),
  },
  'POST /api/forums/:forumId/rounds/send-now': {
    allowed: organizerA,
    request: (f) => ({
      path: `/api/forums/${forum(f)}/rounds/send-now`,
      body: { departmentId: dept(f), kind: 'prompt', questionIds: [q1(f)] },
    }),
  },
  'PATCH /api/rounds/:roundId': {
    allowed: organizerA,
    request: async (f) => ({
      path: `/api/rounds/${(await f.scratch.round()).id}`,
      body: { localDate: '2019-11-22', localTime: '10:00' },
    }),
  },
  'DELETE /api/rounds/:roundId': {
    allowed: organizerA,
    request: async (f) => ({ path: `/api/rounds/${(await f.scratch.round()).id}` }),
  },
  'GET /api/rounds/:roundId/preview': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/rounds/${f.round.id}/preview` }),
  },
  'GET /api/forums/:forumId/deliveries': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/deliveries` }),
  },
  'POST /api/deliveries/:deliveryId/retry': {
    allowed: organizerA,
    request: async (f) => ({ path: `/api/deliveries/${await f.scratch.delivery()}/retry`, body: {} }),
  },
  'POST /api/deliveries/:deliveryId/cancel': {
    allowed: organizerA,
    request: async (f) => ({ path: `/api/deliveries/${await f.scratch.delivery()}/cancel`, body: {} }),
  },

  // a person's own data: only their own memberships
  'GET /api/me/data': { allowed: memberOfA, request: (f) => ({ path: `/api/me/data?forumId=${forum(f)}` }) },
  'GET /api/me/data/export.json': {
    allowed: memberOfA,
    request: (f) => ({ path: `/api/me/data/export.json?forumId=${forum(f)}` }),
  },
  'GET /api/me/data/export.docx': {
    allowed: memberOfA,
    request: (f) => ({ path: `/api/me/data/export.docx?forumId=${forum(f)}` }),
  },
  'POST /api/me/data/delete': {
    // The first step only (a preview): nothing is erased by the matrix.
    allowed: memberOfA,
    request: (f) => ({ path: '/api/me/data/delete', body: { forumId: forum(f) } }),
  },
  // a member's data, for the organizers of that member's forum
  'GET /api/members/:memberId/data': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/members/${f.subject.id}/data` }),
  },
  'GET /api/members/:memberId/data/export.json': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/members/${f.subject.id}/data/export.json` }),
  },
  'GET /api/members/:memberId/data/export.docx': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/members/${f.subject.id}/data/export.docx` }),
  },
  'POST /api/members/:memberId/data/delete': {
    allowed: organizerA,
    request: async (f) => ({ path: `/api/members/${(await f.scratch.member()).id}/data/delete`, body: {} }),
  },
  'GET /api/forums/:forumId/retention': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/retention` }),
  },
  'GET /api/forums/:forumId/audit': {
    allowed: organizerA,
    request: (f) => ({ path: `/api/forums/${forum(f)}/audit` }),
  },

  // voices from outside the forum: counts and shared texts follow the read rule; D's chefs and
  // the organizers manage D's rounds; only D's chefs moderate.
  'GET /api/departments/:departmentId/voices': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/voices` }),
  },
  'GET /api/departments/:departmentId/voices.csv': {
    allowed: departmentD,
    request: (f) => ({ path: `/api/departments/${dept(f)}/voices.csv` }),
  },
  'POST /api/departments/:departmentId/voice-rounds': {
    allowed: (r) => r === 'chefD' || r === 'organizerA',
    request: (f) => ({ path: `/api/departments/${dept(f)}/voice-rounds`, body: { closesOn: '2019-10-01' } }),
  },
  'PATCH /api/voice-rounds/:roundId': {
    allowed: (r) => r === 'chefD' || r === 'organizerA',
    request: async (f) => ({
      path: `/api/voice-rounds/${(await voiceRoundOf(f)).id}`,
      body: { shared: true },
    }),
  },
  'POST /api/voice-rounds/:roundId/revoke': {
    allowed: (r) => r === 'chefD' || r === 'organizerA',
    request: async (f) => ({ path: `/api/voice-rounds/${(await voiceRoundOf(f)).id}/revoke`, body: {} }),
  },
  'GET /api/voice-rounds/:roundId/qr.svg': {
    allowed: (r) => r === 'chefD' || r === 'organizerA',
    request: async (f) => ({ path: `/api/voice-rounds/${(await voiceRoundOf(f)).id}/qr.svg` }),
  },
  'GET /api/departments/:departmentId/voices/moderation': {
    allowed: (r) => r === 'chefD',
    request: (f) => ({ path: `/api/departments/${dept(f)}/voices/moderation` }),
  },
  'PUT /api/voices/:voiceId/state': {
    allowed: (r) => r === 'chefD',
    request: async (f) => ({ path: `/api/voices/${await voiceOf(f)}/state`, body: { state: 'shown' } }),
  },
  // The public page: no sign-in at all.
  'GET /stemmer/:code': {
    open: 200,
    request: async (f) => ({ path: `/stemmer/${(await voiceRoundOf(f)).code}` }),
  },
  'POST /stemmer/:code': {
    open: 'any',
    request: async (f) => ({
      path: `/stemmer/${(await voiceRoundOf(f)).code}`,
      body: { group: 'borgere', text: 'Spørg os tidligere.' },
    }),
  },
};

let voiceRounds = 0;

/** A fresh open voices round of D, made straight in the store (not through the routes under test). */
async function voiceRoundOf(f: MatrixFixture) {
  const now = f.app.deps.clock.now();
  const round = voiceRound({
    id: `voice-round-${++voiceRounds}`,
    forumId: f.forumA.id,
    departmentId: f.deptD.id,
    closesAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    createdAt: now.toISOString(),
    createdBy: f.people.chefD.member!.id,
  });
  await f.app.app.voices.createRound(round);
  return round;
}

/** A waiting voice in a fresh round of D. */
async function voiceOf(f: MatrixFixture): Promise<string> {
  const round = await voiceRoundOf(f);
  const id = `voice-of-${round.id}`;
  await f.app.app.voices.submitVoice({
    voice: {
      id,
      roundId: round.id,
      forumId: round.forumId,
      departmentId: round.departmentId,
      groupId: 'borgere',
      text: 'Inviter os med fra start.',
      state: 'waiting',
      createdAt: round.createdAt,
      moderatedAt: null,
    },
    limits: [],
  });
  return id;
}

/** The bot's endpoint is tried through the card verbs (card-expectations.ts), not as a route. */
export const CARD_ENDPOINT = 'POST /api/messages';
