import type { Member } from '../../../core/model';
import { type Harness, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { cardText } from './support/validate-card';

/**
 * Issue 11, finding 1: with shareAnswersInGroupChat on and shareSummaries off, a chef must not read
 * another department's answers by putting that department's id in a card refresh (the API answers
 * 403 for the same person). The department of a card action comes from the store.
 */
const SECRET = 'Afdeling D sin fortrolige refleksion';

describe("a card refresh naming another department's id", () => {
  let h: Harness;
  let authorD: Member;
  let chefD: Member;
  let chefE: Member;
  let refreshData: Record<string, unknown>;

  beforeEach(async () => {
    h = await startBotHarness({ shareAnswers: true });
    expect(h.forum.settings).toMatchObject({ shareSummaries: false, shareAnswersInGroupChat: true });
    const [d, e] = h.departments;
    const chefsOf = (id: string) =>
      h.members.filter((m) => m.role === 'chef' && m.departmentIds.includes(id));
    [authorD, chefD] = chefsOf(d!.id) as [Member, Member];
    chefE = chefsOf(e!.id)[0]!;
    const round = (await h.deps.store.listRounds(h.forum.id)).find(
      (r) => r.kind === 'prompt' && !r.departmentId,
    )!;
    const question = (await h.deps.store.listQuestions(h.forum.id)).find(
      (q) => q.id === round.questionIds[0],
    )!;
    await h.user(authorD).execute('answer', {
      samskab: 'answer',
      forumId: h.forum.id,
      questionId: question.id,
      roundId: round.id,
      departmentId: d!.id,
      ...inputsFor(question, SECRET),
    });
    refreshData = { samskab: 'refresh', forumId: h.forum.id, roundId: round.id, departmentId: d!.id };
  });
  afterEach(() => h.close());

  const refreshAs = async (member: Member, chat?: { id: string; type: 'groupChat' }) =>
    cardText((await h.user(member, chat).execute('refresh', refreshData)).invoke!.body.value);

  it('shows the department to its own chef (the control)', async () => {
    const text = await refreshAs(chefD);
    expect(text).toContain(SECRET);
    expect(text).toContain(authorD.name);
  });

  it('never shows it to a chef of another department, in the 1:1 chat or any group chat', async () => {
    const personal = await refreshAs(chefE);
    expect(personal).not.toContain(SECRET);
    expect(personal).not.toContain(authorD.name);

    const unlinked = await refreshAs(chefE, { id: '19:unlinked@thread.v2', type: 'groupChat' });
    expect(unlinked).not.toContain(SECRET);

    const chatE = { id: '19:dept-e@thread.v2', type: 'groupChat' as const };
    const organizer = h.members.find((m) => m.role === 'organizer')!;
    await h.user(organizer, chatE).say(`tilknyt ${h.departments[1]!.name.da}`);
    const linkedToE = await refreshAs(chefE, chatE);
    expect(linkedToE).not.toContain(SECRET);
    expect(linkedToE).not.toContain(authorD.name);
  });

  it('follows the read rules when summaries are shared: the chat linked to D shows D to a chef of E', async () => {
    const chatD = { id: '19:dept-d@thread.v2', type: 'groupChat' as const };
    const organizer = h.members.find((m) => m.role === 'organizer')!;
    await h.user(organizer, chatD).say(`tilknyt ${h.departments[0]!.name.da}`);
    expect(await refreshAs(chefE, chatD)).not.toContain(SECRET);
    const forum = (await h.deps.store.getForum(h.forum.id))!;
    await h.deps.store.saveForum({ ...forum, settings: { ...forum.settings, shareSummaries: true } });
    await h.deps.changes.publish({ forumId: forum.id, departmentId: null, topic: 'forum' });
    expect(await refreshAs(chefE, chatD)).toContain(SECRET);
  });
});
