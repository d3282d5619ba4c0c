import { Writable } from 'node:stream';
import pino from 'pino';
import { buildRoundActivity } from '../../../bot/teams/cards';
import type { Member, Round } from '../../../core/model';
import { chefs, type Harness, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { type Counted, countingStore } from './support/counting-store';
import { cardText, cardsOf, findAction } from './support/validate-card';

let h: Harness;
let counted: Counted;
let chef: Member;
let round: Round;
let failPublish = false;
const logLines: Array<{ level: number; msg: string; forumId?: string }> = [];

beforeEach(async () => {
  failPublish = false;
  logLines.splice(0);
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(JSON.parse(chunk.toString()) as (typeof logLines)[number]);
        done();
      },
    }),
  );
  h = await startBotHarness({
    log,
    wrap: (opened) => {
      counted = countingStore({
        store: opened.store,
        changes: {
          publish: (change) =>
            failPublish ? Promise.reject(new Error('NOTIFY failed')) : opened.changes.publish(change),
          subscribe: (listener) => opened.changes.subscribe(listener),
          close: () => opened.changes.close(),
          channel: opened.changes.channel,
        },
      });
      return counted;
    },
  });
  chef = chefs(h)[0]!;
  round = (await h.deps.store.listRounds(h.forum.id)).find((r) => r.kind === 'prompt')!;
});
afterEach(() => h.close());

/** The member's prompt card for the round, as the scheduler sends it. */
async function promptCard(member: Member) {
  const activity = buildRoundActivity({
    forum: h.forum,
    department: (await h.deps.store.getDepartment(member.departmentIds[0]!))!,
    round,
    questions: await h.deps.store.listQuestions(h.forum.id),
    principles: await h.deps.store.listPrinciples(h.forum.id),
    member,
    answers: await h.deps.store.listAnswers(h.forum.id, { memberId: member.id }),
    locale: member.locale,
    tabUrl: 'https://samskab.example.test/tab/#/department/x',
  });
  return cardsOf(activity as never)[0]!;
}

async function answerPayload(text: string) {
  const questions = await h.deps.store.listQuestions(h.forum.id);
  const question = questions.find((q) => q.id === round.questionIds[0])!;
  const action = findAction(await promptCard(chef), 'answer', (d) => d.questionId === question.id);
  return { ...action.data, ...inputsFor(question, text) };
}

const callsOf = () => Object.fromEntries([...counted.calls].sort(([a], [b]) => a.localeCompare(b)));

describe('database round trips of an answer submit', () => {
  it('a submit in a chat the bot knows saves and reads the member’s answers in one call, and publishes once', async () => {
    const first = await answerPayload('Første svar');
    expect(first.rev).toBe(0);
    await h.user(chef).submit(first, 'card-1'); // first contact: conversation, identity, forum content, round
    const question = (await h.deps.store.listQuestions(h.forum.id)).find(
      (q) => q.id === round.questionIds[0],
    )!;
    const second = { ...first, ...inputsFor(question, 'Andet svar'), rev: 1 };
    counted.calls.clear();

    const result = await h.user(chef).submit(second, 'card-2');
    expect(cardText(cardsOf(result.updates[0] as never)[0])).toContain('Besvaret (version 2)');
    expect(callsOf()).toEqual({ 'changes.publish': 1, saveMemberAnswer: 1 });
  });

  it('a replayed submit saves nothing and publishes nothing, in one call', async () => {
    const payload = await answerPayload('Samme svar');
    await h.user(chef).submit(payload, 'card-1');
    counted.calls.clear();

    const replay = await h.user(chef).submit(payload, 'card-1');
    expect(cardText(cardsOf(replay.updates[0] as never)[0])).toContain('Dit svar er allerede gemt.');
    expect(callsOf()).toEqual({ saveMemberAnswer: 1 });
    expect((await h.deps.store.getAnswer(round.questionIds[0]!, chef.id))!.revision).toBe(1);
  });

  it('a change notice that cannot be published does not fail the turn, and is logged', async () => {
    failPublish = true;
    const payload = await answerPayload('Gemt alligevel');
    const result = await h.user(chef).submit(payload, 'card-1');
    expect(cardText(cardsOf(result.updates[0] as never)[0])).toContain('Tak, dit svar er gemt.');
    expect((await h.deps.store.getAnswer(round.questionIds[0]!, chef.id))!.revision).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logLines).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'could not publish the answer change', forumId: h.forum.id }),
    );
  });
});
