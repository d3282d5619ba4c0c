import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { createScheduler, type Scheduler } from '../../../bot/scheduler';
import { seedExampleForum } from '../../../bot/seed/seed-example';
import { createSqliteStore, SQLITE_MEMORY, type KyselyStore } from '../../../bot/store';
import type { ProactiveSender } from '../../../bot/teams/proactive';
import type { Department, Forum, Member } from '../../../core/model';
import { groupChatRef, personalRef } from '../../support/connector-refs';
import { checkCard } from '../teams/support/validate-card';
import { handClock } from './fanout-fixture';
import { schedulerDeps } from './scheduler-harness';

interface Sent {
  conversationId: string;
  card: Record<string, unknown>;
}

/** A sender that records each card and asks the scheduler's lease check like the real one. */
function recordingSender(sent: Sent[]): ProactiveSender {
  return {
    async send(reference, activity: Partial<Activity>, options) {
      await options?.beforeRequest?.();
      const conversationId = (reference as { conversation: { id: string } }).conversation.id;
      sent.push({ conversationId, card: activity.attachments![0]!.content as Record<string, unknown> });
      return { ok: true, activityId: `act-${sent.length}`, conversationId };
    },
    async update() {
      throw new Error('not used');
    },
    async createPersonalConversation() {
      throw new Error('every member has a chat');
    },
  };
}

const text = (card: unknown) => JSON.stringify(card);

