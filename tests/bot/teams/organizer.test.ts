import { TeamsInfo } from 'botbuilder';
import { storedRoster } from '../../../bot/teams/stored-roster';
import { delivery } from '../store/fixtures';
import { chefs, type Harness, organizer, startBotHarness } from './support/bot-harness';

let h: Harness;
beforeEach(async () => {
  h = await startBotHarness();
});
afterEach(() => {
  jest.restoreAllMocks();
  return h.close();
});

const chat = { id: '19:leaders@thread.v2', type: 'groupChat' as const };

describe('organizer commands', () => {
  it('are refused politely for everyone else', async () => {
    for (const text of ['tilknyt Sundhed', 'send 1', 'leveringer', 'synk', 'link x', 'deliveries', 'sync']) {
      const result = await h.user(chefs(h)[0]!, chat).say(text);
      expect(result.texts[0]).toBe('Det kan kun forummets arrangører.');
    }
  });

  it('tilknyt <afdeling> links a group chat to a department by name; unknown names are explained', async () => {
    const org = h.user(organizer(h), chat);
    const department = h.departments[1]!;
    const notFound = await org.say('tilknyt Månebasen');
    expect(notFound.texts[0]).toContain('Jeg kender ingen afdeling, der hedder "Månebasen"');
    const done = await org.say(`tilknyt ${department.name.da.toUpperCase()}`);
    expect(done.texts[0]).toBe(`Denne chat er nu knyttet til ${department.name.da}.`);
    expect((await h.deps.store.getConversationRef(chat.id))!.departmentId).toBe(department.id);
    const personal = await h.user(organizer(h)).say(`link ${department.name.en}`);
    expect(personal.texts[0]).toContain('Kun en gruppechat');
  });

  it('tilknyt without a name shows the department choice card', async () => {
    const result = await h.user(organizer(h), chat).say('tilknyt');
    expect(JSON.stringify(result.replies[0])).toContain('linkDepartment');
  });

  it('send <numbers> creates a round to send now via RoundsService; bad numbers are explained', async () => {
    const org = h.user(organizer(h), chat);
    await org.say(`tilknyt ${h.departments[0]!.name.da}`);
    expect((await org.say('send')).texts[0]).toContain('send 1 2');
    expect((await org.say('send 99')).texts[0]).toContain('Spørgsmål 99 findes ikke');
    const before = (await h.deps.store.listRounds(h.forum.id)).length;
    const result = await org.say('send 1 2');
    expect(result.texts[0]).toContain(`sendes nu til ${h.departments[0]!.name.da}`);
    const rounds = await h.deps.store.listRounds(h.forum.id);
    expect(rounds).toHaveLength(before + 1);
    const questions = await h.deps.store.listQuestions(h.forum.id);
    expect(
      rounds.find(
        (r) =>
          r.questionIds.join() === [questions[0]!.id, questions[1]!.id].join() &&
          r.departmentId === h.departments[0]!.id,
      ),
    ).toBeDefined();
  });

  it('leveringer shows delivery status', async () => {
    const result = await h.user(organizer(h)).say('leveringer');
    expect(result.texts[0]).toMatch(/Ingen leveringer endnu|Leveringer/);
  });

  it('leveringer counts each round and names the failed and unreachable recipients, with advice', async () => {
    const org = h.user(organizer(h), chat);
    await org.say(`tilknyt ${h.departments[0]!.name.da}`);
    await org.say('send 1');
    const round = (await h.deps.store.listRounds(h.forum.id)).at(-1)!;
    const now = h.clock.now().toISOString();
    await h.deps.store.addDeliveries(
      chefs(h)
        .slice(0, 3)
        .map((m, i) =>
          delivery(round, {
            id: `d-${i}`,
            recipientId: m.id,
            departmentId: h.departments[0]!.id,
            dueAt: now,
            updatedAt: now,
          }),
        ),
    );
    const claimed = await h.deps.store.claimDeliveries({ now, owner: 'test', leaseMs: 60_000, limit: 10 });
    const members = claimed.filter((d) => d.recipientKind === 'member');
    expect(members.length).toBeGreaterThanOrEqual(2);
    const at = h.clock.now().toISOString();
    await h.deps.store.completeDelivery(members[0]!.id, 'test', { state: 'failed', error: 'HTTP 500' }, at);
    await h.deps.store.completeDelivery(
      members[1]!.id,
      'test',
      { state: 'unreachable', error: 'HTTP 403 blocked or removed the bot' },
      at,
    );
    const names = new Map(h.members.map((m) => [m.id, m.name]));

    const text = (await h.user(organizer(h)).say('leveringer')).texts[0]!;
    expect(text).toMatch(/^\*\*Leveringer\*\*/);
    expect(text).toMatch(/: \d+ sendt, \d+ venter, 1 fejlet, 1 kan ikke nås/);
    expect(text).toContain(`${names.get(members[0]!.recipientId)} (fejlet): `);
    expect(text).toContain(
      `${names.get(members[1]!.recipientId)} (kan ikke nås): Personen har blokeret eller fjernet Samskab i Teams.`,
    );
  });

  it('synk adds forum members from the chat roster to the linked department and counts the rest', async () => {
    const org = h.user(organizer(h), chat);
    expect((await org.say('synk')).texts[0]).toContain('Knyt først chatten');
    const department = h.departments[0]!;
    await org.say(`tilknyt ${department.name.da}`);
    const outsider = h.members.find((m) => m.role === 'chef' && !m.departmentIds.includes(department.id))!;
    const insider = h.members.find((m) => m.role === 'chef' && m.departmentIds.includes(department.id))!;
    jest.spyOn(TeamsInfo, 'getPagedMembers').mockImplementation(async (_ctx, _size, token) =>
      token
        ? {
            members: [{ id: '29:x', name: 'Gæst', aadObjectId: 'aad-guest' } as never],
            continuationToken: '',
          }
        : {
            members: [outsider, insider].map(
              (m) => ({ id: `29:${m.aadObjectId}`, name: m.name, aadObjectId: m.aadObjectId }) as never,
            ),
            continuationToken: 'page2',
          },
    );
    const result = await org.say('synk');
    expect(result.texts[0]).toBe(
      `Synkroniseret: 1 tilføjet til ${department.name.da}, 1 var der allerede, 1 er ikke deltager i forummet.`,
    );
    expect((await h.deps.store.getMember(outsider.id))!.departmentIds).toContain(department.id);
  });

  it('synk keeps the roster (e-mail and UPN) with the chat, for the member import; later messages keep it', async () => {
    const org = h.user(organizer(h), chat);
    await org.say(`tilknyt ${h.departments[0]!.name.da}`);
    jest.spyOn(TeamsInfo, 'getPagedMembers').mockResolvedValue({
      members: [
        {
          id: '29:new',
          name: 'Ny Chef',
          aadObjectId: '5e5e5e5e-0000-4000-8000-000000000001',
          email: 'ny.chef@kommune.example',
          userPrincipalName: 'nc01@kommune.example',
        } as never,
        { id: '28:bot', name: 'Samskab' } as never,
      ],
      continuationToken: '',
    });
    await org.say('synk');
    const expected = [
      {
        aadObjectId: '5e5e5e5e-0000-4000-8000-000000000001',
        name: 'Ny Chef',
        email: 'ny.chef@kommune.example',
        userPrincipalName: 'nc01@kommune.example',
      },
    ];
    expect(storedRoster((await h.deps.store.getConversationRef(chat.id))!.reference)).toEqual(expected);
    // A later message with a new service URL stores a new reference; the roster goes with it.
    const stored = (await h.deps.store.getConversationRef(chat.id))!;
    await h.deps.store.saveConversationRef({
      ...stored,
      reference: { ...(stored.reference as object), serviceUrl: 'https://old.invalid/' },
    });
    await org.say('hjælp');
    const ref = (await h.deps.store.getConversationRef(chat.id))!;
    expect((ref.reference as { serviceUrl: string }).serviceUrl).not.toBe('https://old.invalid/');
    expect(storedRoster(ref.reference)).toEqual(expected);
    expect(ref.departmentId).toBe(h.departments[0]!.id);
  });

  it('tilknyt and send are recorded in the audit log with the organizer as actor; refusals are not', async () => {
    const org = organizer(h);
    const department = h.departments[0]!;
    await h.user(chefs(h)[0]!, chat).say(`tilknyt ${department.name.da}`);
    await h.user(org, chat).say('tilknyt Månebasen');
    await h.user(org, chat).say('send 99');
    expect(await h.deps.store.listAudit(h.forum.id)).toEqual([]);

    await h.user(org, chat).say(`tilknyt ${department.name.da}`);
    await h.user(org, chat).say('send 1 2');
    const entries = await h.deps.store.listAudit(h.forum.id);
    const link = entries.find((e) => e.action === 'conversation.link')!;
    expect(link).toMatchObject({
      actorKind: 'member',
      actorMemberId: org.id,
      targetKind: 'conversation',
      targetId: chat.id,
      details: { departmentId: department.id, conversationKind: 'groupChat' },
    });
    const questions = await h.deps.store.listQuestions(h.forum.id);
    const round = (await h.deps.store.listRounds(h.forum.id)).find(
      (r) =>
        r.departmentId === department.id &&
        r.questionIds.join() === [questions[0]!.id, questions[1]!.id].join(),
    )!;
    expect(entries.find((e) => e.action === 'round.sendNow')).toMatchObject({
      actorMemberId: org.id,
      targetKind: 'round',
      targetId: round.id,
      details: {
        departmentId: department.id,
        kind: 'prompt',
        questionIds: [questions[0]!.id, questions[1]!.id],
      },
    });
  });

  it('linking through the department choice card is recorded too', async () => {
    const org = organizer(h);
    const department = h.departments[2]!;
    await h.user(org, chat).say('tilknyt');
    await h.user(org, chat).execute('linkDepartment', { forumId: h.forum.id, departmentId: department.id });
    expect((await h.deps.store.getConversationRef(chat.id))!.departmentId).toBe(department.id);
    expect(await h.deps.store.listAudit(h.forum.id)).toEqual([
      expect.objectContaining({
        action: 'conversation.link',
        actorMemberId: org.id,
        targetId: chat.id,
        details: expect.objectContaining({ departmentId: department.id }),
      }),
    ]);
  });
});
