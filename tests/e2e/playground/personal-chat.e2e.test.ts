import { randomUUID } from 'node:crypto';
import type { Member } from '../../../core/model';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { type Playground, startPlayground, type StreamMessage } from '../../support/playground';
import { inputsFor } from '../../bot/teams/support/card-inputs';
import { assertCardValid, cardText, findAction } from '../../bot/teams/support/validate-card';

jest.setTimeout(90_000);

let app: TestApp;
let pg: Playground;
let chef: Member;

const cardOf = (m: StreamMessage) =>
  m.message?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
const hasCardText = (text: string) => (m: StreamMessage) =>
  m.action === 'createMessage' && cardText(cardOf(m) ?? {}).includes(text);

beforeAll(async () => {
  app = await startTestApp({ clock: manualClock('2019-09-02T08:00:00.000Z') });
  pg = await startPlayground({ botEndpoint: `${app.url}/api/messages` });
  const [forum] = await app.deps.store.listForums();
  const [department] = await app.deps.store.listDepartments(forum!.id);
  const user = pg.config.currentUser;
  chef = {
    id: randomUUID(),
    forumId: forum!.id,
    aadObjectId: user.aadObjectId,
    name: user.name,
    email: null,
    role: 'chef',
    departmentIds: [department!.id],
    locale: 'da',
    pausedUntil: null,
  };
  await app.deps.store.saveMember(chef);
});

afterAll(async () => {
  await pg?.stop();
  await app?.stop();
});

describe("a chef in the Playground's personal chat (end to end)", () => {
  it('installs, gets the welcome card, asks for the questions, answers in the card and sees the answered view', async () => {
    const chat = pg.config.personalChat.id;
    const me = pg.config.currentUser.id;
    try {
      await pg.install(chat);
      const welcome = await pg.waitFor(hasCardText('Velkommen til Samskab'), 20_000, 'the welcome card');
      assertCardValid(cardOf(welcome));
      expect(cardText(cardOf(welcome))).toContain('21. november 2019');
      const ref = await app.deps.store.findPersonalConversation(chef.aadObjectId);
      expect(ref).toMatchObject({ conversationId: chat, kind: 'personal' });

      await pg.say(chat, me, 'spørgsmål');
      const prompt = await pg.waitFor(hasCardText('Spørgsmål 1'), 15_000, 'the questions card');
      const promptCard = cardOf(prompt);
      assertCardValid(promptCard);
      const questions = await app.deps.store.listQuestions(chef.forumId);
      const q1 = questions.find((q) => q.number === 1)!;
      const q3 = questions.find((q) => q.number === 3)!;
      const messageId = prompt.message!.messageId ?? prompt.message!.id!;

      // Action.Execute through the Playground's invoke endpoint: the response is the answered view.
      const answer = findAction(promptCard, 'answer', (d) => d.questionId === q1.id);
      const response = await pg.execute(chat, me, messageId, 'answer', {
        ...answer.data,
        ...inputsFor(q1, 'Tillid og fælles retning'),
      });
      expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
      assertCardValid(response.value);
      expect(cardText(response.value)).toContain('Besvaret (version 1)');
      expect(await app.deps.store.getAnswer(q1.id, chef.id)).toMatchObject({
        revision: 1,
        value: { text: 'Tillid og fælles retning' },
      });

      // Action.Submit through the Playground's submit endpoint: the bot updates the card in place.
      const before = pg.received.length;
      const submit = findAction(promptCard, 'answer', (d) => d.questionId === q3.id);
      await pg.submit(chat, me, messageId, {
        ...submit.fallback.data,
        ...inputsFor(q3, 'Mere faciliterende'),
      });
      const updated = await pg.waitFor(
        (m) =>
          pg.received.indexOf(m) >= before && cardText(cardOf(m) ?? {}).includes('Tak, dit svar er gemt.'),
        15_000,
        'the answered view after Action.Submit',
      );
      expect(updated.action).toMatch(/updateMessage|createMessage/i);
      expect(await app.deps.store.getAnswer(q3.id, chef.id)).toMatchObject({
        revision: 1,
        value: { style: 'facilitating' },
      });
    } catch (error) {
      process.stdout.write(pg.log());
      throw error;
    }
  });

  it('"mine data" shows what is stored; "slet mine data" asks, and Confirm erases the answers', async () => {
    const chat = pg.config.personalChat.id;
    const me = pg.config.currentUser.id;
    try {
      const answers = await app.deps.store.listAnswers(chef.forumId, { memberId: chef.id });
      await pg.say(chat, me, 'mine data');
      const mine = await pg.waitFor(hasCardText('Dine data i Samskab'), 15_000, 'the my-data card');
      assertCardValid(cardOf(mine));
      expect(cardText(cardOf(mine))).toContain(`Du har ${answers.length} svar`);

      await pg.say(chat, me, 'slet mine data');
      const ask = await pg.waitFor(hasCardText('Slet dine svar?'), 15_000, 'the confirm card');
      const confirm = findAction(cardOf(ask), 'privacyConfirm');
      const response = await pg.execute(
        chat,
        me,
        ask.message!.messageId ?? ask.message!.id!,
        'privacyConfirm',
        confirm.data,
      );
      expect(cardText(response.value)).toContain(`Slettet: ${answers.length} svar`);
      expect(await app.deps.store.listAnswers(chef.forumId, { memberId: chef.id })).toEqual([]);
    } catch (error) {
      process.stdout.write(pg.log());
      throw error;
    }
  });
});