describe('the facilitator meeting messages through the scheduler queue', () => {
  let store: KyselyStore;
  let clock: ReturnType<typeof handClock>;
  let sent: Sent[];
  let forum: Forum;
  let departments: Department[];
  let members: Member[];
  let group: string;
  const instances: Scheduler[] = [];

  function instance(): Scheduler {
    const deps = schedulerDeps(store, clock, { PUBLIC_URL: 'https://samskab.test' });
    const scheduler = createScheduler(deps, {
      adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
      botAppId: '',
      sender: recordingSender(sent),
    });
    instances.push(scheduler);
    return scheduler;
  }

  beforeEach(async () => {
    store = createSqliteStore({ path: SQLITE_MEMORY });
    await store.migrate();
    clock = handClock('2019-09-02T06:00:00.000Z');
    sent = [];
    await seedExampleForum(store, clock, () => crypto.randomUUID());
    [forum] = (await store.listForums()) as [Forum];
    departments = await store.listDepartments(forum.id);
    members = await store.listMembers(forum.id);
    const at = clock.now().toISOString();
    for (const m of members)
      await store.saveConversationRef(personalRef('https://connector.test', m.aadObjectId, at));
    const chat = groupChatRef('https://connector.test', departments[0]!.id, 0, at);
    await store.saveConversationRef(chat);
    group = chat.conversationId;
  });
  afterEach(async () => {
    for (const s of instances.splice(0)) await s.stop();
    await store.close();
  });

  const chefsOf = (d: Department) =>
    members.filter((m) => m.role === 'chef' && m.departmentIds.includes(d.id));
  const facilitatorOf = (d: Department) =>
    members.find((m) => m.role === 'facilitator' && m.departmentIds.includes(d.id))!;
  const chatOf = (m: Member) => `a:personal-${m.aadObjectId}`;

  test('the first booking nudge: 5 working days after kickoff at the send time, once across two instances and a restart', async () => {
    const a = instance();
    const b = instance();
    // Thursday 5 Sep: nothing yet.
    clock.set('2019-09-05T07:00:00.000Z');
    await a.tickMeetings();
    expect(sent).toEqual([]);
    // Friday 6 Sep 09:00 Copenhagen = 07:00Z.
    clock.set('2019-09-06T07:00:00.000Z');
    await Promise.all([a.tickMeetings(), b.tickMeetings()]);
    await Promise.all([a.tickMeetings(), b.tickMeetings()]);
    const restarted = instance();
    clock.set('2019-09-06T07:05:00.000Z');
    await restarted.tickMeetings();

    // The department with a linked group chat: one card there; every other department: each chef.
    const expected = [group, ...departments.slice(1).flatMap((d) => chefsOf(d).map(chatOf))].sort();
    expect(sent.map((s) => s.conversationId).sort()).toEqual(expected);
    const card = sent.find((s) => s.conversationId === group)!.card;
    expect(checkCard(card).errors).toEqual([]);
    const link = JSON.stringify(card).match(
      /"url":"(https:\/\/teams\.microsoft\.com\/l\/meeting\/new\?[^"]+)"/,
    )![1]!;
    const params = new URL(link).searchParams;
    expect(params.get('attendees')!.split(',')).toEqual([
      ...chefsOf(departments[0]!).map((m) => m.email),
      facilitatorOf(departments[0]!).email,
    ]);
    expect(params.get('startTime')).toBe('2019-09-09T10:00:00+02:00');
    expect(params.get('content')).toContain(`https://samskab.test/tab/#/department/${departments[0]!.id}`);
    expect(text(card)).toContain('"verb":"meetingDate"');
  });

  test('a recorded date stops the nudges; queued ones are cancelled, not sent', async () => {
    const s = instance();
    clock.set('2019-09-06T07:00:00.000Z');
    await s.tickMeetings();
    const first = sent.length;
    const meetings = store.meetingStore();
    await meetings.recordMeeting({
      forumId: forum.id,
      departmentId: departments[0]!.id,
      date: '2019-10-22',
      startTime: '10:00',
      endTime: '11:00',
      recordedBy: chefsOf(departments[0]!)[0]!.id,
      at: clock.now().toISOString(),
    });
    // Friday 13 Sep: the next nudge, to every department but the first.
    clock.set('2019-09-13T07:00:00.000Z');
    await s.tickMeetings();
    const second = sent.slice(first).map((x) => x.conversationId);
    expect(second).not.toContain(group);
    expect(second.sort()).toEqual(
      departments
        .slice(1)
        .flatMap((d) => chefsOf(d).map(chatOf))
        .sort(),
    );
  });

  test('briefing to the facilitator and open questions to the chefs 2 working days before (the blackout week skipped); takeaways the day after', async () => {
    const s = instance();
    const d = departments[0]!;
    const chef = chefsOf(d)[0]!;
    const questions = await store.listQuestions(forum.id);
    // One answer shows here (the anonymity threshold has its own test: tests/bot/anonymity).
    await store.saveForum({
      ...forum,
      settings: { ...forum.settings, anonymity: { minAnswers: 1, hideNamesInSharedViews: false } },
    });
    await store.saveAnswer({
      forumId: forum.id,
      departmentId: d.id,
      questionId: questions[0]!.id,
      memberId: chef.id,
      value: { kind: 'textWithPrinciples', text: 'Vi skal lytte før vi handler.', principles: [1] },
      at: clock.now().toISOString(),
    });
    await store.saveDepartment({
      ...d,
      recap: 'Vi talte om tillid.',
      chosenAssignment: 'Borgermøder',
      facilitatorMeetingDate: '2019-10-22',
    });
    await store.saveDepartment({ ...departments[1]!, facilitatorMeetingDate: '2019-10-22' });
    // Tuesday 22 Oct: 2 working days before skips 14-18 Oct -> Friday 11 Oct, 09:00 CEST.
    clock.set('2019-10-11T06:59:00.000Z');
    await s.tickMeetings();
    expect(sent.filter((x) => x.conversationId === chatOf(facilitatorOf(d)))).toEqual([]);
    clock.set('2019-10-11T07:00:00.000Z');
    await s.tickMeetings();
    const facilitatorCards = sent.filter((x) => x.conversationId === chatOf(facilitatorOf(d)));
    // One facilitator for both departments: one briefing each.
    expect(facilitatorCards).toHaveLength(2);
    const briefing = facilitatorCards.find((x) => text(x.card).includes(d.name.da))!.card;
    expect(checkCard(briefing).errors).toEqual([]);
    expect(text(briefing)).toContain('Vi talte om tillid.');
    expect(text(briefing)).toContain('Borgermøder');
    expect(text(briefing)).toContain(`**${chef.name}:** Vi skal lytte før vi handler.`);
    expect(text(briefing)).toContain(`1 af ${chefsOf(d).length} chefer har svaret.`);
    // Each chef of the department: the questions no one has answered (all but question 1).
    const open = sent.find((x) => x.conversationId === chatOf(chef))!.card;
    expect(checkCard(open).errors).toEqual([]);
    expect(text(open)).toContain(`${questions.length - 1} spørgsmål har endnu intet svar`);
    expect(text(open)).not.toContain(`- 1. ${questions[0]!.text.da}`);
    // Wednesday 23 Oct: takeaways to the group chat, and the facilitator's card has a notes field.
    const before = sent.length;
    clock.set('2019-10-23T07:00:00.000Z');
    await s.tickMeetings();
    const after = sent.slice(before);
    expect(after.some((x) => x.conversationId === group)).toBe(true);
    const notes = after.find(
      (x) => x.conversationId === chatOf(facilitatorOf(d)) && text(x.card).includes('meetingNotes'),
    );
    expect(notes).toBeDefined();
    expect(checkCard(notes!.card).errors).toEqual([]);
  });

  test('a meeting moved after the briefing was queued: the queued briefing is cancelled', async () => {
    const s = instance();
    const d = departments[0]!;
    await store.saveDepartment({ ...d, facilitatorMeetingDate: '2019-10-22' });
    clock.set('2019-10-11T07:00:00.000Z');
    // Queue without sending: another instance queued it, then the date moved before the send.
    const meetings = store.meetingStore();
    await meetings.addMessages([
      {
        id: 'queued-briefing',
        forumId: forum.id,
        departmentId: d.id,
        kind: 'briefing',
        occasion: '2019-10-11',
        recipientKind: 'member',
        recipientId: facilitatorOf(d).id,
        dueAt: '2019-10-11T07:00:00.000Z',
        state: 'pending',
        attempts: 0,
        nextAttemptAt: '2019-10-11T07:00:00.000Z',
        leaseOwner: null,
        leaseUntil: null,
        sentActivityId: null,
        lastError: null,
        updatedAt: '2019-10-11T07:00:00.000Z',
      },
    ]);
    await store.saveDepartment({ ...d, facilitatorMeetingDate: '2019-11-05' });
    const report = await s.tickMeetings();
    expect(report.cancelled).toBeGreaterThanOrEqual(1);
    const [queued] = (await meetings.listMessages({ forumId: forum.id })).filter(
      (m) => m.id === 'queued-briefing',
    );
    expect(queued).toMatchObject({ state: 'cancelled', lastError: 'the meeting was moved' });
  });
});
