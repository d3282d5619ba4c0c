import type { TurnContext } from 'botbuilder';
import pino from 'pino';
import { createRetentionJob } from '../../../bot/privacy/retention-job';
import { retentionInfo } from '../../../bot/privacy/retention-info';
import type { Delivery, Forum, Member } from '../../../core/model';
import { createPrivacyBot, PRIVACY_VERBS } from '../../../bot/teams/privacy';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { groupChatRef, personalRef } from '../../support/connector-refs';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { valueFor } from '../api/support/answers';
import { call, cast, devToken } from '../api/support/api-client';
import { cardText, cardsOf } from '../teams/support/validate-card';

/**
 * Erasure reaches the copies in Teams chats: after "slet mine data" (API/tab and bot), the
 * person's sent cards are updated in place to a neutral view and the group cards of their
 * department are rendered again without their answers, through the card-update queue (leased,
 * rate-limited, real scheduler and a Bot Connector stand-in).
 */
describe('erasure updates the cards already in Teams chats', () => {
  let standIn: ConnectorStandIn;
  let app: TestApp;
  const clock = manualClock('2019-10-01T07:30:00.000Z');
  let forum: Forum;
  let a: Member;
  let b: Member;
  let third: Member;
  let roundId: string;
  let groupId: string;

  beforeAll(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 50 });
    app = await startTestApp({ clock, env: { SEND_RATE_PER_SECOND: '50' } });
    const { store } = app.deps;
    const seeded = (await store.listForums())[0]!;
    forum = { ...seeded, settings: { ...seeded.settings, shareAnswersInGroupChat: true } };
    await store.saveForum(forum);
    const c = await cast(app.deps, forum.id);
    const department = c.departments[0]!;
    [a, b, third] = c.chefsOf(department.id) as [Member, Member, Member];
    expect(third).toBeDefined();
    const at = clock.now().toISOString();
    for (const m of c.members) await store.saveConversationRef(personalRef(standIn.url, m.aadObjectId, at));
    const group = groupChatRef(standIn.url, department.id, 0, at);
    await store.saveConversationRef(group);
    groupId = group.conversationId;
    const [question] = (await store.listQuestions(forum.id)).sort((x, y) => x.number - y.number);
    const { round } = await app.app.services.rounds.sendNow({
      forumId: forum.id,
      departmentId: department.id,
      kind: 'prompt',
      questionIds: [question!.id],
    });
    roundId = round.id;
    await settle();
    for (const [m, text] of [
      [a, 'Hemmelig refleksion fra A'],
      [b, 'Delt refleksion fra B'],
      [third, 'Tredje chefs refleksion'],
    ] as const) {
      const saved = await store.saveAnswer({
        forumId: forum.id,
        departmentId: department.id,
        questionId: question!.id,
        memberId: m.id,
        value: valueFor(question!, text),
        at,
      });
      expect(saved.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await app?.stop();
    await standIn?.close();
  });

  /** Ticks until nothing is left to send or update. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const report = await app.app.services.scheduler.tick();
      if (report.claimed === 0 && report.closes.claimed === 0) return;
    }
    throw new Error('the scheduler did not settle');
  }
  const deliveryTo = async (recipientId: string): Promise<Delivery> =>
    (await app.deps.store.listDeliveries({ roundId })).find((d) => d.recipientId === recipientId)!;
  /** The text of the latest in-place update of a delivery's sent card. */
  const latestUpdate = async (recipientId: string): Promise<string | undefined> => {
    const d = await deliveryTo(recipientId);
    const updates = standIn.updates.filter(
      (u) => u.conversationId === d.sentConversationId && u.activityId === d.sentActivityId,
    );
    const last = updates.at(-1);
    return last
      ? cardsOf(last.activity as never)
          .map(cardText)
          .join('\n')
      : undefined;
  };

  it('through the API: the own card says "Svaret er slettet"; the open group card is rendered again', async () => {
    expect((await deliveryTo(a.id)).state).toBe('sent');
    expect((await deliveryTo(groupId)).state).toBe('sent');
    const token = await devToken(app.url, a.aadObjectId);
    const ask = await call(app.url, '/api/me/data/delete', { token, body: {} });
    const done = await call(app.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(done.status).toBe(200);
    expect(done.body.reports[0]).toMatchObject({ answers: 1, cardsQueued: 2 });
    const updatesBefore = standIn.updates.length;
    await settle();
    expect(standIn.updates.length - updatesBefore).toBe(2);
    const own = await latestUpdate(a.id);
    expect(own).toContain('Svaret er slettet');
    expect(own).not.toContain('Hemmelig refleksion');
    const group = await latestUpdate(groupId);
    expect(group).toBeDefined();
    expect(group).not.toContain('Hemmelig refleksion');
    const queue = await app.deps.store.listCardCloses({ forumId: forum.id });
    expect(queue.map((q) => [q.view, q.state])).toEqual([
      ['erased', 'closed'],
      ['erased', 'closed'],
    ]);
  });

  it('through the bot, after the final meeting: the closed group card no longer shows the answer', async () => {
    clock.set('2019-11-22T07:00:00.000Z');
    await settle();
    expect(await latestUpdate(groupId)).toContain('Delt refleksion fra B');
    expect(await latestUpdate(b.id)).toContain('Delt refleksion fra B');

    const bot = createPrivacyBot(app.deps);
    const context = { activity: { from: { aadObjectId: b.aadObjectId }, locale: 'da' } } as TurnContext;
    const asked = await bot.runAction(context, { samskab: PRIVACY_VERBS.ask });
    const token = /"token":"([^"]+)"/.exec(JSON.stringify(asked))![1];
    const done = await bot.runAction(context, { samskab: PRIVACY_VERBS.confirm, token });
    expect(JSON.stringify(done)).toContain('Slettet: 1 svar');
    await settle();
    const group = await latestUpdate(groupId);
    expect(group).toContain('Forløbet er slut');
    expect(group).not.toContain('Delt refleksion fra B');
    const own = await latestUpdate(b.id);
    expect(own).toContain('Svaret er slettet');
    expect(own).not.toContain('Delt refleksion fra B');
    // A's card, erased while the forum was open, was closed once too - still without the answer.
    expect(await latestUpdate(a.id)).not.toContain('Hemmelig refleksion');
    const queue = await app.deps.store.listCardCloses({ forumId: forum.id });
    expect(queue.every((q) => q.state === 'closed')).toBe(true);
  });

  it('before the retention purge every card is updated to show no answers; the purge waits for them', async () => {
    expect(await latestUpdate(groupId)).toContain('Tredje chefs refleksion');
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
    expect(first).toMatchObject({ waitingForCards: 1, purged: [] });
    expect(await app.deps.store.listAnswers(forum.id, { memberId: third.id })).toHaveLength(1);

    await settle();
    const group = await latestUpdate(groupId);
    expect(group).toContain('Forløbet er slut');
    expect(group).not.toContain('refleksion');
    expect(await latestUpdate(third.id)).toContain('Svaret er slettet');
    const second = await job.runOnce(clock.now());
    expect(second.purged).toHaveLength(1);
    expect(await app.deps.store.listAnswers(forum.id)).toEqual([]);
  });
});
