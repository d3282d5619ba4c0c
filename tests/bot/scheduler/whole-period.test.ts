import { isHttpError } from '../../../core/errors';
import type { Member, Round } from '../../../core/model';
import { instantToLocal } from '../../../core/time';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { groupChatRef, personalRef } from '../../support/connector-refs';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { checkCard } from '../teams/support/validate-card';
import { sampleAnswer } from './answer-samples';

const ZONE = 'Europe/Copenhagen';

/**
 * The whole example period (2019-08-30 .. 2019-11-21) on a fake clock, through the real server
 * (store, bot, scheduler worker) and a Bot Connector stand-in that enforces Teams' limits in
 * real time. Organizers edit the plan; chefs answer between rounds; one chef pauses reminders.
 */
describe('the example forum period, played on a fake clock', () => {
  let standIn: ConnectorStandIn;
  let app: TestApp;
  const clock = manualClock('2019-08-30T06:00:00.000Z');
  // Shared with the closing test, which plays on from where the period ends.
  let groupConversationId = '';
  const answered = new Map<string, Set<string>>(); // memberId -> questionIds

  beforeAll(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 50 });
    app = await startTestApp({ clock, env: { SEND_RATE_PER_SECOND: '50', SCHEDULER_BATCH_SIZE: '25' } });
  });
  afterAll(async () => {
    await app?.stop();
    await standIn?.close();
  });

  it('sends every round on time, reminds exactly the non-responders, nobody twice', async () => {
    const { store } = app.deps;
    const rounds = app.app.services.rounds;
    const scheduler = app.app.services.scheduler;
    const [forum] = await store.listForums();
    expect(forum).toBeDefined();
    const forumId = forum!.id;
    const questions = await store.listQuestions(forumId);
    const departments = await store.listDepartments(forumId);
    const members = await store.listMembers(forumId);
    const chefs = members.filter((m) => m.role === 'chef');
    expect(chefs.length).toBeGreaterThanOrEqual(12);
    const at = clock.now().toISOString();

    // Conversation references point at the stand-in; the first chef has none (a 1:1 chat is created).
    for (const m of members.slice(1))
      await store.saveConversationRef(personalRef(standIn.url, m.aadObjectId, at));
    const group = groupChatRef(standIn.url, departments[0]!.id, 0, at);
    await store.saveConversationRef(group);
    groupConversationId = group.conversationId;
    const paused: Member = { ...chefs[1]!, pausedUntil: '2019-10-31' };
    await store.saveMember(paused);

    // Organizer edits: a past round is refused with a clear, localized error; cancel, move, add.
    const planned = await store.listRounds(forumId);
    const byDate = (date: string, kind: Round['kind']) =>
      planned.find((r) => r.localDate === date && r.kind === kind)!;
    const refused = await rounds
      .createRound({
        forumId,
        departmentId: null,
        kind: 'prompt',
        questionIds: [questions[0]!.id],
        localDate: '2019-08-29',
        localTime: '09:00',
      })
      .catch((e: unknown) => e);
    expect(isHttpError(refused)).toBe(true);
    expect(refused).toEqual(
      expect.objectContaining({ text: { da: expect.any(String), en: expect.any(String) } }),
    );
    await rounds.cancelRound(byDate('2019-09-17', 'reminder').id);
    await rounds.moveRound(byDate('2019-09-24', 'prompt').id, '2019-09-25', '10:30');
    const extra = await rounds.createRound({
      forumId,
      departmentId: departments[0]!.id,
      kind: 'reminder',
      questionIds: [questions[0]!.id],
      localDate: '2019-09-10',
      localTime: '13:00',
    });
    expect(extra.round.dueAt).toBe('2019-09-10T11:00:00.000Z');

    const answer = async (member: Member, questionIds: string[]) => {
      for (const questionId of questionIds) {
        const question = questions.find((q) => q.id === questionId)!;
        const result = await store.saveAnswer({
          forumId,
          departmentId: member.departmentIds[0]!,
          questionId,
          memberId: member.id,
          value: sampleAnswer(question.shape),
          at: clock.now().toISOString(),
        });
        expect(result.ok).toBe(true);
        if (!answered.has(member.id)) answered.set(member.id, new Set());
        answered.get(member.id)!.add(questionId);
      }
    };
    const convOf = new Map<string, string>(); // conversationId -> memberId
    for (const m of members.slice(1)) convOf.set(`a:personal-${m.aadObjectId}`, m.id);

    const schedule = (await store.listRounds(forumId))
      .filter((r) => r.state === 'planned')
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    expect(schedule).toHaveLength(13);
    let totalSends = 0;
    for (const [index, round] of schedule.entries()) {
      clock.set(round.dueAt);
      const before = standIn.sends.length;
      for (let i = 0; i < 50; i++) {
        const report = await scheduler.tick();
        if (report.claimed === 0 && report.materialized === 0) break;
      }
      const window = standIn.sends.slice(before);
      if (process.env.DEBUG_PERIOD)
        console.log(
          round.localDate,
          round.kind,
          JSON.stringify(standIn.stats),
          window.map((w) => w.at - window[0]!.at).join(','),
        );
      totalSends += window.length;
      const deliveries = await store.listDeliveries({ roundId: round.id });
      const today = round.localDate;
      const inScope = chefs.filter(
        (c) => round.departmentId === null || c.departmentIds.includes(round.departmentId),
      );
      const current = new Map((await store.listMembers(forumId)).map((m) => [m.id, m]));
      const expected =
        round.kind === 'prompt'
          ? inScope
          : inScope.filter((c) => {
              const p = current.get(c.id)!.pausedUntil;
              if (p !== null && p >= today) return false;
              return !round.questionIds.every((q) => answered.get(c.id)?.has(q));
            });

      // Exactly the expected people, each once, all recorded as sent at the planned local time.
      const memberDeliveries = deliveries.filter((d) => d.recipientKind === 'member');
      expect(memberDeliveries.map((d) => d.recipientId).sort()).toEqual(expected.map((c) => c.id).sort());
      expect(deliveries.filter((d) => d.state !== 'sent').map((d) => [d.state, d.lastError])).toEqual([]);
      for (const d of deliveries) {
        expect(instantToLocal(d.updatedAt, ZONE)).toEqual({ date: round.localDate, time: round.localTime });
      }
      const conversations = window.map((s) => s.conversationId);
      expect(new Set(conversations).size).toBe(conversations.length);
      const groupPosts =
        round.kind === 'prompt' && (round.departmentId === null || round.departmentId === departments[0]!.id)
          ? 1
          : 0;
      expect(window).toHaveLength(expected.length + groupPosts);
      for (const conversationId of conversations) {
        if (conversationId === group.conversationId || conversationId.startsWith('a:created-')) continue;
        expect(expected.map((c) => c.id)).toContain(convOf.get(conversationId));
      }

      // Chefs answer between rounds: after a prompt two of three answer; after a reminder, half of the rest.
      const afterwards = index + 1 < schedule.length ? schedule[index + 1]!.dueAt : null;
      if (afterwards) clock.set(new Date(Date.parse(round.dueAt) + 3_600_000));
      if (round.kind === 'prompt') {
        for (const [i, c] of inScope.entries()) if (i % 3 !== index % 3) await answer(c, round.questionIds);
      } else if (round.kind === 'reminder') {
        for (const [i, c] of expected.entries()) if (i % 2 === 0) await answer(c, round.questionIds);
      }
    }

    // 09:00 Copenhagen stays 09:00 across the change from summer time on 2019-10-27.
    const sentPrompts = (await store.listRounds(forumId)).filter(
      (r) => r.kind === 'prompt' && r.state === 'materialized',
    );
    const before = sentPrompts.find((r) => r.localDate === '2019-10-23')!;
    const after = sentPrompts.find((r) => r.localDate === '2019-11-04')!;
    expect([before.dueAt, after.dueAt]).toEqual(['2019-10-23T07:00:00.000Z', '2019-11-04T08:00:00.000Z']);
    expect(standIn.created).toHaveLength(1);
    expect(standIn.stats.throttled).toBe(0);
    const all = await store.listDeliveries({ forumId });
    expect(all.every((d) => d.state === 'sent')).toBe(true);
    expect(standIn.sends).toHaveLength(totalSends);
    expect(all).toHaveLength(totalSends);
    // Nobody received anything twice: (round, recipient) is unique and every send matches one delivery.
    expect(new Set(all.map((d) => `${d.roundId}|${d.recipientId}`)).size).toBe(all.length);
    expect(new Set(all.map((d) => `${d.sentConversationId}|${d.sentActivityId}`)).size).toBe(all.length);
    // Until the day after the final meeting no card is touched.
    expect(standIn.updates).toHaveLength(0);
  }, 60_000);

  it('after the final meeting updates every sent prompt card once to the closed view, sends nothing new', async () => {
    const { store } = app.deps;
    const scheduler = app.app.services.scheduler;
    const [forum] = await store.listForums();
    const forumId = forum!.id;
    const rounds = new Map((await store.listRounds(forumId)).map((r) => [r.id, r]));
    const prompts = (await store.listDeliveries({ forumId })).filter(
      (d) => rounds.get(d.roundId)?.kind === 'prompt' && d.state === 'sent' && d.sentActivityId,
    );
    expect(prompts.length).toBeGreaterThan(50);
    const sendsBefore = standIn.sends.length;

    // On the final meeting's day (2019-11-21, Copenhagen) nothing is closed yet.
    clock.set('2019-11-21T22:30:00.000Z'); // 23:30 local
    const meetingDay = await scheduler.tick();
    expect(meetingDay.closes).toMatchObject({ queued: 0, claimed: 0 });

    // Faults on the first update to two personal chats: 429 (Retry-After 1 s), then 404.
    const personal = prompts.filter((d) => d.recipientKind === 'member');
    const throttledConversation = personal[0]!.sentConversationId!;
    const goneConversation = personal.find(
      (d) => d.sentConversationId !== throttledConversation,
    )!.sentConversationId!;
    standIn.faults.add({
      kind: 429,
      times: 1,
      on: 'any',
      conversationId: throttledConversation,
      retryAfterSeconds: 1,
    });
    standIn.faults.add({ kind: 404, times: 1, on: 'any', conversationId: goneConversation });

    clock.set('2019-11-22T07:00:00.000Z'); // 08:00 local, the day after
    const reports = [];
    for (let i = 0; i < 50; i++) {
      const report = await scheduler.tick();
      reports.push(report);
      if (report.closes.claimed === 0) break;
    }
    expect(reports[0]!.closes.queued).toBe(prompts.length);
    const firstPass = reports.reduce(
      (sum, r) => ({
        closed: sum.closed + r.closes.closed,
        retried: sum.retried + r.closes.retried,
        unreachable: sum.unreachable + r.closes.unreachable,
        failed: sum.failed + r.closes.failed,
      }),
      { closed: 0, retried: 0, unreachable: 0, failed: 0 },
    );
    expect(firstPass).toEqual({ closed: prompts.length - 2, retried: 1, unreachable: 1, failed: 0 });

    // The throttled card is retried once its Retry-After (1 s) has passed, not before; the 404 is recorded, not retried.
    clock.set('2019-11-22T07:00:00.500Z');
    expect((await scheduler.tick()).closes).toMatchObject({ claimed: 0 });
    clock.set('2019-11-22T07:05:00.000Z');
    const retry = await scheduler.tick();
    expect(retry.closes).toMatchObject({ queued: 0, claimed: 1, closed: 1 });
    clock.set('2019-11-22T08:00:00.000Z');
    const idle = await scheduler.tick();
    expect(idle.closes).toMatchObject({ queued: 0, claimed: 0 });

    const closes = await store.listCardCloses({ forumId });
    expect(closes).toHaveLength(prompts.length);
    const byDelivery = new Map(closes.map((c) => [c.deliveryId, c]));
    const gone = closes.filter((c) => c.state !== 'closed');
    expect(gone.map((c) => [c.state, c.attempts, c.lastError])).toEqual([
      ['unreachable', 1, expect.stringContaining('HTTP 404')],
    ]);
    const throttled = closes.filter((c) => c.attempts === 2);
    expect(throttled).toHaveLength(1);
    expect(throttled[0]!.state).toBe('closed');

    // Every sent prompt card updated exactly once, in place (same conversation and activity id);
    // nobody got a new message.
    expect(standIn.sends).toHaveLength(sendsBefore);
    expect(standIn.updates).toHaveLength(prompts.length - 1);
    const updated = new Map(standIn.updates.map((u) => [`${u.conversationId}|${u.activityId}`, u]));
    expect(updated.size).toBe(standIn.updates.length);
    const chefs = new Map((await store.listMembers(forumId)).map((m) => [m.id, m]));
    let withAnswers = 0;
    for (const d of prompts) {
      const update = updated.get(`${d.sentConversationId}|${d.sentActivityId}`);
      if (byDelivery.get(d.id)!.state === 'unreachable') {
        expect(update).toBeUndefined();
        continue;
      }
      expect(update).toBeDefined();
      const attachments = update!.activity.attachments as Array<{ contentType: string; content: unknown }>;
      expect(attachments).toHaveLength(1);
      const card = attachments[0]!.content;
      const check = checkCard(card);
      expect(check.errors).toEqual([]);
      // The closed view: nothing to fill in or press, no refresh back to an open card.
      expect(check.inputIds).toEqual([]);
      const json = JSON.stringify(card);
      expect(json).not.toContain('Action.Execute');
      expect(json).not.toContain('"refresh"');
      const locale = d.recipientKind === 'member' ? chefs.get(d.recipientId)!.locale : forum!.defaultLocale;
      expect(json).toContain(locale === 'da' ? 'Forløbet er slut' : 'The process has ended');
      const shownAnswer = locale === 'da' ? 'Besvaret (version' : 'Answered (revision';
      if (d.recipientKind === 'conversation') {
        expect(d.sentConversationId).toBe(groupConversationId);
        // The example forum does not share answers in group chats: the group view shows nobody's.
        expect(forum!.settings.shareAnswersInGroupChat).toBe(false);
        expect(json).not.toContain(shownAnswer);
        for (const m of chefs.values()) expect(json).not.toContain(`"text":${JSON.stringify(m.name)}`);
      } else {
        const round = rounds.get(d.roundId)!;
        const own = round.questionIds.some((q) => answered.get(d.recipientId)?.has(q));
        expect(json.includes(shownAnswer)).toBe(own);
        if (own) withAnswers++;
      }
    }
    expect(withAnswers).toBeGreaterThan(0);
    if (process.env.DEBUG_PERIOD)
      console.log({
        prompts: prompts.length,
        updates: standIn.updates.length,
        withAnswers,
        stats: standIn.stats,
      });
  }, 60_000);
});
