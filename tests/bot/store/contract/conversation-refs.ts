import type { Store } from '../../../../bot/store/store';
import { at, conversationRef, department, forum, uid } from '../fixtures';

/** Teams conversation references: the durable installation store. */
export function describeConversationRefContract(store: () => Store): void {
  describe('conversation references', () => {
    test('a reference reads back equal, including the opaque Bot Framework reference', async () => {
      const ref = conversationRef();
      await store().saveConversationRef(ref);
      expect(await store().getConversationRef(ref.conversationId)).toEqual(ref);
      expect(await store().getConversationRef('missing')).toBeUndefined();
    });

    test('the personal chat is found by the user’s Entra object id', async () => {
      const aad = uid('aad');
      const personal = conversationRef({ aadObjectId: aad });
      const group = conversationRef({ kind: 'groupChat', aadObjectId: aad, installedAt: at(5) });
      await store().saveConversationRef(personal);
      await store().saveConversationRef(group);
      expect(await store().findPersonalConversation(aad)).toEqual(personal);
      expect(await store().findPersonalConversation('nobody')).toBeUndefined();
    });

    test('a removed personal chat is no longer found; reinstalling brings it back', async () => {
      const ref = conversationRef();
      await store().saveConversationRef(ref);
      await store().markConversationRemoved(ref.conversationId, at(10));
      expect(await store().getConversationRef(ref.conversationId)).toMatchObject({ removedAt: at(10) });
      expect(await store().findPersonalConversation(ref.aadObjectId!)).toBeUndefined();

      const reinstalled = { ...ref, installedAt: at(20), removedAt: null };
      await store().saveConversationRef(reinstalled);
      expect(await store().findPersonalConversation(ref.aadObjectId!)).toEqual(reinstalled);
    });

    test('an unreachable chat is kept with its error, and a reachable one is preferred', async () => {
      const aad = uid('aad');
      const old = conversationRef({ aadObjectId: aad, installedAt: at(0) });
      await store().saveConversationRef(old);
      await store().markConversationUnreachable(old.conversationId, '403 MessageWritesBlocked', at(1));
      expect(await store().getConversationRef(old.conversationId)).toMatchObject({
        reachable: false,
        lastError: '403 MessageWritesBlocked',
        removedAt: null,
      });
      // Still reported, so the organizer can see why the person gets nothing.
      expect(await store().findPersonalConversation(aad)).toMatchObject({
        conversationId: old.conversationId,
        reachable: false,
      });

      const fresh = conversationRef({ aadObjectId: aad, installedAt: at(-5) });
      await store().saveConversationRef(fresh);
      expect((await store().findPersonalConversation(aad))?.conversationId).toBe(fresh.conversationId);
    });

    test('listConversationRefs filters by department and kind', async () => {
      const f = forum();
      await store().saveForum(f);
      const d = department(f.id);
      await store().saveDepartment(d);
      const group = conversationRef({
        kind: 'groupChat',
        aadObjectId: null,
        departmentId: d.id,
        installedAt: at(1),
      });
      const channel = conversationRef({
        kind: 'channel',
        aadObjectId: null,
        departmentId: d.id,
        installedAt: at(2),
      });
      const personal = conversationRef({ installedAt: at(3) });
      for (const ref of [channel, personal, group]) await store().saveConversationRef(ref);

      expect(await store().listConversationRefs()).toEqual([group, channel, personal]);
      expect(await store().listConversationRefs({ departmentId: d.id })).toEqual([group, channel]);
      expect(await store().listConversationRefs({ kind: 'personal' })).toEqual([personal]);
      expect(await store().listConversationRefs({ departmentId: d.id, kind: 'channel' })).toEqual([channel]);

      await store().deleteDepartment(d.id);
      expect(await store().getConversationRef(group.conversationId)).toMatchObject({ departmentId: null });
    });
  });
}
