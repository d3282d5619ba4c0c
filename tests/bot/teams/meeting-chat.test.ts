import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { createScheduler, RoundsService, type Scheduler } from '../../../bot/scheduler';
import type { ProactiveSender, SendFailure } from '../../../bot/teams/proactive';
import { cardsOf, cardText, checkCard } from './support/validate-card';
import { type Harness, organizer, startBotHarness } from './support/bot-harness';

let h: Harness;
let sent: { conversationId: string; activity: Partial<Activity> }[];
/** Failures the next sends get, in order (then they succeed). */
let failures: SendFailure[];
const schedulers: Scheduler[] = [];

beforeEach(async () => {
  h = await startBotHarness({ now: '2019-11-21T07:00:00.000Z' });
  sent = [];
  failures = [];
});
afterEach(async () => {
  for (const s of schedulers.splice(0)) await s.stop();
  await h.close();
});

/** Records what reaches Teams, through the scheduler's lease check like the real sender. */
const recordingSender = (): ProactiveSender => ({
  async send(reference, activity, options) {
    await options?.beforeRequest?.();
    const failure = failures.shift();
    if (failure) return { ok: false, failure };
    const conversationId = (reference as { conversation: { id: string } }).conversation.id;
    sent.push({ conversationId, activity });
    return { ok: true, activityId: `act-${sent.length}`, conversationId };
  },
  async update() {
    throw new Error('not used');
  },
  async createPersonalConversation() {
    throw new Error('not used');
  },
});

/** A server instance's scheduler (a second one is another instance, or the same after a restart). */
function instance(): Scheduler {
  const scheduler = createScheduler(h.deps, {
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    botAppId: '',
    sender: recordingSender(),
  });
  schedulers.push(scheduler);
  return scheduler;
}

const meeting = { id: '19:meeting_ZmluYWwtbW9kZQ@thread.v2', type: 'groupChat' as const };
const queued = () => h.deps.meetings.listMessages({ forumId: h.forum.id });
const chatCardStatus = async () =>
  (await new RoundsService(h.deps).deliveryStatus(h.forum.id)).meetingMessages.filter(
    (g) => g.kind === 'finalMeetingChat',
  );

describe('the app added to the final meeting', () => {
  it('the install turn only queues the card; the sender posts it once with the running order and links', async () => {
    const result = await h.user(organizer(h), meeting).install('add');
    expect(result.replies).toEqual([]);
    expect(await queued()).toEqual([
      expect.objectContaining({
        departmentId: null,
        kind: 'finalMeetingChat',
        occasion: h.forum.finalMeetingDate,
        recipientKind: 'conversation',
        recipientId: meeting.id,
        state: 'pending',
      }),
    ]);

    await instance().tickMeetings();
    expect(sent.map((s) => s.conversationId)).toEqual([meeting.id]);
    const [card] = cardsOf(sent[0]!.activity as never);
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
    expect(await chatCardStatus()).toEqual([
      expect.objectContaining({ departmentId: null, counts: expect.objectContaining({ sent: 1, total: 1 }) }),
    ]);

    // Installed again (an upgrade), or removed and added again, on this instance or another: no second card.
    const org = h.user(organizer(h), meeting);
    expect((await org.install('add-upgrade')).replies).toEqual([]);
    await org.install('remove');
    expect((await org.install('add')).replies).toEqual([]);
    await Promise.all([instance().tickMeetings(), instance().tickMeetings()]);
    expect(sent).toHaveLength(1);
    expect(await queued()).toHaveLength(1);
  });

  it('throttled (429): retried after Retry-After, with its status on the deliveries read model meanwhile', async () => {
    await h.user(organizer(h), meeting).install('add');
    failures.push({
      kind: 'transient',
      status: 429,
      retryAfterMs: 5_000,
      reason: 'HTTP 429',
      mayHaveArrived: false,
    });
    const scheduler = instance();
    expect(await scheduler.tickMeetings()).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
    const [waiting] = await chatCardStatus();
    expect(waiting!.counts).toMatchObject({ pending: 1, sent: 0, total: 1 });
    expect(waiting!.rows[0]!.message).toMatchObject({ state: 'pending', attempts: 1, lastError: 'HTTP 429' });
    // Not before Retry-After.
    h.clock.set('2019-11-21T07:00:04.000Z');
    expect(await scheduler.tickMeetings()).toMatchObject({ claimed: 0 });
    h.clock.set('2019-11-21T07:01:00.000Z');
    expect(await scheduler.tickMeetings()).toMatchObject({ claimed: 1, sent: 1 });
    expect(sent.map((s) => s.conversationId)).toEqual([meeting.id]);
    expect((await chatCardStatus())[0]!.rows[0]!.message).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('an instance that died holding it: another sends it once its lease has run out, and only then', async () => {
    await h.user(organizer(h), meeting).install('add');
    const [held] = await h.deps.meetings.claimMessages({
      now: h.clock.now().toISOString(),
      owner: 'instance-that-died',
      leaseMs: h.deps.config.scheduler.leaseMs,
      limit: 10,
    });
    expect(held).toMatchObject({ kind: 'finalMeetingChat', state: 'leased' });
    const restarted = instance();
    expect(await restarted.tickMeetings()).toMatchObject({ claimed: 0 });
    h.clock.set(new Date(Date.parse(held!.leaseUntil!) + 1).toISOString());
    expect(await restarted.tickMeetings()).toMatchObject({ claimed: 1, sent: 1 });
    await restarted.tickMeetings();
    expect(sent.map((s) => s.conversationId)).toEqual([meeting.id]);
  });

  it('the bot removed from the meeting before the send: unreachable, shown, not sent', async () => {
    const org = h.user(organizer(h), meeting);
    await org.install('add');
    await org.install('remove');
    expect(await instance().tickMeetings()).toMatchObject({ unreachable: 1 });
    expect(sent).toEqual([]);
    expect((await chatCardStatus())[0]!.counts).toMatchObject({ unreachable: 1, total: 1 });
  });

  it('a meeting chat is never linked to a department (no prompts there)', async () => {
    const org = h.user(organizer(h), meeting);
    await org.install('add');
    const byCommand = await org.say(`tilknyt ${h.departments[0]!.name.da}`);
    expect(byCommand.texts[0]).toContain('En mødechat knyttes ikke til en afdeling');
    await org.execute('linkDepartment', { forumId: h.forum.id, departmentId: h.departments[0]!.id });
    expect((await h.deps.store.getConversationRef(meeting.id))!.departmentId).toBeNull();
  });

  it('an ordinary group chat still gets the welcome and the department choice, and nothing is queued', async () => {
    const result = await h
      .user(organizer(h), { id: '19:leaders@thread.v2', type: 'groupChat' })
      .install('add');
    expect(result.replies).toHaveLength(2);
    expect(await queued()).toEqual([]);
  });
});
