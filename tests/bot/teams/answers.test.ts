import { buildRoundActivity } from '../../../bot/teams/cards';
import type { Member, Question, Round } from '../../../core/model';
import { chefs, type Harness, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { cardText, cardsOf, findAction } from './support/validate-card';

let h: Harness;
let chef: Member;
let questions: Question[];
let round: Round;

beforeEach(async () => {
  h = await startBotHarness();
  chef = chefs(h)[0]!;
  questions = await h.deps.store.listQuestions(h.forum.id);
  round = (await h.deps.store.listRounds(h.forum.id)).find((r) => r.kind === 'prompt')!;
});
afterEach(() => h.close());

async function promptCard(member: Member) {
  const department = await h.deps.store.getDepartment(member.departmentIds[0]!);
  const activity = buildRoundActivity({
    forum: h.forum,
    department: department!,
    round,
    questions,
    principles: await h.deps.store.listPrinciples(h.forum.id),
    member,
    answers: await h.deps.store.listAnswers(h.forum.id, { memberId: member.id }),
    locale: member.locale,
    tabUrl: 'https://samskab.example.test/tab/#/department/x',
  });
  return cardsOf(activity as never)[0]!;
}

const q = (n: number) => questions.find((x) => x.number === n)!;

describe('answering a prompt card', () => {
  it('Action.Execute saves the answer and returns the answered view with Edit; editing keeps the history', async () => {
    const question = questions.find((x) => x.id === round.questionIds[0])!;
    const card = await promptCard(chef);
    const action = findAction(card, 'answer', (d) => d.questionId === question.id);
    expect(action.data.rev).toBe(0);

    const inputs = inputsFor(question, 'Vi sætter borgerne først.');
    const first = await h.user(chef).execute('answer', { ...action.data, ...inputs });
    expect(first.invoke!.status).toBe(200);
    const answered = first.invoke!.body.value;
    expect(cardText(answered)).toContain('Tak, dit svar er gemt.');
    expect(cardText(answered)).toContain('Besvaret (version 1)');
    expect(cardText(answered)).toContain('Vi sætter borgerne først.');
    const stored = await h.deps.store.getAnswer(question.id, chef.id);
    expect(stored).toMatchObject({ revision: 1, departmentId: chef.departmentIds[0] });

    const edit = findAction(answered, 'edit', (d) => d.questionId === question.id);
    expect(edit.data.rev).toBe(1);
    const form = (await h.user(chef).execute('edit', edit.data)).invoke!.body.value;
    expect(JSON.stringify(form)).toContain('Vi sætter borgerne først.');
    const save = findAction(form, 'answer');
    const second = await h
      .user(chef)
      .execute('answer', { ...save.data, ...inputsFor(question, 'Vi sætter borgerne og de ansatte først.') });
    expect(cardText(second.invoke!.body.value)).toContain('Besvaret (version 2)');
    const revisions = await h.deps.store.listAnswerRevisions(stored!.id);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(JSON.stringify(revisions[0]!.value)).toContain('Vi sætter borgerne først.');
  });

  it('a replayed submit of the same value is idempotent (no new revision)', async () => {
    const question = q(1);
    const action = findAction(await promptCard(chef), 'answer', (d) => d.questionId === question.id);
    const payload = { ...action.data, ...inputsFor(question, 'Samme svar') };
    await h.user(chef).execute('answer', payload);
    const replay = await h.user(chef).execute('answer', payload);
    expect(cardText(replay.invoke!.body.value)).toContain('Dit svar er allerede gemt.');
    const replaySubmit = await h.user(chef).submit(payload, 'card-1');
    expect(cardText(cardsOf(replaySubmit.updates[0] as never)[0])).toContain('Dit svar er allerede gemt.');
    expect((await h.deps.store.getAnswer(question.id, chef.id))!.revision).toBe(1);
  });

  it('a stale card (made from an older revision) does not overwrite a newer answer', async () => {
    const question = q(1);
    const action = findAction(await promptCard(chef), 'answer', (d) => d.questionId === question.id);
    await h.user(chef).execute('answer', { ...action.data, ...inputsFor(question, 'Første') });
    const stale = await h
      .user(chef)
      .execute('answer', { ...action.data, ...inputsFor(question, 'Fra et gammelt kort') });
    expect(cardText(stale.invoke!.body.value)).toContain('ændret et andet sted');
    const stored = await h.deps.store.getAnswer(question.id, chef.id);
    expect(stored!.revision).toBe(1);
    expect(JSON.stringify(stored!.value)).toContain('Første');
  });

  it('Action.Submit (fallback) replaces the card in the personal chat with the answered view', async () => {
    const question = q(3);
    const result = await h.user(chef).submit(
      {
        samskab: 'answer',
        forumId: h.forum.id,
        questionId: question.id,
        rev: 0,
        ...inputsFor(question, 'Faciliterende ledelse'),
      },
      'card-activity-7',
    );
    expect(result.updates).toHaveLength(1);
    expect(result.updates[0]!.id).toBe('card-activity-7');
    expect(cardText(cardsOf(result.updates[0] as never)[0])).toContain('Besvaret (version 1)');
    expect(await h.deps.store.getAnswer(question.id, chef.id)).toMatchObject({
      value: { style: 'facilitating' },
    });
  });

  it('answers in English for an English-speaking chef', async () => {
    const en = chefs(h, 'en')[0]!;
    const question = q(7 - 1);
    const action = findAction(await promptCard(en), 'answer', (d) => d.questionId === question.id) ?? {
      data: { samskab: 'answer', forumId: h.forum.id, questionId: question.id, rev: 0 },
    };
    const result = await h
      .user(en)
      .execute('answer', { ...action.data, ...inputsFor(question, 'Fewer complaints') });
    expect(cardText(result.invoke!.body.value)).toContain('Thank you, your answer is saved.');
  });

  it('every answer shape of the example round-trips from card inputs to the store', async () => {
    for (const question of questions) {
      const result = await h.user(chef).execute('answer', {
        samskab: 'answer',
        forumId: h.forum.id,
        questionId: question.id,
        rev: 0,
        ...inputsFor(question, `Svar ${question.number}`),
      });
      expect(cardText(result.invoke!.body.value)).toContain('Tak, dit svar er gemt.');
      expect((await h.deps.store.getAnswer(question.id, chef.id))!.value.kind).toBe(question.shape.kind);
    }
  });
});
