import type { AnswerValue } from '../../../../core/model';
import type { SaveAnswerInput, Store } from '../../../../bot/store/store';
import { at, department, forum, member } from '../fixtures';

/** Answers with revisions and optimistic concurrency; takeaways compare-and-set. */
export function describeAnswerContract(store: () => Store): void {
  async function setup() {
    const f = forum();
    await store().saveForum(f);
    const d = department(f.id);
    await store().saveDepartment(d);
    const m = member(f.id, { departmentIds: [d.id] });
    await store().saveMember(m);
    const input = (
      value: AnswerValue,
      minutes: number,
      extra: Partial<SaveAnswerInput> = {},
    ): SaveAnswerInput => ({
      forumId: f.id,
      departmentId: d.id,
      questionId: 'q1',
      memberId: m.id,
      value,
      at: at(minutes),
      ...extra,
    });
    return { f, d, m, input };
  }

  const v1: AnswerValue = { kind: 'textWithPrinciples', text: 'Tillid og rum', principles: [1, 6] };
  const v2: AnswerValue = {
    kind: 'improvements',
    items: [
      { improvement: 'Mere dialog', actions: [{ what: 'Workshop', who: 'Anne', byWhen: '2019-11-01' }] },
    ],
  };
  const v3: AnswerValue = {
    kind: 'indicators',
    items: [{ indicator: 'Tilfredshed', valueType: 'quality', mode: 'co-creation' }],
  };

  describe('answers', () => {
    test('the first save is revision 1, each edit adds one and is kept in the history', async () => {
      const { f, d, m, input } = await setup();
      const first = await store().saveAnswer(input(v1, 1));
      expect(first).toEqual({
        ok: true,
        answer: expect.objectContaining({
          forumId: f.id,
          departmentId: d.id,
          questionId: 'q1',
          memberId: m.id,
          value: v1,
          revision: 1,
          createdAt: at(1),
          updatedAt: at(1),
        }),
      });
      const second = await store().saveAnswer(input(v2, 2));
      expect(second.ok && second.answer).toMatchObject({
        value: v2,
        revision: 2,
        createdAt: at(1),
        updatedAt: at(2),
      });

      const stored = await store().getAnswer('q1', m.id);
      expect(stored).toEqual(second.ok ? second.answer : undefined);
      expect(await store().listAnswerRevisions(stored!.id)).toEqual([
        { answerId: stored!.id, revision: 1, value: v1, editedAt: at(1), editedBy: m.id },
        { answerId: stored!.id, revision: 2, value: v2, editedAt: at(2), editedBy: m.id },
      ]);
      expect(await store().getAnswer('q1', 'nobody')).toBeUndefined();
    });

    test('a stale expectedRevision is a conflict that returns the current answer and changes nothing', async () => {
      const { input } = await setup();
      const created = await store().saveAnswer(input(v1, 1, { expectedRevision: 0 }));
      expect(created.ok).toBe(true);
      const edited = await store().saveAnswer(input(v2, 2, { expectedRevision: 1 }));
      expect(edited.ok && edited.answer.revision).toBe(2);

      const stale = await store().saveAnswer(input(v3, 3, { expectedRevision: 1 }));
      expect(stale).toEqual({ ok: false, conflict: expect.objectContaining({ revision: 2, value: v2 }) });
      const again = await store().saveAnswer(input(v3, 3, { expectedRevision: 0 }));
      expect(again.ok).toBe(false);
      const current = await store().getAnswer('q1', input(v1, 0).memberId);
      expect(current).toMatchObject({ revision: 2, value: v2 });
      expect(await store().listAnswerRevisions(current!.id)).toHaveLength(2);
    });

    test('saves racing on one answer all land, one revision each', async () => {
      const { m, input } = await setup();
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => store().saveAnswer(input({ kind: 'text', text: `v${n}` }, n))),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      const current = await store().getAnswer('q1', m.id);
      expect(current?.revision).toBe(5);
      expect((await store().listAnswerRevisions(current!.id)).map((r) => r.revision)).toEqual([
        1, 2, 3, 4, 5,
      ]);
    });

    test('an expectedRevision above 0 with no answer at all is an error and stores nothing', async () => {
      const { f, m, input } = await setup();
      await expect(store().saveAnswer(input(v1, 1, { expectedRevision: 2 }))).rejects.toThrow(
        `saveAnswer: expected revision 2 but there is no answer to question q1 by member ${m.id}`,
      );
      expect(await store().getAnswer('q1', m.id)).toBeUndefined();
      expect(await store().listAnswers(f.id)).toEqual([]);
    });

    test('an edit keeps id, forum and createdAt and takes the new department', async () => {
      const { f, input } = await setup();
      const d2 = department(f.id);
      await store().saveDepartment(d2);
      const first = await store().saveAnswer(input(v1, 1));
      const second = await store().saveAnswer(input(v2, 2, { departmentId: d2.id, expectedRevision: 1 }));
      expect(first.ok && second.ok).toBe(true);
      if (!first.ok || !second.ok) return;
      expect(second.answer).toEqual({
        ...first.answer,
        departmentId: d2.id,
        value: v2,
        revision: 2,
        updatedAt: at(2),
      });
    });

    test('of saves racing from the same expectedRevision exactly one wins; the others see it', async () => {
      const { m, input } = await setup();
      const created = await Promise.all(
        [1, 2, 3].map((n) =>
          store().saveAnswer(input({ kind: 'text', text: `new${n}` }, n, { expectedRevision: 0 })),
        ),
      );
      expect(created.filter((r) => r.ok)).toHaveLength(1);
      const first = created.find((r) => r.ok)!;
      for (const r of created) if (!r.ok) expect(r.conflict).toEqual(first.ok && first.answer);

      const edited = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          store().saveAnswer(input({ kind: 'text', text: `edit${n}` }, 10 + n, { expectedRevision: 1 })),
        ),
      );
      const winners = edited.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      const winner = winners[0]!.ok ? winners[0]!.answer : undefined;
      expect(winner?.revision).toBe(2);
      for (const r of edited) if (!r.ok) expect(r.conflict).toEqual(winner);
      const current = await store().getAnswer('q1', m.id);
      expect(current).toEqual(winner);
      expect((await store().listAnswerRevisions(current!.id)).map((r) => r.value)).toEqual([
        first.ok && first.answer.value,
        winner?.value,
      ]);
    });

    test('listAnswers filters by department, member and question', async () => {
      const { f, d, m, input } = await setup();
      const d2 = department(f.id);
      await store().saveDepartment(d2);
      const m2 = member(f.id, { departmentIds: [d2.id] });
      await store().saveMember(m2);
      await store().saveAnswer(input(v1, 1));
      await store().saveAnswer(input(v1, 2, { questionId: 'q2' }));
      await store().saveAnswer(input(v3, 3, { memberId: m2.id, departmentId: d2.id }));

      expect(await store().listAnswers(f.id)).toHaveLength(3);
      expect(
        (await store().listAnswers(f.id, { departmentId: d.id })).map((a) => a.questionId).sort(),
      ).toEqual(['q1', 'q2']);
      expect((await store().listAnswers(f.id, { memberId: m2.id })).map((a) => a.value)).toEqual([v3]);
      expect((await store().listAnswers(f.id, { questionId: 'q1' })).map((a) => a.memberId).sort()).toEqual(
        [m.id, m2.id].sort(),
      );
      expect(
        await store().listAnswers(f.id, { questionId: 'q1', memberId: m.id, departmentId: d2.id }),
      ).toEqual([]);
      expect(await store().listAnswers('other-forum')).toEqual([]);
    });

    test('deleteAnswersOfMember removes that member’s answers and history only', async () => {
      const { f, m, input } = await setup();
      const other = member(f.id);
      await store().saveMember(other);
      await store().saveAnswer(input(v1, 1));
      await store().saveAnswer(input(v2, 2));
      const removedId = (await store().getAnswer('q1', m.id))!.id;
      await store().saveAnswer(input(v1, 3, { questionId: 'q2' }));
      await store().saveAnswer(input(v3, 4, { memberId: other.id }));

      expect(await store().deleteAnswersOfMember(m.id)).toBe(2);
      expect(await store().listAnswers(f.id, { memberId: m.id })).toEqual([]);
      expect(await store().listAnswerRevisions(removedId)).toEqual([]);
      expect(await store().getAnswer('q1', other.id)).toMatchObject({ value: v3 });
      expect(await store().deleteAnswersOfMember(m.id)).toBe(0);
    });
  });

  describe('saveMemberAnswer (an answer from the member’s card, with the member’s answers)', () => {
    test('saves a new revision and returns the member’s answers as listAnswers does, this one in place', async () => {
      const { f, m, input } = await setup();
      await store().saveAnswer(input(v2, 1, { questionId: 'q2' }));
      const first = await store().saveMemberAnswer(input(v1, 2, { expectedRevision: 0 }));
      expect(first.outcome).toBe('saved');
      expect(first.answer).toMatchObject({ questionId: 'q1', value: v1, revision: 1 });
      expect(first.answers).toEqual(await store().listAnswers(f.id, { memberId: m.id }));
      expect(first.answers.map((a) => a.questionId)).toEqual(['q2', 'q1']);

      const second = await store().saveMemberAnswer(input(v3, 3, { expectedRevision: 1 }));
      expect(second).toEqual({
        outcome: 'saved',
        answer: { ...first.answer, value: v3, revision: 2, updatedAt: at(3) },
        answers: await store().listAnswers(f.id, { memberId: m.id }),
        notified: false,
      });
      expect((await store().listAnswerRevisions(first.answer.id)).map((r) => r.value)).toEqual([v1, v3]);
    });

    test('with a change notice, a save that writes sends it itself on PostgreSQL only; one that writes nothing never', async () => {
      const { input } = await setup();
      const notice = { channel: 'samskab_contract_unheard', payload: '{}' };
      const saved = await store().saveMemberAnswer(input(v1, 1, { expectedRevision: 0 }), notice);
      expect(saved).toMatchObject({ outcome: 'saved', notified: store().dialect === 'postgres' });
      const unchanged = await store().saveMemberAnswer(input(v1, 2, { expectedRevision: 1 }), notice);
      expect(unchanged).toMatchObject({ outcome: 'unchanged', notified: false });
      const conflict = await store().saveMemberAnswer(input(v2, 3, { expectedRevision: 0 }), notice);
      expect(conflict).toMatchObject({ outcome: 'conflict', notified: false });
      const again = await store().saveMemberAnswer(input(v2, 4), notice);
      expect(again).toMatchObject({ outcome: 'saved', notified: store().dialect === 'postgres' });
      expect(again.answer.revision).toBe(2);
    });

    test('without an expected revision it saves over whatever is stored', async () => {
      const { m, input } = await setup();
      await store().saveAnswer(input(v1, 1));
      const saved = await store().saveMemberAnswer(input(v2, 2));
      expect(saved.outcome).toBe('saved');
      expect(saved.answer).toMatchObject({ value: v2, revision: 2 });
      expect(await store().getAnswer('q1', m.id)).toEqual(saved.answer);
    });

    test('the same value again (in any key order, with or without the revision) writes nothing', async () => {
      const { f, m, input } = await setup();
      const saved = await store().saveMemberAnswer(input(v1, 1, { expectedRevision: 0 }));
      const reordered = {
        principles: [1, 6],
        text: 'Tillid og rum',
        kind: 'textWithPrinciples',
      } as AnswerValue;
      for (const extra of [{ expectedRevision: 1 }, {}, { expectedRevision: 0 }, { expectedRevision: 7 }]) {
        const again = await store().saveMemberAnswer(input(reordered, 2, extra));
        expect(again).toEqual({
          outcome: 'unchanged',
          answer: saved.answer,
          answers: [saved.answer],
          notified: false,
        });
      }
      expect(await store().listAnswerRevisions(saved.answer.id)).toHaveLength(1);
      expect(await store().listAnswers(f.id, { memberId: m.id })).toEqual([saved.answer]);
    });

    test('a stale expected revision with another value is a conflict that shows the current answer', async () => {
      const { f, m, input } = await setup();
      await store().saveMemberAnswer(input(v1, 1, { expectedRevision: 0 }));
      const current = await store().saveMemberAnswer(input(v2, 2, { expectedRevision: 1 }));
      for (const expectedRevision of [0, 1, 3]) {
        const stale = await store().saveMemberAnswer(input(v3, 3, { expectedRevision }));
        expect(stale).toEqual({
          outcome: 'conflict',
          answer: current.answer,
          answers: [current.answer],
          notified: false,
        });
      }
      expect(await store().listAnswerRevisions(current.answer.id)).toHaveLength(2);
      expect(await store().listAnswers(f.id, { memberId: m.id })).toEqual([current.answer]);
    });

    test('an expected revision above 0 with no answer at all is an error and stores nothing', async () => {
      const { f, m, input } = await setup();
      await expect(store().saveMemberAnswer(input(v1, 1, { expectedRevision: 2 }))).rejects.toThrow(
        `saveAnswer: expected revision 2 but there is no answer to question q1 by member ${m.id}`,
      );
      expect(await store().listAnswers(f.id)).toEqual([]);
    });

    test('returns only this member’s answers in this forum', async () => {
      const { f, d, m, input } = await setup();
      const other = member(f.id, { departmentIds: [d.id] });
      await store().saveMember(other);
      await store().saveAnswer(input(v2, 1, { memberId: other.id }));
      const f2 = forum();
      await store().saveForum(f2);
      await store().saveAnswer(input(v3, 2, { forumId: f2.id, questionId: 'q9' }));
      const saved = await store().saveMemberAnswer(input(v1, 3));
      expect(saved.answers).toEqual([saved.answer]);
      expect(saved.answer.memberId).toBe(m.id);
    });

    test('of saves racing from the same expected revision exactly one lands; the others see it', async () => {
      const { m, input } = await setup();
      await store().saveMemberAnswer(input(v1, 1, { expectedRevision: 0 }));
      const raced = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          store().saveMemberAnswer(input({ kind: 'text', text: `v${n}` }, n + 1, { expectedRevision: 1 })),
        ),
      );
      const saved = raced.filter((r) => r.outcome === 'saved');
      expect(saved).toHaveLength(1);
      for (const r of raced.filter((x) => x.outcome !== 'saved')) {
        expect(r).toMatchObject({ outcome: 'conflict', answer: saved[0]!.answer });
        expect(r.answers).toEqual([saved[0]!.answer]);
      }
      const current = await store().getAnswer('q1', m.id);
      expect(current).toEqual(saved[0]!.answer);
      expect(await store().listAnswerRevisions(current!.id)).toHaveLength(2);
    });

    test('racing saves without an expected revision all land, one revision each', async () => {
      const { m, input } = await setup();
      const raced = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => store().saveMemberAnswer(input({ kind: 'text', text: `v${n}` }, n))),
      );
      expect(raced.every((r) => r.outcome === 'saved')).toBe(true);
      expect(raced.map((r) => r.answer.revision).sort()).toEqual([1, 2, 3, 4, 5]);
      const current = await store().getAnswer('q1', m.id);
      expect((await store().listAnswerRevisions(current!.id)).map((r) => r.revision)).toEqual([
        1, 2, 3, 4, 5,
      ]);
    });
  });

  describe('takeaways', () => {
    test('start empty at version 0; each save must name the version it read', async () => {
      const { d, m } = await setup();
      expect(await store().getTakeaways(d.id)).toEqual({
        departmentId: d.id,
        text: '',
        version: 0,
        updatedAt: null,
        updatedBy: null,
      });

      const first = await store().saveTakeaways(d.id, 'Vi er blevet klogere på roller', 0, m.id, at(1));
      const v1Takeaways = {
        departmentId: d.id,
        text: 'Vi er blevet klogere på roller',
        version: 1,
        updatedAt: at(1),
        updatedBy: m.id,
      };
      expect(first).toEqual({ ok: true, takeaways: v1Takeaways });

      expect(await store().saveTakeaways(d.id, 'Samtidig redigering', 0, 'someone', at(2))).toEqual({
        ok: false,
        current: v1Takeaways,
      });
      expect(await store().saveTakeaways(d.id, 'Fremtidig', 5, 'someone', at(2))).toEqual({
        ok: false,
        current: v1Takeaways,
      });

      const second = await store().saveTakeaways(d.id, 'Version to', 1, 'someone', at(3));
      expect(second).toEqual({
        ok: true,
        takeaways: {
          departmentId: d.id,
          text: 'Version to',
          version: 2,
          updatedAt: at(3),
          updatedBy: 'someone',
        },
      });
      expect(await store().getTakeaways(d.id)).toEqual(second.ok ? second.takeaways : undefined);
    });

    test('of two writers racing from the same version exactly one wins', async () => {
      const { d } = await setup();
      const results = await Promise.all(
        ['a', 'b', 'c'].map((who) => store().saveTakeaways(d.id, `by ${who}`, 0, who, at(1))),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect((await store().getTakeaways(d.id)).version).toBe(1);
    });
  });
}
