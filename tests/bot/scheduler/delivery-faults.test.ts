import { deliveryProblems } from '../../../core/deliveries';
import type { HttpError } from '../../../core/errors';
import { SnapshotCache } from '../../../bot/scheduler/forum-snapshot';
import { materializeDueRounds } from '../../../bot/scheduler/materialize-rounds';
import { sampleAnswer } from './answer-samples';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { duplicates, seedFanoutForum, type FanoutForum } from './fanout-fixture';
import { schedulerRig, type SchedulerRig } from './scheduler-harness';

const START = '2019-09-02T06:00:00.000Z';

describe('delivery under connector faults', () => {
  let standIn: ConnectorStandIn;
  let rig: SchedulerRig;
  let forum: FanoutForum;

  async function setUp(env: Record<string, string> = {}, withoutRef?: (i: number) => boolean, chefs = 40) {
    standIn = await startConnectorStandIn({ globalPerSecond: 200 });
    rig = await schedulerRig({ start: START, env: { SCHEDULER_MAX_ATTEMPTS: '5', ...env } });
    forum = await seedFanoutForum(rig.store, { serviceUrl: standIn.url, chefs, now: START, withoutRef });
  }

  afterEach(async () => {
    await rig?.close();
    await standIn?.close();
  });

  const sendPrompt = () =>
    rig.rounds.sendNow({
      forumId: forum.forum.id,
      departmentId: null,
      kind: 'prompt',
      questionIds: [forum.questions[0]!.id],
    });

  it('retries bursts of 429 and 503 with backoff: everyone gets the prompt once', async () => {
    await setUp({ SCHEDULER_MAX_ATTEMPTS: '8' });
    standIn.faults.add({ kind: 429, times: 15, retryAfterSeconds: 2 });
    standIn.faults.add({ kind: 503, times: 10 });
    const { round } = await sendPrompt();
    const reports = await rig.drain(30_000);
    const deliveries = await rig.store.listDeliveries({ roundId: round.id });
    expect(deliveries).toHaveLength(40);
    expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
    expect(deliveries.some((d) => d.attempts > 1)).toBe(true);
    expect(Math.max(...deliveries.map((d) => d.attempts))).toBeLessThanOrEqual(8);
    expect(standIn.stats.injected).toBe(25);
    expect(new Set(standIn.sends.map((s) => s.conversationId)).size).toBe(40);
    expect(duplicates(standIn.sends)).toEqual([]);
    expect(reports.reduce((n, r) => n + r.retried, 0)).toBe(25);
    // Each delivery keeps the activity id and conversation of its card.
    for (const d of deliveries) {
      expect(standIn.sends).toContainEqual(
        expect.objectContaining({ conversationId: d.sentConversationId, activityId: d.sentActivityId }),
      );
    }
  }, 60_000);

  it('never sends again what may have arrived (timeout, reset, accepted but slow answer): 0 duplicates', async () => {
    // The answer's timing decides nothing here: a send with no answer is not resent, however late
    // the answer (or the machine) is, so the count of duplicates cannot depend on load.
    await setUp({ SEND_REQUEST_TIMEOUT_MS: '5000', SCHEDULER_LEASE_MS: '6000' }, undefined, 20);
    standIn.faults.add({ kind: 'timeout', times: 2, holdMs: 30_000 });
    standIn.faults.add({ kind: 'reset', times: 2 });
    standIn.faults.add({ kind: 'slow-answer', times: 2, holdMs: 15_000 });
    standIn.faults.add({ kind: 503, times: 2 });
    const { round } = await sendPrompt();
    await rig.drain(60_000);
    const deliveries = await rig.store.listDeliveries({ roundId: round.id });
    const uncertain = deliveries.filter((d) => d.state === 'failed');
    expect(uncertain).toHaveLength(6);
    for (const d of uncertain) {
      expect(d.attempts).toBe(1);
      expect(d.lastError).toMatch(/may have arrived, so it is not sent again automatically/);
    }
    expect(deliveries.filter((d) => d.state === 'sent')).toHaveLength(14);
    // The two slow answers were accepted: those people have the card once. Nobody has it twice.
    expect(standIn.sends).toHaveLength(16);
    expect(duplicates(standIn.sends)).toEqual([]);
    // An organizer who checked with the person can send it again, by hand...
    await rig.rounds.retryDelivery(uncertain[0]!.id);
    await rig.drain();
    expect((await rig.store.getDelivery(uncertain[0]!.id))!.state).toBe('sent');
    // ...unless something newer was recorded: the person answered after it was sent, so it arrived.
    const answered = forum.members.find((m) => m.id === uncertain[1]!.recipientId)!;
    await rig.store.saveAnswer({
      forumId: forum.forum.id,
      departmentId: answered.departmentIds[0]!,
      questionId: forum.questions[0]!.id,
      memberId: answered.id,
      value: sampleAnswer(forum.questions[0]!.shape),
      at: rig.clock.now().toISOString(),
    });
    const refused = (await rig.rounds.retryDelivery(uncertain[1]!.id).catch((e: unknown) => e)) as HttpError;
    expect(refused).toEqual(expect.objectContaining({ code: 'delivery.arrived', status: 409 }));
    expect(refused.text.da).toMatch(/nået frem/);
    expect((await rig.store.getDelivery(uncertain[1]!.id))!.state).toBe('failed');
  }, 60_000);

  it('honours Retry-After: a throttled delivery is not retried before it', async () => {
    await setUp({}, undefined, 1);
    standIn.faults.add({ kind: 429, times: 1, retryAfterSeconds: 3 });
    await sendPrompt();
    await rig.scheduler.tick();
    const [delivery] = await rig.store.listDeliveries({ forumId: forum.forum.id });
    expect(delivery).toEqual(
      expect.objectContaining({ state: 'pending', attempts: 1, lastError: expect.stringContaining('429') }),
    );
    expect(Date.parse(delivery!.nextAttemptAt) - Date.parse(START)).toBeGreaterThanOrEqual(3_000);
    rig.clock.advance(2_000);
    expect((await rig.scheduler.tick()).claimed).toBe(0);
    rig.clock.advance(2_000);
    expect((await rig.scheduler.tick()).sent).toBe(1);
  });

  it('a lease that keeps running out counts as attempts: given up after maxAttempts, not resent forever', async () => {
    await setUp({ SCHEDULER_MAX_ATTEMPTS: '3' }, undefined, 1);
    const { round } = await sendPrompt();
    await materializeDueRounds(rig.deps, new SnapshotCache(rig.store), rig.clock.now());
    // Three instances in turn claim it and die before recording anything.
    for (let i = 0; i < 3; i++) {
      const [claimed] = await rig.store.claimDeliveries({
        now: rig.clock.now().toISOString(),
        owner: `dies-${i}`,
        leaseMs: 60_000,
        limit: 1,
      });
      expect(claimed!.attempts).toBe(i);
      rig.clock.advance(61_000);
    }
    await rig.drain();
    const [delivery] = await rig.store.listDeliveries({ roundId: round.id });
    expect(delivery).toEqual(
      expect.objectContaining({
        state: 'failed',
        attempts: 3,
        lastError: expect.stringContaining('gave up after 3 attempts (the lease ran out'),
      }),
    );
    expect(standIn.sends).toHaveLength(0);
  });

  it('marks 403 (blocked) and 404 (gone) recipients unreachable and reports them to organizers', async () => {
    await setUp({}, undefined, 6);
    const blocked = `a:personal-${forum.members[1]!.aadObjectId}`;
    const gone = `a:personal-${forum.members[2]!.aadObjectId}`;
    standIn.block(blocked, 403);
    standIn.block(gone, 404);
    standIn.faults.add({ kind: 404, times: Infinity, on: 'create' });
    const { round } = await sendPrompt();
    await rig.drain();
    const deliveries = await rig.store.listDeliveries({ roundId: round.id });
    const byMember = new Map(deliveries.map((d) => [d.recipientId, d]));
    expect(byMember.get(forum.members[1]!.id)).toEqual(
      expect.objectContaining({
        state: 'unreachable',
        attempts: 1,
        lastError: expect.stringContaining('403'),
      }),
    );
    expect(byMember.get(forum.members[2]!.id)).toEqual(
      expect.objectContaining({
        state: 'unreachable',
        attempts: 1,
        lastError: expect.stringContaining('404'),
      }),
    );
    expect(deliveries.filter((d) => d.state === 'sent')).toHaveLength(4);
    expect(await rig.store.getConversationRef(blocked)).toEqual(
      expect.objectContaining({ reachable: false, lastError: expect.stringContaining('403') }),
    );
    expect(await rig.store.getConversationRef(gone)).toEqual(expect.objectContaining({ reachable: false }));
    const status = await rig.rounds.deliveryStatus(forum.forum.id, round.id);
    expect(status.rounds[0]!.counts).toEqual(expect.objectContaining({ sent: 4, unreachable: 2 }));
    expect(deliveryProblems(status).map((p) => p.recipientName)).toEqual(['Chef 2', 'Chef 3']);

    // The next round does not knock on the blocked door again; the gone chat is re-created if Teams allows.
    standIn.faults.clear();
    const before = standIn.stats.requests;
    const second = await sendPrompt();
    await rig.drain();
    const again = new Map(
      (await rig.store.listDeliveries({ roundId: second.round.id })).map((d) => [d.recipientId, d]),
    );
    expect(again.get(forum.members[1]!.id)!.state).toBe('unreachable');
    expect(again.get(forum.members[2]!.id)!.state).toBe('sent');
    expect(standIn.created).toHaveLength(1);
    expect(standIn.stats.requests - before).toBe(4 + 1 + 1);
  });

  it('gives up after maxAttempts on an endless 503 instead of looping', async () => {
    await setUp({ SCHEDULER_MAX_ATTEMPTS: '4' }, undefined, 2);
    const stuck = `a:personal-${forum.members[0]!.aadObjectId}`;
    standIn.faults.add({ kind: 503, times: Infinity, conversationId: stuck });
    const { round } = await sendPrompt();
    await rig.drain(10 * 60_000);
    const [d0] = (await rig.store.listDeliveries({ roundId: round.id })).filter(
      (d) => d.recipientId === forum.members[0]!.id,
    );
    expect(d0).toEqual(
      expect.objectContaining({
        state: 'failed',
        attempts: 4,
        lastError: expect.stringMatching(/503.*gave up after 4 attempts/),
      }),
    );
    expect(standIn.stats.injected).toBe(4);
  });

  it('creates a 1:1 chat for a member without a stored one, and reports one it cannot reach', async () => {
    await setUp({}, (i) => i === 0, 3);
    const { round } = await sendPrompt();
    await rig.drain();
    const d0 = (await rig.store.listDeliveries({ roundId: round.id })).find(
      (d) => d.recipientId === forum.members[0]!.id,
    )!;
    expect(d0.state).toBe('sent');
    expect(standIn.created).toEqual([
      expect.objectContaining({ memberIds: [forum.members[0]!.aadObjectId] }),
    ]);
    expect(await rig.store.findPersonalConversation(forum.members[0]!.aadObjectId)).toEqual(
      expect.objectContaining({ conversationId: d0.sentConversationId }),
    );
  });

  it('marks a member unreachable with the reason when Teams refuses to create the chat', async () => {
    await setUp({}, (i) => i === 0, 2);
    standIn.faults.add({ kind: 403, times: Infinity, on: 'create' });
    const { round } = await sendPrompt();
    await rig.drain();
    const d0 = (await rig.store.listDeliveries({ roundId: round.id })).find(
      (d) => d.recipientId === forum.members[0]!.id,
    )!;
    expect(d0).toEqual(
      expect.objectContaining({
        state: 'unreachable',
        lastError: expect.stringContaining('could not create a personal chat'),
      }),
    );
  });

  it("keeps one busy conversation within Teams' per-conversation limits on the wire (waits, no 429)", async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 200 });
    rig = await schedulerRig({ start: START, env: { SCHEDULER_BATCH_SIZE: '50' } });
    forum = await seedFanoutForum(rig.store, {
      serviceUrl: standIn.url,
      chefs: 1,
      groupChats: 1,
      now: START,
    });
    for (let i = 0; i < 10; i++) await sendPrompt();
    const started = Date.now();
    await rig.drain();
    const toGroup = standIn.sendsTo(forum.groupChatIds[0]!).map((s) => s.at);
    expect(toGroup).toHaveLength(10);
    expect(standIn.sends).toHaveLength(20);
    expect(standIn.stats.throttled).toBe(0);
    // 10 sends to one chat: at most 8 in any 2 s, so the last ones had to wait.
    expect(toGroup[9]! - toGroup[0]!).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
