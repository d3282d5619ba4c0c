import type { Department, Forum, Member, Question, Round } from '../../../../core/model';
import { newForumFromTemplate } from '../../../../core/example-forum/new-forum';
import { startConnectorStandIn, type ConnectorStandIn } from '../../../support/connector-stand-in';
import { startTestApp, type TestApp } from '../../../support/app-harness';
import { call, devToken } from '../../api/support/api-client';
import { valueFor } from '../../privacy/support/answers';

/** The six people every route and card verb is tried as. */
export const ROLES = ['chefD', 'chefE', 'facilitatorD', 'organizerA', 'organizerB', 'nonMember'] as const;
export type Role = (typeof ROLES)[number];

export interface Sharing {
  shareSummaries: boolean;
  shareAnswersInGroupChat: boolean;
}

export const SHARINGS: readonly Sharing[] = [
  { shareSummaries: false, shareAnswersInGroupChat: false },
  { shareSummaries: false, shareAnswersInGroupChat: true },
  { shareSummaries: true, shareAnswersInGroupChat: false },
  { shareSummaries: true, shareAnswersInGroupChat: true },
];

export interface MatrixFixture {
  app: TestApp;
  url: string;
  connector: ConnectorStandIn;
  forumA: Forum;
  forumB: Forum;
  /** "The department" (D) and "another department" (E) of forum A. */
  deptD: Department;
  deptE: Department;
  /** A forum-wide prompt round, and a round of department D alone. */
  round: Round;
  roundD: Round;
  questions: Question[];
  people: Record<Role, { aadObjectId: string; name: string; member: Member | null }>;
  /** Answer texts written by a chef of D and a chef of E who are not among the roles. */
  secret: { D: string; E: string };
  /** The text of every answer the roles themselves gave (chefs of D and E, D's facilitator answer everything). */
  ownAnswer: string;
  /** The member of forum A whose data the member-data routes read (D's author). */
  subject: Member;
  /** A group chat linked to D, as the store knows it. */
  groupChatD: string;
  token(role: Role): Promise<string>;
  /** Sets forum A's sharing and removes the departments and members earlier cases created. */
  setSharing(sharing: Sharing): Promise<void>;
  /** Throwaway targets for destructive routes, so one case never spoils the next. */
  scratch: {
    department(): Promise<Department>;
    member(): Promise<Member>;
    round(): Promise<Round>;
    delivery(): Promise<string>;
  };
  stop(): Promise<void>;
}

const TENANT = 'tenant-matrix';
let serial = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;
const aadOf = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * The real app (dev sign-in, SQLite, scheduler off) with the example forum as forum A, a second
 * forum B, and the six roles: chefs of D and E, a facilitator of D only, the organizers of A and
 * B, and a person with a valid token who is a member of nothing.
 */
