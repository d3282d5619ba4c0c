import type { Store } from '../../../../bot/store/store';
import { at, department, forum, member, principle, question, round, uid } from '../fixtures';

/** ForumStore: forums, departments, questions and principles. */
export function describeForumContract(store: () => Store): void {
  describe('forums', () => {
    test('a saved forum reads back equal, and saving again updates it', async () => {
      const f = forum();
      await store().saveForum(f);
      expect(await store().getForum(f.id)).toEqual(f);

      const renamed = { ...f, name: { da: 'Nyt navn', en: 'New name' }, updatedAt: at(5) };
      await store().saveForum(renamed);
      expect(await store().getForum(f.id)).toEqual(renamed);
      expect(await store().getForum('missing')).toBeUndefined();
    });

    test('listForums returns every forum', async () => {
      const a = forum({ createdAt: at(0) });
      const b = forum({ createdAt: at(1) });
      await store().saveForum(b);
      await store().saveForum(a);
      expect((await store().listForums()).map((f) => f.id)).toEqual([a.id, b.id]);
    });
  });

  describe('departments', () => {
    test('round trip, ordered by sortOrder, update in place', async () => {
      const f = forum();
      await store().saveForum(f);
      const second = department(f.id, { sortOrder: 2, facilitatorMeetingDate: '2019-10-01' });
      const first = department(f.id, { sortOrder: 1 });
      await store().saveDepartment(second);
      await store().saveDepartment(first);
      expect(await store().listDepartments(f.id)).toEqual([first, second]);

      const edited = { ...first, recap: 'Ny opsamling', chosenAssignment: 'Andet' };
      await store().saveDepartment(edited);
      expect(await store().getDepartment(first.id)).toEqual(edited);
      expect(await store().getDepartment('missing')).toBeUndefined();
    });

    test('deleteDepartment removes it with its memberships and takeaways', async () => {
      const f = forum();
      await store().saveForum(f);
      const d = department(f.id);
      const other = department(f.id);
      await store().saveDepartment(d);
      await store().saveDepartment(other);
      const m = member(f.id, { departmentIds: [d.id, other.id] });
      await store().saveMember(m);
      await store().saveTakeaways(d.id, 'Vi blev klogere', 0, m.id, at(1));

      await store().deleteDepartment(d.id);

      expect(await store().getDepartment(d.id)).toBeUndefined();
      expect((await store().getMember(m.id))?.departmentIds).toEqual([other.id]);
      expect((await store().getTakeaways(d.id)).version).toBe(0);
    });
  });

  describe('questions and principles', () => {
    test('questions round trip in number order; saving a new list replaces the old one', async () => {
      const f = forum();
      await store().saveForum(f);
      const q2 = question(f.id, 2, { shape: { kind: 'indicators', maxItems: 5, maxLength: 300 } });
      const q1 = question(f.id, 1);
      const q3 = question(f.id, 3, {
        shape: {
          kind: 'textWithRating',
          maxLength: 500,
          scale: 5,
          lowLabel: { da: 'Lav', en: 'Low' },
          highLabel: { da: 'Høj', en: 'High' },
        },
      });
      await store().saveQuestions(f.id, [q2, q1, q3]);
      expect(await store().listQuestions(f.id)).toEqual([q1, q2, q3]);

      const q1edited = { ...q1, text: { da: 'Ændret', en: 'Changed' } };
      await store().saveQuestions(f.id, [q1edited, q3]);
      expect(await store().listQuestions(f.id)).toEqual([q1edited, q3]);
    });

    test('principles round trip in number order; saving replaces', async () => {
      const f = forum();
      await store().saveForum(f);
      const list = [7, 1, 4].map((n) => principle(f.id, n));
      await store().savePrinciples(f.id, list);
      expect((await store().listPrinciples(f.id)).map((p) => p.number)).toEqual([1, 4, 7]);
      expect((await store().listPrinciples(f.id))[0]).toEqual(principle(f.id, 1));

      await store().savePrinciples(f.id, [principle(f.id, 2)]);
      expect(await store().listPrinciples(f.id)).toEqual([principle(f.id, 2)]);
    });
  });
}

