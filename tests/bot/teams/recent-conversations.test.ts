import type { Activity } from 'botbuilder';
import { createSqliteStore, SQLITE_MEMORY } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import { forgetConversation } from '../../../bot/teams/installations';
import { RecentConversations } from '../../../bot/teams/recent-conversations';

const AT = '2026-01-01T08:00:00.000Z';

function personalTurn(conversationId: string, serviceUrl = 'https://smba.example.test/'): Partial<Activity> {
  return {
    type: 'message',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:anne', name: 'Anne', aadObjectId: 'aad-anne' },
    recipient: { id: '28:bot', name: 'Samskab' },
    conversation: {
      id: conversationId,
      conversationType: 'personal',
      tenantId: 't',
      isGroup: false,
      name: '',
    },
  };
}

/**
 * The bot's recently seen personal chats: a chat stored moments ago is not read again on every
 * turn. Dropped at once when this instance sees the uninstall; an uninstall or an "unreachable"
 * mark recorded by another instance is seen after the TTL at the latest. Each test fails when its
 * invalidation is removed.
 */
describe('recent conversations', () => {
  let store: Store;
  let reads: number;
  let counted: Store;

  beforeEach(async () => {
    store = createSqliteStore({ path: SQLITE_MEMORY });
    await store.migrate();
    reads = 0;
    counted = {
      ...store,
      getConversationRef: (id) => {
        reads += 1;
        return store.getConversationRef(id);
      },
    };
  });
  afterEach(() => store.close());

  test('a personal chat remembered moments ago is not read again', async () => {
    const seen = new RecentConversations(counted, 60_000);
    const turn = personalTurn('a:1');
    await seen.remember(turn, AT);
    await seen.remember(turn, AT);
    await seen.remember(turn, AT);
    expect(reads).toBe(1);
  });

  test('an uninstall seen by this instance drops it: the next turn stores the chat again', async () => {
    const seen = new RecentConversations(counted, 60_000);
    const turn = personalTurn('a:1');
    await seen.remember(turn, AT);
    seen.forget(turn);
    await forgetConversation(store, turn, AT);
    const again = await seen.remember(turn, AT);
    expect(reads).toBe(2);
    expect(again.removedAt).toBeNull();
    expect((await store.getConversationRef('a:1'))?.removedAt).toBeNull();
  });

  test('an unreachable mark made by another instance is seen after the TTL at the latest', async () => {
    const seen = new RecentConversations(counted, 40);
    const turn = personalTurn('a:1');
    await seen.remember(turn, AT);
    await store.markConversationUnreachable('a:1', 'blocked', AT); // another instance
    expect((await seen.remember(turn, AT)).reachable).toBe(true);
    expect(reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await seen.remember(turn, AT); // read again: the turn proves the chat reachable and stores it so
    expect(reads).toBe(2);
    expect((await store.getConversationRef('a:1'))?.reachable).toBe(true);
  });

  test('a turn from another service URL is read and stored again', async () => {
    const seen = new RecentConversations(counted, 60_000);
    await seen.remember(personalTurn('a:1'), AT);
    await seen.remember(personalTurn('a:1', 'https://smba.other.test/'), AT);
    expect(reads).toBe(2);
    const stored = await store.getConversationRef('a:1');
    expect((stored?.reference as { serviceUrl?: string }).serviceUrl).toBe('https://smba.other.test/');
  });

  test('group chats are always read (their department link changes at any time)', async () => {
    const seen = new RecentConversations(counted, 60_000);
    const group: Partial<Activity> = {
      ...personalTurn('19:group'),
      conversation: { id: '19:group', conversationType: 'groupChat', tenantId: 't', isGroup: true, name: '' },
    };
    await seen.remember(group, AT);
    await seen.remember(group, AT);
    expect(reads).toBe(2);
  });
});
