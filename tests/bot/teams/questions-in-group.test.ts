import { type Harness, chefs, startBotHarness } from './support/bot-harness';
import { valueFor } from '../privacy/support/answers';

/**
 * "spørgsmål" (the command, or the questions button) in a group chat: the card it makes carries the
 * person's own answers, so it goes to their 1:1 chat and the group sees one line. Before, with every
 * question answered, the answers were posted to the whole group, even with answers not shared.
 */
const MINE = 'Mit eget svar, ikke til gruppen';
const group = { id: '19:any-group@thread.v2', type: 'groupChat' as const };

describe('the questions card asked for in a group chat', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startBotHarness();
  });
  afterEach(() => h.close());

  it("never posts the person's answers in the group; they get the card in their 1:1 chat", async () => {
    const chef = chefs(h)[0]!;
    expect(h.forum.settings.shareAnswersInGroupChat).toBe(false);
    for (const q of await h.deps.store.listQuestions(h.forum.id)) {
      const saved = await h.deps.store.saveAnswer({
        forumId: h.forum.id,
        departmentId: chef.departmentIds[0]!,
        questionId: q.id,
        memberId: chef.id,
        value: valueFor(q, MINE),
        at: '2019-09-02T08:00:00.000Z',
      });
      expect(saved.ok).toBe(true);
    }
    const personal = h.user(chef);
    await personal.install();

    for (const ask of [
      () => h.user(chef, group).say('spørgsmål'),
      () => h.user(chef, group).execute('questions', { samskab: 'questions' }),
    ]) {
      const result = await ask();
      const inGroup = result.replies.filter((r) => r.conversation?.id === group.id);
      const inPersonal = result.replies.filter((r) => r.conversation?.id === personal.conversationId);
      expect(JSON.stringify(inGroup)).not.toContain(MINE);
      expect(JSON.stringify(result.invoke ?? null)).not.toContain(MINE);
      expect(JSON.stringify(inPersonal)).toContain(MINE);
    }
  });
});