/** MemberStore: members and their departments. */
export function describeMemberContract(store: () => Store): void {
  describe('members', () => {
    test('a member with departments reads back with them, in order', async () => {
      const f = forum();
      await store().saveForum(f);
      const d1 = department(f.id);
      const d2 = department(f.id);
      await store().saveDepartment(d1);
      await store().saveDepartment(d2);
      const facilitator = member(f.id, {
        role: 'facilitator',
        departmentIds: [d2.id, d1.id],
        email: null,
        pausedUntil: '2019-10-01',
      });
      const organizer = member(f.id, { role: 'organizer', departmentIds: [], locale: 'en' });
      await store().saveMember(facilitator);
      await store().saveMember(organizer);

      expect(await store().getMember(facilitator.id)).toEqual(facilitator);
      expect(await store().getMember(organizer.id)).toEqual(organizer);
      expect(await store().getMember('missing')).toBeUndefined();
      const listed = await store().listMembers(f.id);
      expect(listed).toHaveLength(2);
      expect(listed).toEqual(expect.arrayContaining([facilitator, organizer]));
    });

    test('saving again replaces the memberships', async () => {
      const f = forum();
      await store().saveForum(f);
      const d1 = department(f.id);
      const d2 = department(f.id);
      await store().saveDepartment(d1);
      await store().saveDepartment(d2);
      const m = member(f.id, { departmentIds: [d1.id] });
      await store().saveMember(m);
      await store().saveMember({ ...m, departmentIds: [d2.id], name: 'Anne B.' });
      expect(await store().getMember(m.id)).toEqual({ ...m, departmentIds: [d2.id], name: 'Anne B.' });
    });

    test('findMembersByAadObjectId finds the person in every forum', async () => {
      const f1 = forum();
      const f2 = forum();
      await store().saveForum(f1);
      await store().saveForum(f2);
      const aad = uid('aad');
      const a = member(f1.id, { aadObjectId: aad });
      const b = member(f2.id, { aadObjectId: aad });
      await store().saveMember(a);
      await store().saveMember(b);
      await store().saveMember(member(f1.id));
      const found = await store().findMembersByAadObjectId(aad);
      expect(found.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
      expect(await store().findMembersByAadObjectId('nobody')).toEqual([]);
    });

    test('deleteMember removes the member and memberships but keeps answers', async () => {
      const f = forum();
      await store().saveForum(f);
      const d = department(f.id);
      await store().saveDepartment(d);
      const m = member(f.id, { departmentIds: [d.id] });
      await store().saveMember(m);
      await store().saveAnswer({
        forumId: f.id,
        departmentId: d.id,
        questionId: 'q1',
        memberId: m.id,
        value: { kind: 'text', text: 'Svar' },
        at: at(1),
      });

      await store().deleteMember(m.id);

      expect(await store().getMember(m.id)).toBeUndefined();
      expect(await store().listMembers(f.id)).toEqual([]);
      expect(await store().getAnswer('q1', m.id)).toBeDefined();
      // The department can still be removed: no membership rows are left behind.
      await store().deleteDepartment(d.id);
      expect(await store().getDepartment(d.id)).toBeUndefined();
    });
  });
}

/** RoundStore: rounds (see also round-retime.ts). */
export function describeRoundContract(store: () => Store): void {
  describe('rounds', () => {
    test('round trip and list in due order', async () => {
      const f = forum();
      await store().saveForum(f);
      const d = department(f.id);
      await store().saveDepartment(d);
      const late = round(f.id, { dueAt: at(60), kind: 'reminder', departmentId: d.id });
      const early = round(f.id, { dueAt: at(0), questionIds: ['a', 'b', 'c'] });
      await store().saveRound(late);
      await store().saveRound(early);
      expect(await store().getRound(late.id)).toEqual(late);
      expect(await store().listRounds(f.id)).toEqual([early, late]);
      expect(await store().getRound('missing')).toBeUndefined();

      const moved = { ...late, localTime: '10:00', dueAt: at(120), updatedAt: at(1) };
      await store().saveRound(moved);
      expect(await store().getRound(late.id)).toEqual(moved);
    });

    test('listDueRounds returns planned rounds that are due, oldest first', async () => {
      const f = forum();
      await store().saveForum(f);
      const due2 = round(f.id, { dueAt: at(10) });
      const due1 = round(f.id, { dueAt: at(5) });
      const future = round(f.id, { dueAt: at(30) });
      const done = round(f.id, { dueAt: at(1), state: 'materialized' });
      for (const r of [due2, due1, future, done]) await store().saveRound(r);
      expect((await store().listDueRounds(at(10))).map((r) => r.id)).toEqual([due1.id, due2.id]);
    });

    test('transitionRound moves the state only from the expected one', async () => {
      const f = forum();
      await store().saveForum(f);
      const r = round(f.id);
      await store().saveRound(r);
      expect(await store().transitionRound(r.id, 'planned', 'materialized', at(1))).toBe(true);
      expect(await store().transitionRound(r.id, 'planned', 'materialized', at(2))).toBe(false);
      expect(await store().getRound(r.id)).toMatchObject({ state: 'materialized', updatedAt: at(1) });
      expect(await store().transitionRound('missing', 'planned', 'cancelled', at(3))).toBe(false);
    });
  });
}
