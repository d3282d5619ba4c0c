import type { AnswerValue } from '../../../../core/model';
import type { AuditEntry, Store } from '../../../../bot/store/store';
import { at, conversationRef, delivery, department, forum, member, round, uid } from '../fixtures';

// The trust ports: the append-only audit log, erasure with honest tallies, the once-only retention purge.

const value: AnswerValue = { kind: 'text', text: 'Personlig refleksion' };

async function setup(store: () => Store) {
  const f = forum();
  await store().saveForum(f);
  const d1 = department(f.id);
  const d2 = department(f.id, { sortOrder: 2 });
  await store().saveDepartment(d1);
  await store().saveDepartment(d2);
  const anne = member(f.id, { departmentIds: [d1.id] });
  const bo = member(f.id, { departmentIds: [d2.id], name: 'Bo Chef', email: 'bo@example.org' });
  await store().saveMember(anne);
  await store().saveMember(bo);
  const answer = (memberId: string, departmentId: string, questionId: string, minutes: number) =>
    store().saveAnswer({ forumId: f.id, departmentId, questionId, memberId, value, at: at(minutes) });
  return { f, d1, d2, anne, bo, answer };
}

const entry = (forumId: string, minutes: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: uid('audit'),
  forumId,
  at: at(minutes),
  actorKind: 'member',
  actorMemberId: 'm-1',
  actorAadObjectId: null,
  action: 'forum.settings.update',
  targetKind: 'forum',
  targetId: forumId,
  details: { fields: ['sendTime'], count: 2 },
  ...overrides,
});

/** AuditStore: the append-only audit log. */
export function describeAuditContract(store: () => Store): void {
  describe('audit log', () => {
    test('entries come back newest first, per forum, with their details', async () => {
      const f = forum();
      const other = forum();
      await store().saveForum(f);
      await store().saveForum(other);
      const e1 = entry(f.id, 1);
      const e2 = entry(f.id, 2, {
        action: 'member.delete',
        targetKind: 'member',
        targetId: 'm-2',
        actorKind: 'user',
        actorMemberId: null,
        actorAadObjectId: 'aad-1',
      });
      await store().appendAudit(e1);
      await store().appendAudit(e2);
      await store().appendAudit(entry(other.id, 3));
      expect(await store().listAudit(f.id)).toEqual([e2, e1]);
    });

    test('pages go further back from the last entry seen, and entries in the same instant are not lost', async () => {
      const f = forum();
      await store().saveForum(f);
      const entries = [entry(f.id, 1), entry(f.id, 2), entry(f.id, 2), entry(f.id, 3), entry(f.id, 4)];
      for (const e of entries) await store().appendAudit(e);
      const seen: string[] = [];
      let page = await store().listAudit(f.id, { limit: 2 });
      while (page.length > 0) {
        seen.push(...page.map((e) => e.id));
        const last = page[page.length - 1]!;
        page = await store().listAudit(f.id, { limit: 2, before: { at: last.at, id: last.id } });
      }
      expect(seen.sort()).toEqual(entries.map((e) => e.id).sort());
    });

    test('an entry id is written once', async () => {
      const f = forum();
      await store().saveForum(f);
      const e = entry(f.id, 1);
      await store().appendAudit(e);
      await expect(store().appendAudit({ ...e, action: 'rewritten' })).rejects.toThrow();
      expect((await store().listAudit(f.id))[0]?.action).toBe('forum.settings.update');
    });
  });
}

