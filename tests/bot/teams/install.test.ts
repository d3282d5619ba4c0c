import { BOT, chefs, type Harness, organizer, startBotHarness } from './support/bot-harness';
import { cardText, cardsOf, findAction } from './support/validate-card';

let h: Harness;
beforeEach(async () => {
  h = await startBotHarness();
});
afterEach(() => h.close());

describe('installing the bot', () => {
  it('in a personal chat stores the reference durably and welcomes the chef in Danish', async () => {
    const chef = chefs(h, 'da')[0]!;
    const user = h.user(chef);
    const result = await user.install();
    const ref = await h.deps.store.findPersonalConversation(chef.aadObjectId);
    expect(ref).toMatchObject({
      conversationId: user.conversationId,
      kind: 'personal',
      reachable: true,
      removedAt: null,
    });
    expect((ref!.reference as any).serviceUrl).toBe('https://smba.example.test/emea/');
    const [card] = cardsOf(result.replies[0] as never);
    const text = cardText(card);
    expect(text).toContain('Velkommen til Samskab');
    expect(text).toContain(`Hej ${chef.name}!`);
    expect(text).toContain('30. august 2019');
    expect(text).toContain('21. november 2019');
    expect(JSON.stringify(card)).toContain('De syv principper');
  });

  it("the welcome card's answer button brings the open questions", async () => {
    const chef = chefs(h)[0]!;
    const welcome = cardsOf((await h.user(chef).install()).replies[0] as never)[0];
    const button = findAction(welcome, 'questions');
    const result = await h.user(chef).execute('questions', button.data);
    expect(result.invoke!.status).toBe(200);
    expect(cardText(cardsOf(result.replies[0] as never)[0])).toContain('Spørgsmål 1');
  });

  it('welcomes an English-speaking chef in English', async () => {
    const chef = chefs(h, 'en')[0]!;
    const result = await h.user(chef).install();
    const text = cardText(cardsOf(result.replies[0] as never)[0]);
    expect(text).toContain('Welcome to Samskab');
    expect(text).toContain('21 November 2019');
  });

  it('does not welcome twice on upgrade or on the accompanying conversationUpdate', async () => {
    const user = h.user(chefs(h)[0]!);
    expect((await user.install()).replies).toHaveLength(1);
    expect((await user.membersAdded([BOT.id])).replies).toHaveLength(0);
    expect((await user.install('add-upgrade')).replies).toHaveLength(0);
  });

  it('marks the reference removed on uninstall and welcomes again after reinstall', async () => {
    const chef = chefs(h)[0]!;
    const user = h.user(chef);
    await user.install();
    await user.install('remove');
    expect((await h.deps.store.getConversationRef(user.conversationId))!.removedAt).not.toBeNull();
    const again = await user.install();
    expect(again.replies).toHaveLength(1);
    expect((await h.deps.store.getConversationRef(user.conversationId))!.removedAt).toBeNull();
  });

  it('stores the reference on first contact and on the bot being added or removed as a member', async () => {
    const chef = chefs(h)[1]!;
    const user = h.user(chef);
    await user.say('hjælp');
    expect(await h.deps.store.findPersonalConversation(chef.aadObjectId)).toBeDefined();
    const group = h.user(chef, { id: '19:group-a@thread.v2', type: 'groupChat' });
    await group.membersAdded([BOT.id]);
    expect(await h.deps.store.getConversationRef('19:group-a@thread.v2')).toMatchObject({
      kind: 'groupChat',
      aadObjectId: null,
    });
    await group.membersRemoved([BOT.id]);
    expect((await h.deps.store.getConversationRef('19:group-a@thread.v2'))!.removedAt).not.toBeNull();
  });

  it('explains politely to a Teams user who is not a forum member', async () => {
    const stranger = h.user(null);
    const result = await stranger.install();
    expect(cardText(cardsOf(result.replies[0] as never)[0])).toContain('sekretariat');
    const said = await stranger.say('status');
    expect(said.texts[0]).toContain('sekretariat');
  });

  it('in a group chat asks an organizer which department it belongs to, and links it from the card', async () => {
    const org = organizer(h);
    const chat = { id: '19:dept-chat@thread.v2', type: 'groupChat' as const };
    const result = await h.user(org, chat).install();
    expect(result.replies).toHaveLength(2);
    const choice = cardsOf(result.replies[1] as never)[0];
    expect(cardText(choice)).toContain('Hvilken afdeling hører denne chat til?');
    const action = findAction(choice, 'linkDepartment');
    const department = h.departments[2]!;

    const chef = chefs(h)[0]!;
    const refused = await h
      .user(chef, chat)
      .execute('linkDepartment', { ...action.data, departmentId: department.id });
    expect(refused.invoke!.body.value).toContain('arrangører');
    expect((await h.deps.store.getConversationRef(chat.id))!.departmentId).toBeNull();

    const linked = await h
      .user(org, chat)
      .execute('linkDepartment', { ...action.data, departmentId: department.id });
    expect(linked.invoke!.status).toBe(200);
    expect(linked.invoke!.body.value).toContain(department.name.da);
    expect((await h.deps.store.getConversationRef(chat.id))!.departmentId).toBe(department.id);
  });
});
