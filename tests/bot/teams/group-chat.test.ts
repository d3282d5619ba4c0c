import { buildRoundActivity } from '../../../bot/teams/cards';
import type { Department, Member } from '../../../core/model';
import { type Harness, organizer, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { cardText, cardsOf, findAction } from './support/validate-card';

const chat = { id: '19:dept-group@thread.v2', type: 'groupChat' as const };

async function setup(shareAnswers: boolean) {
  const h = await startBotHarness({ shareAnswers });
  const department = h.departments[0]!;
  await h.user(organizer(h), chat).say(`tilknyt ${department.name.da}`);
  const members = h.members.filter((m) => m.role === 'chef' && m.departmentIds.includes(department.id));
  const questions = await h.deps.store.listQuestions(h.forum.id);
  const round = (await h.deps.store.listRounds(h.forum.id)).find((r) => r.kind === 'prompt')!;
  const activity = buildRoundActivity({
    forum: (await h.deps.store.getForum(h.forum.id))!,
    department,
    round,
    questions,
    principles: await h.deps.store.listPrinciples(h.forum.id),
    member: null,
    answers: [],
    locale: 'da',
    tabUrl: 'https://samskab.example.test/tab/#/department/x',
    groupMemberIds: members.map((m) => `29:${m.aadObjectId}`),
  });
  const card = cardsOf(activity as never)[0]!;
  const question = questions.find((q) => q.id === round.questionIds[0])!;
  return { h, department, members, card, question };
}

describe('a prompt posted in a department group chat', () => {
  let h: Harness;
  let members: Member[];
  let card: any;
  let department: Department;
  let question: Awaited<ReturnType<typeof setup>>['question'];
  afterEach(() => h.close());

  it("gives every member their own view, counts answers, and shows no one else's answer", async () => {
    ({ h, members, card, department, question } = await setup(false));
    expect(card.refresh.userIds).toHaveLength(members.length);
    const [a, b] = members as [Member, Member];

    const refreshA = await h.user(a, chat).execute('refresh', card.refresh.action.data);
    const viewA = refreshA.invoke!.body.value;
    expect(cardText(viewA)).toContain(`0 af ${members.length} har svaret`);
    expect(cardText(viewA)).toContain('Andre kan ikke se dit svar her.');

    const action = findAction(viewA, 'answer', (d) => d.questionId === question.id);
    expect(action.data.rev).toBe(0);
    const answered = await h
      .user(a, chat)
      .execute('answer', { ...action.data, ...inputsFor(question, 'Mit private svar') });
    const answeredView = answered.invoke!.body.value;
    expect(cardText(answeredView)).toContain('Besvaret (version 1)');
    expect(cardText(answeredView)).toContain('Mit private svar');
    expect(await h.deps.store.getAnswer(question.id, a.id)).toMatchObject({ departmentId: department.id });

    const viewB = (await h.user(b, chat).execute('refresh', card.refresh.action.data)).invoke!.body.value;
    expect(cardText(viewB)).not.toContain('Mit private svar');
    expect(cardText(viewB)).toContain('Ikke besvaret endnu');

    const stranger = (await h.user(null, chat).execute('refresh', card.refresh.action.data)).invoke!.body
      .value;
    expect(cardText(stranger)).not.toContain('Mit private svar');
  });

  it('counts a member as answered once every question of the round is answered', async () => {
    ({ h, members, card, department, question } = await setup(false));
    const round = (await h.deps.store.listRounds(h.forum.id)).find((r) => r.kind === 'prompt')!;
    const questions = await h.deps.store.listQuestions(h.forum.id);
    const [a, b] = members as [Member, Member];
    for (const id of round.questionIds) {
      const qq = questions.find((x) => x.id === id)!;
      await h.user(a, chat).execute('answer', {
        samskab: 'answer',
        forumId: h.forum.id,
        questionId: id,
        departmentId: department.id,
        ...inputsFor(qq, 'Svar'),
      });
    }
    const viewB = (await h.user(b, chat).execute('refresh', card.refresh.action.data)).invoke!.body.value;
    expect(cardText(viewB)).toContain(`1 af ${members.length} har svaret`);
  });

  it("shows the others' answers when the forum shares answers in group chats", async () => {
    ({ h, members, card, department, question } = await setup(true));
    const [a, b] = members as [Member, Member];
    await h.user(a, chat).execute('answer', {
      samskab: 'answer',
      forumId: h.forum.id,
      questionId: question.id,
      departmentId: department.id,
      ...inputsFor(question, 'Delt svar'),
    });
    const viewB = (await h.user(b, chat).execute('refresh', card.refresh.action.data)).invoke!.body.value;
    expect(cardText(viewB)).toContain('Delt svar');
    expect(cardText(viewB)).toContain(a.name);
    expect(cardText(viewB)).toContain('Svarene deles med gruppen.');
  });

  it('an Action.Submit in the group chat answers in text and never posts the answer to the group', async () => {
    ({ h, members, card, department, question } = await setup(false));
    const a = members[0]!;
    const result = await h.user(a, chat).submit(
      {
        samskab: 'answer',
        forumId: h.forum.id,
        questionId: question.id,
        departmentId: department.id,
        ...inputsFor(question, 'Hemmeligt'),
      },
      'group-card-1',
    );
    expect(result.texts).toEqual(['Tak, dit svar er gemt.']);
    expect(result.updates).toHaveLength(0);
    expect(JSON.stringify(result.replies)).not.toContain('Hemmeligt');
    expect(await h.deps.store.getAnswer(question.id, a.id)).toBeDefined();
  });
});
