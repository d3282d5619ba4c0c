import { randomUUID } from 'node:crypto';
import { buildRoundActivity } from '../../../bot/teams/cards';
import type { Department, Forum, Member, Question, Round } from '../../../core/model';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { type Playground, startPlayground, type StreamMessage } from '../../support/playground';
import { inputsFor } from '../../bot/teams/support/card-inputs';
import { assertCardValid, cardText, findAction } from '../../bot/teams/support/validate-card';

jest.setTimeout(90_000);

let app: TestApp;
let pg: Playground;
let forum: Forum;
let department: Department;
let question: Question;
const members = new Map<string, Member>();

const cardOf = (m: StreamMessage) =>
  m.message?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
const textOf = (m: StreamMessage) => `${m.message?.text ?? ''}\n${cardText(cardOf(m) ?? {})}`;
const saying = (text: string) => (m: StreamMessage) =>
  m.action === 'createMessage' && textOf(m).includes(text);

beforeAll(async () => {
  app = await startTestApp({ clock: manualClock('2019-09-02T08:00:00.000Z') });
  pg = await startPlayground({ botEndpoint: `${app.url}/api/messages` });
  [forum] = (await app.deps.store.listForums()) as [Forum];
  department = (await app.deps.store.listDepartments(forum.id))[1]!;
  question = (await app.deps.store.listQuestions(forum.id)).find((q) => q.number === 3)!;
  const group = pg.config.groupChats[0]!;
  // Typed messages always come from the Playground's current user, so that user is the organizer.
  const people = [
    pg.config.currentUser,
    ...pg.config.users.filter((u) => group.members.includes(u.id)).slice(0, 3),
  ];
  for (const [i, user] of people.entries()) {
    const member: Member = {
      id: randomUUID(),
      forumId: forum.id,
      aadObjectId: user.aadObjectId,
      name: user.name,
      email: null,
      role: i === 0 ? 'organizer' : 'chef',
      departmentIds: i === 0 ? [] : [department.id],
      locale: 'da',
      pausedUntil: null,
    };
    await app.deps.store.saveMember(member);
    members.set(user.id, member);
  }
});

afterAll(async () => {
  await pg?.stop();
  await app?.stop();
});

describe('a department group chat in the Playground (end to end)', () => {
  it('is linked by an organizer, gets one prompt card, and every member answers for themselves', async () => {
    const chat = pg.config.groupChats[0]!.id;
    const [organizerId, chefA, chefB, chefC] = [...members.keys()] as [string, string, string, string];
    try {
      await pg.install(chat);
      await pg.waitFor(saying('Hvilken afdeling hører denne chat til?'), 20_000, 'the department question');
      expect(await app.deps.store.getConversationRef(chat)).toMatchObject({
        kind: 'groupChat',
        departmentId: null,
      });

      await pg.say(chat, organizerId, `tilknyt ${department.name.da}`);
      await pg.waitFor(
        saying(`Denne chat er nu knyttet til ${department.name.da}`),
        15_000,
        'the link confirmation',
      );
      const ref = (await app.deps.store.getConversationRef(chat))!;
      expect(ref.departmentId).toBe(department.id);

      // The scheduler's way of posting: a proactive send with the stored reference.
      const round: Round = {
        id: 'e2e-group-round',
        forumId: forum.id,
        departmentId: department.id,
        kind: 'prompt',
        questionIds: [question.id],
        localDate: '2019-09-02',
        localTime: '09:00',
        dueAt: '2019-09-02T07:00:00.000Z',
        state: 'materialized',
        createdAt: '2019-09-01T00:00:00.000Z',
        updatedAt: '2019-09-01T00:00:00.000Z',
      };
      await app.deps.store.saveRound(round);
      const activity = buildRoundActivity({
        forum,
        department,
        round,
        questions: [question],
        principles: await app.deps.store.listPrinciples(forum.id),
        member: null,
        answers: [],
        locale: 'da',
        tabUrl: `${app.deps.config.publicUrl}/tab/#/department/${department.id}`,
        groupMemberIds: [...members.keys()],
      });
      const teams = app.app.services.teams;
      await teams.adapter.continueConversationAsync(
        teams.botAppId,
        ref.reference as never,
        async (context) => {
          await context.sendActivity(activity);
        },
      );
      const posted = await pg.waitFor(
        saying('Hver af jer svarer for sig selv'),
        15_000,
        'the group prompt card',
      );
      const shared = cardOf(posted);
      assertCardValid(shared);
      const messageId = posted.message!.messageId ?? posted.message!.id!;

      const total = (await app.deps.store.listMembers(forum.id)).filter(
        (m) => m.role === 'chef' && m.departmentIds.includes(department.id),
      ).length;
      const viewA = await pg.execute(chat, chefA, messageId, 'refresh', shared.refresh.action.data);
      expect(cardText(viewA.value)).toContain(`0 af ${total} har svaret`);
      const answer = findAction(viewA.value, 'answer');
      const answered = await pg.execute(chat, chefA, messageId, 'answer', {
        ...answer.data,
        ...inputsFor(question, 'Kun mit eget svar'),
      });
      assertCardValid(answered.value);
      expect(cardText(answered.value)).toContain('Besvaret (version 1)');
      expect(cardText(answered.value)).toContain(`1 af ${total} har svaret`);
      expect(await app.deps.store.getAnswer(question.id, members.get(chefA)!.id)).toMatchObject({
        departmentId: department.id,
        revision: 1,
      });

      const viewB = await pg.execute(chat, chefB, messageId, 'refresh', shared.refresh.action.data);
      expect(cardText(viewB.value)).toContain(`1 af ${total} har svaret`);
      expect(cardText(viewB.value)).not.toContain('Kun mit eget svar');

      // An older client's Action.Submit: a short text in the group, never the answer itself.
      await pg.submit(chat, chefC, messageId, {
        ...answer.fallback.data,
        rev: null,
        ...inputsFor(question, 'Skjult for gruppen'),
      });
      await pg.waitFor(saying('Tak, dit svar er gemt.'), 15_000, 'the confirmation');
      expect(pg.received.some((m) => JSON.stringify(m).includes('Skjult for gruppen'))).toBe(false);
      expect(await app.deps.store.getAnswer(question.id, members.get(chefC)!.id)).toBeDefined();
    } catch (error) {
      process.stdout.write(pg.log());
      throw error;
    }
  });
});
