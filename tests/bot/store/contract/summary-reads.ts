import type { AnswerValue } from '../../../../core/model';
import type { Store } from '../../../../bot/store/store';
import { at, department, forum, member } from '../fixtures';

/** The reads the summaries are made of: members per department, answers with authors, tallies per department. */
export function describeSummaryReadsContract(store: () => Store): void {
  const value = (text: string): AnswerValue => ({ kind: 'textWithPrinciples', text, principles: [2, 6] });

  async function setup() {
    const f = forum();
    const other = forum();
    await store().saveForum(f);
    await store().saveForum(other);
    const d1 = department(f.id);
    const d2 = department(f.id, { sortOrder: 2 });
    const elsewhere = department(other.id);
    for (const d of [d1, d2, elsewhere]) await store().saveDepartment(d);
    // Names sort alike under every collation: capitalised ASCII.
    const carl = member(f.id, { name: 'Carl', departmentIds: [d2.id, d1.id], role: 'facilitator' });
    const anne = member(f.id, { name: 'Anne', departmentIds: [d1.id] });
    const bo = member(f.id, { name: 'Bo', departmentIds: [d2.id] });
    const dina = member(f.id, { name: 'Dina', departmentIds: [], role: 'organizer' });
    const erik = member(other.id, { name: 'Erik', departmentIds: [elsewhere.id] });
    for (const m of [carl, anne, bo, dina, erik]) await store().saveMember(m);
    const answer = (memberId: string, departmentId: string, questionId: string, minutes: number) =>
      store().saveAnswer({
        forumId: departmentId === elsewhere.id ? other.id : f.id,
        departmentId,
        questionId,
        memberId,
        value: value(`${memberId} ${questionId}`),
        at: at(minutes),
      });
    return { f, other, d1, d2, elsewhere, anne, bo, carl, dina, erik, answer };
  }

  describe('summary reads', () => {
    test('listMembers by department: only its members, by name, each with all their departments in order', async () => {
      const { f, d1, d2, elsewhere, anne, bo, carl, dina } = await setup();
      expect(await store().listMembers(f.id, { departmentId: d1.id })).toEqual([anne, carl]);
      expect(await store().listMembers(f.id, { departmentId: d2.id })).toEqual([bo, carl]);
      expect(await store().listMembers(f.id)).toEqual([anne, bo, carl, dina]);
      expect(await store().listMembers(f.id, { departmentId: elsewhere.id })).toEqual([]);
      expect(await store().listMembers(f.id, { departmentId: 'no-such-department' })).toEqual([]);
      expect(await store().listMembers(f.id, {})).toEqual([anne, bo, carl, dina]);
    });

    test('listMembers by department follows membership changes and deletions', async () => {
      const { f, d1, anne, carl } = await setup();
      await store().saveMember({ ...carl, departmentIds: [] });
      expect(await store().listMembers(f.id, { departmentId: d1.id })).toEqual([anne]);
      await store().deleteMember(anne.id);
      expect(await store().listMembers(f.id, { departmentId: d1.id })).toEqual([]);
    });

    test('listSummaryAnswers: the same answers as listAnswers, each with its author’s name', async () => {
      const { f, other, d1, d2, elsewhere, anne, bo, carl, erik, answer } = await setup();
      await answer(anne.id, d1.id, 'q1', 1);
      await answer(anne.id, d1.id, 'q1', 5); // an edit: revision 2
      await answer(carl.id, d1.id, 'q2', 2);
      await answer(bo.id, d2.id, 'q1', 3);
      await answer(erik.id, elsewhere.id, 'q1', 4);

      const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
      const plain = await store().listAnswers(f.id, { departmentId: d1.id });
      const authored = await store().listSummaryAnswers(f.id, { departmentId: d1.id });
      const names = new Map([
        [anne.id, 'Anne'],
        [carl.id, 'Carl'],
        [bo.id, 'Bo'],
      ]);
      expect(byId(authored)).toEqual(byId(plain).map((a) => ({ ...a, authorName: names.get(a.memberId) })));
      expect(authored.find((a) => a.memberId === anne.id)).toMatchObject({
        revision: 2,
        value: value(`${anne.id} q1`),
        createdAt: at(1),
        updatedAt: at(5),
      });

      const all = await store().listSummaryAnswers(f.id);
      expect(all.map((a) => a.authorName).sort()).toEqual(['Anne', 'Bo', 'Carl']);
      expect(byId(all).map(({ authorName, ...a }) => (void authorName, a))).toEqual(
        byId(await store().listAnswers(f.id)),
      );
      expect((await store().listSummaryAnswers(other.id)).map((a) => a.authorName)).toEqual(['Erik']);
      expect(await store().listSummaryAnswers(f.id, { departmentId: elsewhere.id })).toEqual([]);
      expect(await store().listSummaryAnswers('no-such-forum')).toEqual([]);
    });

    test('listAnswerPage: a question’s answers in a department, newest first, page after page', async () => {
      const { f, d1, d2, anne, bo, carl, dina, answer } = await setup();
      await answer(anne.id, d1.id, 'q1', 3);
      await answer(carl.id, d1.id, 'q1', 1);
      await answer(dina.id, d1.id, 'q1', 3); // same time as Anne's: the larger id first
      await answer(bo.id, d2.id, 'q1', 9); // another department
      await answer(anne.id, d1.id, 'q2', 9); // another question
      await answer(carl.id, d1.id, 'q1', 7); // an edit: now the newest
      const all = await store().listAnswerPage(f.id, { departmentId: d1.id, questionId: 'q1', limit: 10 });
      const [tieFirst, tieSecond] = all
        .filter((a) => a.updatedAt === at(3))
        .map((a) => a.id)
        .sort()
        .reverse();
      expect(all.map((a) => [a.authorName, a.updatedAt])).toEqual([
        ['Carl', at(7)],
        [all[1]!.authorName, at(3)],
        [all[2]!.authorName, at(3)],
      ]);
      expect([all[1]!.id, all[2]!.id]).toEqual([tieFirst, tieSecond]);
      const first = await store().listAnswerPage(f.id, { departmentId: d1.id, questionId: 'q1', limit: 2 });
      expect(first).toEqual(all.slice(0, 2));
      const last = first[1]!;
      const second = await store().listAnswerPage(f.id, {
        departmentId: d1.id,
        questionId: 'q1',
        before: { updatedAt: last.updatedAt, id: last.id },
        limit: 2,
      });
      expect(second).toEqual(all.slice(2));
      expect(
        await store().listAnswerPage('other-forum', { departmentId: d1.id, questionId: 'q1', limit: 5 }),
      ).toEqual([]);
    });

    test('listSummaryAnswers: an answer whose author is no longer a member has a null author name', async () => {
      const { f, d1, anne, answer } = await setup();
      await answer(anne.id, d1.id, 'q1', 1);
      await store().deleteMember(anne.id);
      expect(await store().listSummaryAnswers(f.id, { departmentId: d1.id })).toEqual([
        expect.objectContaining({ memberId: anne.id, authorName: null }),
      ]);
    });

    test('listAnswers by department still comes in createdAt, then id order', async () => {
      const { f, d1, anne, carl, answer } = await setup();
      await answer(carl.id, d1.id, 'q2', 7);
      await answer(anne.id, d1.id, 'q1', 3);
      await answer(anne.id, d1.id, 'q3', 5);
      await answer(carl.id, d1.id, 'q1', 3);
      const listed = await store().listAnswers(f.id, { departmentId: d1.id });
      const expected = [...listed].sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
      );
      expect(listed.map((a) => a.id)).toEqual(expected.map((a) => a.id));
      expect(listed.map((a) => a.createdAt)).toEqual([at(3), at(3), at(5), at(7)]);
    });

    test('listErasedAnswerTallies by department: only that department’s counts', async () => {
      const { f, d1, d2, anne, bo, carl, answer } = await setup();
      await answer(anne.id, d1.id, 'q1', 1);
      await answer(anne.id, d1.id, 'q2', 2);
      await answer(carl.id, d1.id, 'q1', 3);
      await answer(bo.id, d2.id, 'q1', 4);
      await store().eraseAnswersOfMember(anne.id, 'subject', at(10));
      await store().eraseAnswersOfMember(carl.id, 'organizer', at(11));
      await store().eraseAnswersOfMember(bo.id, 'subject', at(12));

      const d1Tallies = await store().listErasedAnswerTallies(f.id, { departmentId: d1.id });
      expect(
        d1Tallies.map(({ departmentId, questionId, reason, count }) => [
          departmentId,
          questionId,
          reason,
          count,
        ]),
      ).toEqual([
        [d1.id, 'q1', 'organizer', 1],
        [d1.id, 'q1', 'subject', 1],
        [d1.id, 'q2', 'subject', 1],
      ]);
      expect(await store().listErasedAnswerTallies(f.id, { departmentId: d2.id })).toEqual([
        {
          forumId: f.id,
          departmentId: d2.id,
          questionId: 'q1',
          reason: 'subject',
          count: 1,
          updatedAt: at(12),
        },
      ]);
      expect(await store().listErasedAnswerTallies(f.id)).toHaveLength(4);
      expect(await store().listErasedAnswerTallies(f.id, { departmentId: 'no-such-department' })).toEqual([]);
    });
  });
}
