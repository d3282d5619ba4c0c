import pino from 'pino';
import { createRetentionJob } from '../../../bot/privacy/retention-job';
import { retentionInfo } from '../../../bot/privacy/retention-info';
import type { MeetingMessage } from '../../../bot/store/meetings';
import type { Department, Forum, Member } from '../../../core/model';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { personalRef } from '../../support/connector-refs';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { valueFor } from '../api/support/answers';
import { call, cast, devToken } from '../api/support/api-client';

/**
 * Erasure and the retention purge reach the facilitator meeting's cards already posted in Teams:
 * the facilitator's takeaways card (with their notes) and the briefing (with the chefs' answers and
 * names) are updated in place through the meeting messages' sender (leased, rate-limited; real
 * scheduler and a Bot Connector stand-in), and before the purge every such card turns neutral.
 */
describe('erasure and purge update the meeting cards already in Teams chats', () => {
  const NOTES = 'Fortrolige noter: gruppen er splittet om borgerinddragelsen';
  const ANSWER = 'Chefens egen refleksion om tillid';
  let standIn: ConnectorStandIn;
  let app: TestApp;
  const clock = manualClock('2019-10-01T07:30:00.000Z');
  let forum: Forum;
  let department: Department;
  let facilitator: Member;
  let chef: Member;

  beforeAll(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 50 });
    app = await startTestApp({ clock, env: { SEND_RATE_PER_SECOND: '50' } });
    const { store, meetings } = app.deps;
    forum = (await store.listForums())[0]!;
    const c = await cast(app.deps, forum.id);
    facilitator = c.facilitator;
    department = c.departments.find((d) => facilitator.departmentIds.includes(d.id))!;
    chef = c.chefsOf(department.id)[0]!;
    const at = clock.now().toISOString();
    for (const m of c.members) await store.saveConversationRef(personalRef(standIn.url, m.aadObjectId, at));
    const [question] = (await store.listQuestions(forum.id)).sort((x, y) => x.number - y.number);
    const saved = await store.saveAnswer({
      forumId: forum.id,
      departmentId: department.id,
      questionId: question!.id,
      memberId: chef.id,
      value: valueFor(question!, ANSWER),
      at,
    });
    expect(saved.ok).toBe(true);
    await meetings.recordMeeting({
      forumId: forum.id,
      departmentId: department.id,
      date: '2019-10-22',
      startTime: '10:00',
      endTime: '11:00',
      recordedBy: facilitator.id,
      at,
    });
    expect(await meetings.saveNotes(department.id, NOTES, at, facilitator.id)).toBe(true);

    // Friday 11 Oct: the briefing (2 working days before, the autumn holiday skipped); 23 Oct: takeaways.
    clock.set('2019-10-11T07:00:00.000Z');
    await settle();
    clock.set('2019-10-23T07:00:00.000Z');
    await settle();
  });
  afterAll(async () => {
    await app?.stop();
    await standIn?.close();
  });

  /** Meeting passes until nothing is left to send or update. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const report = await app.app.services.scheduler.tickMeetings();
      if (report.claimed === 0 && report.cardUpdates.claimed === 0) return;
    }
    throw new Error('the meeting messages did not settle');
  }
  const facilitatorCard = async (kind: MeetingMessage['kind']): Promise<MeetingMessage> => {
    const messages = await app.deps.meetings.listMessages({ forumId: forum.id, recipientId: facilitator.id });
    const found = messages.find((m) => m.kind === kind && m.departmentId === department.id);
    expect(found).toMatchObject({ state: 'sent' });
    return found!;
  };
  /** What Teams shows of a posted card: the card as sent, or as last updated in place. */
  const shown = (activityId: string): string => {
    const updates = standIn.updates.filter((u) => u.activityId === activityId);
    const latest =
      updates.at(-1)?.activity ?? standIn.sends.find((s) => s.activityId === activityId)!.activity;
    return JSON.stringify(latest);
  };
  const erase = async (member: Member) => {
    const token = await devToken(app.url, member.aadObjectId);
    const ask = await call(app.url, '/api/me/data/delete', { token, body: {} });
    const done = await call(app.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(done.status).toBe(200);
    return done.body.reports as Array<{ meetings: { cardsQueued: number } }>;
  };

  it("the facilitator's erasure: the posted takeaways card no longer shows their notes", async () => {
    const takeaways = await facilitatorCard('takeaways');
    expect(shown(takeaways.sentActivityId!)).toContain(NOTES);
    const updatesBefore = standIn.updates.length;

    const reports = await erase(facilitator);
    expect(reports.some((r) => r.meetings.cardsQueued > 0)).toBe(true);
    await settle();

    expect(standIn.updates.length).toBeGreaterThan(updatesBefore);
    const now = shown(takeaways.sentActivityId!);
    expect(now).not.toContain(NOTES);
    // Still the facilitator's card, with the notes field, now empty.
    expect(now).toContain('meetingNotes');
    const [update] = (await app.deps.meetings.listCardUpdates(forum.id)).filter(
      (u) => u.message.id === takeaways.id,
    );
    expect(update).toMatchObject({ view: 'erased', state: 'updated' });
  });

  it("a chef's erasure: the posted briefing no longer shows their answer or their name beside it", async () => {
    const briefing = await facilitatorCard('briefing');
    expect(shown(briefing.sentActivityId!)).toContain(ANSWER);
    expect(shown(briefing.sentActivityId!)).toContain(`**${chef.name}:**`);

    await erase(chef);
    await settle();

    const now = shown(briefing.sentActivityId!);
    expect(now).not.toContain(ANSWER);
    expect(now).not.toContain(`**${chef.name}:**`);
    expect(now).toContain('Forberedelse');
  });

  it('before the retention purge every posted meeting card turns neutral; the messages go once they have', async () => {
    const sentBefore = (await app.deps.meetings.listMessages({ forumId: forum.id })).filter(
      (m) => m.sentActivityId !== null && ['booking', 'briefing', 'takeaways'].includes(m.kind),
    );
    expect(sentBefore.length).toBeGreaterThan(0);
    const { purgeOnDate } = retentionInfo(forum, clock.now());
    clock.set(`${purgeOnDate}T12:00:00.000Z`);
    const job = createRetentionJob({
      store: app.deps.store,
      meetings: app.deps.meetings,
      clock,
      log: pino({ level: 'silent' }),
      changes: app.deps.changes,
    });
    const first = await job.runOnce(clock.now());
    // The conversation references the updates need go with the purge: it waits for them.
    expect(first).toMatchObject({ waitingForCards: 1, purged: [] });

    await settle();
    for (const m of sentBefore) {
      const now = shown(m.sentActivityId!);
      // In the recipient's language.
      expect(now).toMatch(
        /Beskeden om mødet med facilitatoren er fjernet|meeting with the facilitator was removed/,
      );
      expect(now).not.toContain(department.name.da);
      expect(now).not.toContain(department.name.en);
    }
    const second = await job.runOnce(clock.now());
    expect(second.purged).toHaveLength(1);
    expect(await app.deps.meetings.listMessages({ forumId: forum.id })).toEqual([]);
    expect(await app.deps.meetings.listCardUpdates(forum.id)).toEqual([]);
  });
});
