import type { Store } from '../../../../bot/store/store';
import { at, department, forum, member, uid } from '../fixtures';

/** Store.transaction: a batch (e.g. a member import with its audit entry) is stored whole or not at all. */
export function describeTransactionContract(store: () => Store): void {
  describe('transactions', () => {
    async function aForum() {
      const f = forum();
      await store().saveForum(f);
      const d = department(f.id);
      await store().saveDepartment(d);
      return { f, d };
    }
    const auditEntry = (forumId: string) => ({
      id: uid('audit'),
      forumId,
      at: at(1),
      actorKind: 'system' as const,
      actorMemberId: null,
      actorAadObjectId: null,
      action: 'member.import',
      targetKind: 'forum',
      targetId: forumId,
      details: { created: 3 },
    });

    test('a failure on the third row leaves nothing of the batch: no row, no audit entry', async () => {
      const { f, d } = await aForum();
      const existing = member(f.id, { role: 'chef', departmentIds: [d.id] });
      await store().saveMember(existing);
      const rows = [
        { ...existing, role: 'organizer' as const, departmentIds: [] },
        member(f.id, { role: 'organizer', name: 'Ny Arrangør' }),
        member(f.id, { name: 'Tredje' }),
      ];
      let saved = 0;
      await expect(
        store().transaction(async (tx) => {
          for (const [index, row] of rows.entries()) {
            if (index === 2) throw new Error('row 3 failed');
            await tx.saveMember(row);
            saved += 1;
          }
          await tx.appendAudit(auditEntry(f.id));
        }),
      ).rejects.toThrow('row 3 failed');
      expect(saved).toBe(2);
      expect(await store().listMembers(f.id)).toEqual([existing]);
      expect(await store().listAudit(f.id)).toEqual([]);
    });

    test('a failing statement (a constraint) rolls back the writes before it', async () => {
      const { f } = await aForum();
      const first = member(f.id, { name: 'Første' });
      await expect(
        store().transaction(async (tx) => {
          await tx.saveMember(first);
          await tx.appendAudit(auditEntry(f.id));
          // A member of a department that does not exist breaks a foreign key.
          await tx.saveMember(member(f.id, { departmentIds: ['no-such-department'] }));
        }),
      ).rejects.toThrow();
      expect(await store().listMembers(f.id)).toEqual([]);
      expect(await store().listAudit(f.id)).toEqual([]);
    });

    test('without a failure everything is stored and the result returned; nested calls commit with it', async () => {
      const { f, d } = await aForum();
      const a = member(f.id, { name: 'A', departmentIds: [d.id] });
      const b = member(f.id, { name: 'B' });
      const result = await store().transaction(async (tx) => {
        await tx.saveMember(a);
        await tx.transaction(async (inner) => inner.saveMember(b));
        await tx.appendAudit(auditEntry(f.id));
        return 'done';
      });
      expect(result).toBe('done');
      expect((await store().listMembers(f.id)).map((m) => m.name)).toEqual(['A', 'B']);
      expect(await store().listAudit(f.id)).toHaveLength(1);
    });

    test('a failed nested call can be caught; the rest of the batch still commits', async () => {
      const { f } = await aForum();
      const a = member(f.id, { name: 'A' });
      await store().transaction(async (tx) => {
        await tx.saveMember(a);
        await tx
          .transaction(async (inner) => {
            await inner.saveMember(member(f.id, { name: 'B' }));
            throw new Error('inner');
          })
          .catch(() => undefined);
      });
      expect((await store().listMembers(f.id)).map((m) => m.name)).toEqual(['A']);
    });

    test('an erasure and the card updates it queues commit together, or not at all', async () => {
      const { f, d } = await aForum();
      const anne = member(f.id, { departmentIds: [d.id] });
      await store().saveMember(anne);
      const saved = await store().saveAnswer({
        forumId: f.id,
        departmentId: d.id,
        questionId: 'q1',
        memberId: anne.id,
        value: { kind: 'text', text: 'Refleksion' },
        at: at(1),
      });
      expect(saved.ok).toBe(true);
      const erase = (fail: boolean) =>
        store().transaction(async (tx) => {
          const result = await tx.eraseAnswersOfMember(anne.id, 'subject', at(2));
          await tx.enqueueErasedCards({ forumId: f.id, memberId: anne.id, departmentIds: [d.id], at: at(2) });
          if (fail) throw new Error('after the erasure');
          return result;
        });
      await expect(erase(true)).rejects.toThrow('after the erasure');
      expect(await store().listAnswers(f.id, { memberId: anne.id })).toHaveLength(1);
      expect(await store().listErasedAnswerTallies(f.id)).toEqual([]);
      expect((await erase(false)).answers).toBe(1);
      expect(await store().listAnswers(f.id, { memberId: anne.id })).toEqual([]);
      expect(await store().listErasedAnswerTallies(f.id)).toMatchObject([{ count: 1 }]);
    });
  });
}