/** ErasureStore: erasure with tallies, and the retention purge. */
export function describeErasureContract(store: () => Store): void {
  describe('erasure', () => {
    test("erasing a member's answers removes them with every revision and tallies them without identity", async () => {
      const { f, d1, d2, anne, bo, answer } = await setup(store);
      const a1 = await answer(anne.id, d1.id, 'q1', 1);
      await answer(anne.id, d1.id, 'q1', 2);
      await answer(anne.id, d1.id, 'q2', 3);
      await answer(bo.id, d2.id, 'q1', 4);
      const result = await store().eraseAnswersOfMember(anne.id, 'subject', at(10));
      expect(result).toMatchObject({ answers: 2, revisions: 3 });
      expect(result.tallies).toHaveLength(2);
      expect(await store().listAnswers(f.id, { memberId: anne.id })).toEqual([]);
      expect(await store().listAnswerRevisions(a1.ok ? a1.answer.id : '')).toEqual([]);
      expect(await store().listAnswers(f.id, { memberId: bo.id })).toHaveLength(1);
      const tallies = await store().listErasedAnswerTallies(f.id);
      expect(
        tallies.map(({ departmentId, questionId, reason, count }) => ({
          departmentId,
          questionId,
          reason,
          count,
        })),
      ).toEqual(
        expect.arrayContaining([
          { departmentId: d1.id, questionId: 'q1', reason: 'subject', count: 1 },
          { departmentId: d1.id, questionId: 'q2', reason: 'subject', count: 1 },
        ]),
      );
      expect(JSON.stringify(tallies)).not.toContain(anne.id);
    });

    test('tallies add up across erasures and keep reasons apart; erasing nothing changes nothing', async () => {
      const { f, d1, anne, answer } = await setup(store);
      const carl = member(f.id, { departmentIds: [d1.id] });
      await store().saveMember(carl);
      await answer(anne.id, d1.id, 'q1', 1);
      await answer(carl.id, d1.id, 'q1', 2);
      await store().eraseAnswersOfMember(anne.id, 'subject', at(3));
      await store().eraseAnswersOfMember(carl.id, 'subject', at(4));
      expect(await store().eraseAnswersOfMember(carl.id, 'organizer', at(5))).toEqual({
        answers: 0,
        revisions: 0,
        tallies: [],
      });
      const tallies = await store().listErasedAnswerTallies(f.id);
      expect(tallies).toEqual([
        {
          forumId: f.id,
          departmentId: d1.id,
          questionId: 'q1',
          reason: 'subject',
          count: 2,
          updatedAt: at(4),
        },
      ]);
    });
  });

  describe('retention purge', () => {
    test('purges answers, anonymizes members, removes conversations, clears errors, once', async () => {
      const { f, d1, d2, anne, bo, answer } = await setup(store);
      await answer(anne.id, d1.id, 'q1', 1);
      await answer(bo.id, d2.id, 'q1', 2);
      const group = conversationRef({ kind: 'groupChat', aadObjectId: null, departmentId: d1.id });
      const anneChat = conversationRef({ aadObjectId: anne.aadObjectId });
      const boChat = conversationRef({ aadObjectId: bo.aadObjectId });
      const strangerChat = conversationRef();
      for (const ref of [group, anneChat, boChat, strangerChat]) await store().saveConversationRef(ref);
      // Bo is also in a later forum: his personal chat stays.
      const later = forum();
      await store().saveForum(later);
      await store().saveMember(member(later.id, { aadObjectId: bo.aadObjectId }));
      const r = round(f.id);
      await store().saveRound(r);
      const failed = delivery(r, { state: 'failed', lastError: 'HTTP 403 for Anne Chef' });
      await store().addDeliveries([failed]);
      await store().saveTakeaways(d1.id, 'Vi blev klogere', 0, anne.id, at(3));

      const organizer = member(f.id, { role: 'organizer', name: 'Sekretariatet', email: 'sek@example.org' });
      await store().saveMember(organizer);

      const purge = await store().purgeForumPersonalData(f.id, 'Anonymiseret', at(100));
      expect(purge).toEqual({ forumId: f.id, purgedAt: at(100), answers: 2, members: 2, conversations: 2 });
      expect(await store().listAnswers(f.id)).toEqual([]);
      const members = await store().listMembers(f.id);
      expect(members.map((m) => [m.name, m.email]).sort()).toEqual([
        ['Anonymiseret', null],
        ['Anonymiseret', null],
        ['Sekretariatet', 'sek@example.org'],
      ]);
      expect(await store().findMembersByAadObjectId(organizer.aadObjectId)).toHaveLength(1);
      expect(await store().findMembersByAadObjectId(anne.aadObjectId)).toEqual([]);
      expect(await store().getConversationRef(group.conversationId)).toBeUndefined();
      expect(await store().getConversationRef(anneChat.conversationId)).toBeUndefined();
      expect(await store().getConversationRef(boChat.conversationId)).toBeDefined();
      expect(await store().getConversationRef(strangerChat.conversationId)).toBeDefined();
      expect((await store().getDelivery(failed.id))?.lastError).toBeNull();
      expect(await store().getTakeaways(d1.id)).toMatchObject({ text: 'Vi blev klogere', updatedBy: null });
      expect(await store().listErasedAnswerTallies(f.id)).toHaveLength(2);
      expect(await store().getRetentionPurge(f.id)).toEqual(purge);

      expect(await store().purgeForumPersonalData(f.id, 'Anonymiseret', at(200))).toBeUndefined();
      expect(await store().getRetentionPurge(f.id)).toEqual(purge);
      expect(await store().findMembersByAadObjectId(bo.aadObjectId)).toHaveLength(1);
    });

    test('two purges at once: exactly one does the work', async () => {
      const { f, d1, anne, answer } = await setup(store);
      await answer(anne.id, d1.id, 'q1', 1);
      const results = await Promise.all([
        store().purgeForumPersonalData(f.id, 'Anonymiseret', at(10)),
        store().purgeForumPersonalData(f.id, 'Anonymiseret', at(10)),
      ]);
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      expect(await store().listErasedAnswerTallies(f.id)).toEqual([
        expect.objectContaining({ reason: 'retention', count: 1 }),
      ]);
    });

    test('a forum never purged has no purge record', async () => {
      const f = forum();
      await store().saveForum(f);
      expect(await store().getRetentionPurge(f.id)).toBeUndefined();
    });
  });
}
