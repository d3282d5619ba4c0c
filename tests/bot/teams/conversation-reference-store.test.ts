import { StoreConversationReferenceStore } from '../../../bot/teams';
import { type Harness, startBotHarness } from './support/bot-harness';

let h: Harness;
beforeEach(async () => {
  h = await startBotHarness();
});
afterEach(() => h.close());

const reference = (id: string, type = 'personal') => ({
  serviceUrl: 'https://smba.example.test/',
  channelId: 'msteams',
  bot: { id: '28:bot', name: 'Samskab' },
  user: { id: `29:${id}`, name: 'X', aadObjectId: `aad-${id}` },
  conversation: { id, conversationType: type, tenantId: 't1', isGroup: type !== 'personal', name: '' },
});

describe("TeamsFx's installation store over our database", () => {
  it('adds, keeps, lists in pages and removes references durably', async () => {
    const store = new StoreConversationReferenceStore(h.deps.store, h.deps.clock);
    expect(await store.add('a:1', reference('a:1'), {})).toBe(true);
    expect(await store.add('a:1', reference('a:1'), {})).toBe(false);
    expect(await store.add('a:1', reference('a:1'), { overwrite: true })).toBe(true);
    expect(await store.add('19:g@thread.v2', reference('19:g@thread.v2', 'groupChat'), {})).toBe(true);
    expect(await h.deps.store.findPersonalConversation('aad-a:1')).toMatchObject({
      conversationId: 'a:1',
      kind: 'personal',
    });

    const first = await store.list(1);
    expect(first.data).toHaveLength(1);
    const second = await store.list(1, first.continuationToken);
    expect(second.data).toHaveLength(1);
    expect(second.continuationToken).toBeUndefined();

    expect(await store.remove('a:1', reference('a:1'))).toBe(true);
    expect(await store.remove('a:1', reference('a:1'))).toBe(false);
    expect((await store.list()).data.map((r) => r.conversation?.id)).toEqual(['19:g@thread.v2']);
    expect((await h.deps.store.getConversationRef('a:1'))!.removedAt).not.toBeNull();
  });
});
