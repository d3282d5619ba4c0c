import { cardsOf, cardText, checkCard } from './support/validate-card';
import { type Harness, organizer, startBotHarness } from './support/bot-harness';

let h: Harness;
beforeEach(async () => {
  h = await startBotHarness({ now: '2019-11-21T07:00:00.000Z' });
});
afterEach(() => h.close());

const meeting = { id: '19:meeting_ZmluYWwtbW9kZQ@thread.v2', type: 'groupChat' as const };

describe('the app added to the final meeting', () => {
  it('posts one card with the running order and links in the meeting chat, and nothing else', async () => {
    const result = await h.user(organizer(h), meeting).install('add');
    expect(result.replies).toHaveLength(1);
    const [card] = cardsOf(result.replies[0] as never);
    expect(checkCard(card).errors).toEqual([]);
    const shown = cardText(card);
    const ordered = [...h.departments].sort((a, b) => a.sortOrder - b.sortOrder);
    const positions = ordered.map((d) => shown.indexOf(d.name.da));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const json = JSON.stringify(card);
    expect(json).toContain('https://samskab.example.test/tab/#/present/1');
    expect(json).toContain(`https://samskab.example.test/tab/#/present/${ordered.length + 1}`);
    // Last in the running order: the forum-wide closing slide, after every department.
    expect(shown.indexOf('Det har vi lært på tværs')).toBeGreaterThan(positions.at(-1)!);
    expect(json).toContain(
      `[Det har vi lært på tværs](https://samskab.example.test/tab/#/present/${ordered.length + 2})`,
    );
    expect(json).toContain('https://samskab.example.test/tab/#/overview');
    expect(json).not.toContain('linkDepartment');
    // Installed again (an upgrade): no second card.
    const again = await h.user(organizer(h), meeting).install('add-upgrade');
    expect(again.replies).toHaveLength(0);
  });

  it('a meeting chat is never linked to a department (no prompts there)', async () => {
    const org = h.user(organizer(h), meeting);
    await org.install('add');
    const byCommand = await org.say(`tilknyt ${h.departments[0]!.name.da}`);
    expect(byCommand.texts[0]).toContain('En mødechat knyttes ikke til en afdeling');
    await org.execute('linkDepartment', { forumId: h.forum.id, departmentId: h.departments[0]!.id });
    expect((await h.deps.store.getConversationRef(meeting.id))!.departmentId).toBeNull();
  });

  it('an ordinary group chat still gets the welcome and the department choice', async () => {
    const result = await h
      .user(organizer(h), { id: '19:leaders@thread.v2', type: 'groupChat' })
      .install('add');
    expect(result.replies).toHaveLength(2);
  });
});