export async function startMatrixFixture(): Promise<MatrixFixture> {
  const connector = await startConnectorStandIn({ enforceLimits: false });
  const app = await startTestApp({ clock: { now: () => new Date('2019-09-05T08:00:00.000Z') } });
  const { store } = app.deps;
  const now = app.deps.clock.now().toISOString();
  const [forumA] = await store.listForums();
  if (!forumA) throw new Error('no example forum');
  const departments = (await store.listDepartments(forumA.id)).sort((a, b) => a.sortOrder - b.sortOrder);
  const [deptD, deptE, ...others] = departments as [Department, Department, ...Department[]];
  // Two departments are all the matrix needs; fewer make the forum-wide exports cheaper.
  for (const d of others) await store.deleteDepartment(d.id);
  for (const m of await store.listMembers(forumA.id))
    if (m.role === 'chef' && !m.departmentIds.some((id) => id === deptD.id || id === deptE.id))
      await store.deleteMember(m.id);
  const members = await store.listMembers(forumA.id);
  const chefsOf = (d: Department) =>
    members.filter((m) => m.role === 'chef' && m.departmentIds.includes(d.id));
  const [chefD, authorD] = chefsOf(deptD) as [Member, Member];
  const [chefE, authorE] = chefsOf(deptE) as [Member, Member];
  const organizerA = members.find((m) => m.role === 'organizer')!;
  const facilitatorD: Member = {
    ...organizerA,
    id: uuid(),
    aadObjectId: aadOf(1),
    name: 'Matrix Facilitator',
    email: null,
    role: 'facilitator',
    departmentIds: [deptD.id],
  };
  await store.saveMember(facilitatorD);

  const b = newForumFromTemplate(uuid, now, 'Europe/Copenhagen', [aadOf(2)]);
  const forumB: Forum = { ...b.forum, name: { da: 'Forum B', en: 'Forum B' } };
  await store.saveForum(forumB);
  await store.saveQuestions(forumB.id, b.questions);
  await store.savePrinciples(forumB.id, b.principles);
  const organizerB = { ...b.organizers[0]!, name: 'Organizer B' };
  await store.saveMember(organizerB);
  // Someone with a valid token and no membership: signed in while a member of B, then removed.
  const leaver: Member = {
    ...organizerB,
    id: uuid(),
    aadObjectId: aadOf(3),
    name: 'Nobody',
    role: 'facilitator',
  };
  await store.saveMember(leaver);

  const questions = (await store.listQuestions(forumA.id)).sort((x, y) => x.number - y.number);
  const round = (await store.listRounds(forumA.id)).find((r) => r.kind === 'prompt' && !r.departmentId)!;
  const question = questions.find((q) => q.id === round.questionIds[0])!;
  const roundD: Round = { ...round, id: uuid(), departmentId: deptD.id };
  await store.saveRound(roundD);
  const stamp = Date.now().toString(36);
  const secret = { D: `HEMMELIG-D-${stamp}`, E: `HEMMELIG-E-${stamp}` };
  for (const [author, text] of [
    [authorD, secret.D],
    [authorE, secret.E],
  ] as const) {
    const saved = await store.saveAnswer({
      forumId: forumA.id,
      departmentId: author.departmentIds[0]!,
      questionId: question.id,
      memberId: author.id,
      value: valueFor(question, text),
      at: now,
    });
    if (!saved.ok) throw new Error('seed answer failed');
  }

  const ownAnswer = `EGET-SVAR-${stamp}`;
  for (const person of [chefD, chefE, facilitatorD])
    for (const q of questions) {
      const saved = await store.saveAnswer({
        forumId: forumA.id,
        departmentId: person.departmentIds[0]!,
        questionId: q.id,
        memberId: person.id,
        value: valueFor(q, ownAnswer),
        at: now,
      });
      if (!saved.ok) throw new Error('seed answer failed');
    }

  const groupChatD = '19:matrix-department-d@thread.v2';
  await store.saveConversationRef({
    conversationId: groupChatD,
    kind: 'groupChat',
    tenantId: TENANT,
    aadObjectId: null,
    departmentId: deptD.id,
    reference: {
      serviceUrl: connector.url,
      channelId: 'msteams',
      conversation: { id: groupChatD, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
      bot: { id: '28:samskab-bot', name: 'Samskab' },
    } as never,
    installedAt: now,
    removedAt: null,
    reachable: true,
    lastError: null,
  });
  await app.deps.changes.publish({ forumId: forumA.id, departmentId: null, topic: 'member' });

  const people: MatrixFixture['people'] = {
    chefD: { aadObjectId: chefD.aadObjectId, name: chefD.name, member: chefD },
    chefE: { aadObjectId: chefE.aadObjectId, name: chefE.name, member: chefE },
    facilitatorD: { aadObjectId: facilitatorD.aadObjectId, name: facilitatorD.name, member: facilitatorD },
    organizerA: { aadObjectId: organizerA.aadObjectId, name: organizerA.name, member: organizerA },
    organizerB: { aadObjectId: organizerB.aadObjectId, name: organizerB.name, member: null },
    nonMember: { aadObjectId: leaver.aadObjectId, name: leaver.name, member: null },
  };
  const tokens = new Map<Role, string>();
  for (const role of Object.keys(people) as Role[])
    tokens.set(role, await devToken(app.url, people[role].aadObjectId));
  await store.deleteMember(leaver.id);
  await app.deps.changes.publish({ forumId: forumB.id, departmentId: null, topic: 'member' });

  const sharingNow = async (): Promise<Forum> => (await store.getForum(forumA.id))!;
  const originalDepartments = new Set([deptD.id, deptE.id]);
  const originalMembers = new Set([...members.map((m) => m.id), facilitatorD.id]);
  return {
    app,
    url: app.url,
    connector,
    forumA,
    forumB,
    deptD,
    deptE,
    round,
    roundD,
    questions,
    people,
    secret,
    ownAnswer,
    subject: authorD,
    groupChatD,
    token: async (role) => tokens.get(role)!,
    async setSharing(sharing) {
      for (const d of await store.listDepartments(forumA.id))
        if (!originalDepartments.has(d.id)) await store.deleteDepartment(d.id);
      for (const m of await store.listMembers(forumA.id))
        if (!originalMembers.has(m.id)) await store.deleteMember(m.id);
      await app.deps.changes.publish({ forumId: forumA.id, departmentId: null, topic: 'member' });
      const forum = await sharingNow();
      await store.saveForum({ ...forum, settings: { ...forum.settings, ...sharing } });
      await app.deps.changes.publish({ forumId: forumA.id, departmentId: null, topic: 'forum' });
    },
    scratch: {
      async department() {
        const d: Department = { ...deptE, id: uuid(), name: { da: 'Kladde', en: 'Scratch' }, sortOrder: 999 };
        await store.saveDepartment(d);
        return d;
      },
      async member() {
        const m: Member = {
          ...facilitatorD,
          id: uuid(),
          aadObjectId: aadOf(1000 + serial),
          name: 'Kladde Person',
          departmentIds: [],
        };
        await store.saveMember(m);
        return m;
      },
      async round() {
        const r: Round = { ...round, id: uuid(), localDate: '2019-11-20', state: 'planned' };
        await store.saveRound(r);
        return r;
      },
      async delivery() {
        const id = uuid();
        await store.addDeliveries([
          {
            id,
            roundId: round.id,
            forumId: forumA.id,
            recipientKind: 'member',
            recipientId: uuid(),
            departmentId: null,
            dueAt: '2019-12-01T08:00:00.000Z',
            nextAttemptAt: '2019-12-01T08:00:00.000Z',
            state: 'pending',
            attempts: 0,
            leaseOwner: null,
            leaseUntil: null,
            sentActivityId: null,
            sentConversationId: null,
            lastError: null,
            updatedAt: now,
          },
        ]);
        return id;
      },
    },
    async stop() {
      await app.stop();
      await connector.close();
    },
  };
}

/** A card action as Teams sends it: an invoke adaptiveCard/action (Action.Execute), unsigned as in tests. */
export async function invokeCard(
  f: MatrixFixture,
  role: Role,
  chat: 'personal' | 'groupD',
  verb: string,
  data: Record<string, unknown>,
): Promise<{ status: number; shown: string; postedToGroup: string }> {
  const person = f.people[role];
  const conversationId = chat === 'groupD' ? f.groupChatD : `a:personal-${person.aadObjectId}`;
  const sendsBefore = f.connector.sends.length;
  const res = await fetch(`${f.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: `matrix-${++serial}`,
      type: 'invoke',
      name: 'adaptiveCard/action',
      channelId: 'msteams',
      serviceUrl: f.connector.url,
      timestamp: new Date().toISOString(),
      from: { id: `29:${person.aadObjectId}`, name: person.name, aadObjectId: person.aadObjectId },
      recipient: { id: '28:samskab-bot', name: 'Samskab' },
      conversation:
        chat === 'groupD'
          ? { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId: TENANT }
          : { id: conversationId, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      locale: 'da-DK',
      value: {
        action: { type: 'Action.Execute', verb, data: { samskab: verb, ...data } },
        trigger: 'manual',
      },
    }),
  });
  const body = await res.text();
  const sends = f.connector.sends.slice(sendsBefore);
  const sent = sends.map((s) => JSON.stringify(s.activity));
  const postedToGroup = sends
    .filter((s) => s.conversationId === f.groupChatD)
    .map((s) => JSON.stringify(s.activity))
    .join('\n');
  return { status: res.status, shown: [body, ...sent].join('\n'), postedToGroup };
}

/** An API call as a role (the dev token of that person). */
export async function callAs(
  f: MatrixFixture,
  role: Role,
  method: string,
  path: string,
  body?: unknown,
): Promise<number> {
  if (method === 'GET' && path.startsWith('/api/events?')) return openStream(f, role, path);
  const res = await call(f.url, path, {
    method,
    token: await f.token(role),
    ...(body !== undefined ? { body } : {}),
  });
  return res.status;
}

/** The event stream: a ticket first (refused tickets count as the stream's answer), then the status only. */
async function openStream(f: MatrixFixture, role: Role, path: string): Promise<number> {
  const ticket = await call(f.url, '/api/events/ticket', {
    method: 'POST',
    token: await f.token(role),
    body: {},
  });
  if (ticket.status !== 200) return ticket.status;
  const abort = new AbortController();
  const url = `${f.url}${path}&access_token=${encodeURIComponent(ticket.body.ticket as string)}`;
  const res = await fetch(url, { signal: abort.signal });
  abort.abort();
  await res.body?.cancel().catch(() => undefined);
  return res.status;
}

/**
 * A role's live stream of forum A: what it is told between opening and the sentinel notice (a
 * forum-wide 'forum' change every member is told about), as "topic:departmentId" strings.
 */
export async function liveNotices(
  f: MatrixFixture,
  role: Role,
): Promise<{ collect(): Promise<string[]>; close(): void }> {
  const ticket = await call(f.url, '/api/events/ticket', {
    method: 'POST',
    token: await f.token(role),
    body: {},
  });
  if (ticket.status !== 200) throw new Error(`ticket for ${role}: ${ticket.status}`);
  const abort = new AbortController();
  const url = `${f.url}/api/events?forumId=${f.forumA.id}&access_token=${encodeURIComponent(ticket.body.ticket as string)}`;
  const res = await fetch(url, { signal: abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream for ${role}: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const read = async (until: (text: string) => boolean) => {
    while (!until(buffer)) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`stream for ${role} ended`);
      buffer += decoder.decode(value, { stream: true });
    }
  };
  await read((text) => text.includes('event: ready'));
  buffer = '';
  return {
    async collect() {
      await read((text) => text.includes('"topic":"forum"'));
      return [...buffer.matchAll(/^data: (.*)$/gm)]
        .map((m) => JSON.parse(m[1]!) as { topic: string; departmentId: string | null })
        .filter((n) => n.topic !== 'forum')
        .map((n) => `${n.topic}:${n.departmentId ?? '-'}`);
    },
    close: () => abort.abort(),
  };
}
