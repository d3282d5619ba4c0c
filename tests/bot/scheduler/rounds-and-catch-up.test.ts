import { isHttpError, type HttpError } from '../../../core/errors';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { duplicates, seedFanoutForum, type FanoutForum } from './fanout-fixture';
import { SnapshotCache } from '../../../bot/scheduler/forum-snapshot';
import { materializeDueRounds } from '../../../bot/scheduler/materialize-rounds';
import { sampleAnswer } from './answer-samples';
import { schedulerRig, type SchedulerRig } from './scheduler-harness';

const MONDAY_0600Z = '2019-09-02T06:00:00.000Z'; // 08:00 in Copenhagen

describe('organizer rounds and the worker', () => {
  let standIn: ConnectorStandIn;
  let rig: SchedulerRig;
  let forum: FanoutForum;

  beforeEach(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 200 });
    rig = await schedulerRig({ start: MONDAY_0600Z, env: { SCHEDULER_CATCH_UP_HOURS: '12' } });
    forum = await seedFanoutForum(rig.store, { serviceUrl: standIn.url, chefs: 6, now: MONDAY_0600Z });
  });
  afterEach(async () => {
    await rig.close();
    await standIn.close();
  });

  const q = (n: number) => forum.questions[n]!.id;
  const create = (
    localDate: string,
    localTime: string,
    kind: 'prompt' | 'reminder' = 'prompt',
    departmentId: string | null = null,
    acceptOutsideHours = false,
  ) =>
    rig.rounds.createRound({
      forumId: forum.forum.id,
      departmentId,
      kind,
      questionIds: [q(0)],
      localDate,
      localTime,
      acceptOutsideHours,
    });

  it('refuses a round in the past with a Danish and English message', async () => {
    const error = (await create('2019-09-02', '07:59').catch((e: unknown) => e)) as HttpError;
    expect(isHttpError(error)).toBe(true);
    expect(error.code).toBe('round.inPast');
    expect(error.text.da).not.toEqual(error.text.en);
    expect(error.text.da.length).toBeGreaterThan(5);
    const unknown = (await rig.rounds
      .moveRound('nope', '2019-09-03', '09:00')
      .catch((e: unknown) => e)) as HttpError;
    expect(unknown).toEqual(expect.objectContaining({ code: 'round.notFound', status: 404 }));
    const invalid = (await rig.rounds
      .createRound({ forumId: forum.forum.id } as never)
      .catch((e: unknown) => e)) as HttpError;
    expect(invalid).toEqual(expect.objectContaining({ code: 'round.invalidInput', status: 400 }));
  });

  it('sends at the local time, follows a move, and sends nothing for a cancelled round', async () => {
    const moved = await create('2019-09-03', '09:00');
    const cancelled = await create('2019-09-04', '09:00');
    await rig.rounds.moveRound(moved.round.id, '2019-09-03', '14:15');
    await rig.rounds.cancelRound(cancelled.round.id);
    rig.clock.set('2019-09-03T07:00:00.000Z');
    expect((await rig.scheduler.tick()).claimed).toBe(0);
    rig.clock.set('2019-09-03T12:15:00.000Z'); // 14:15 CEST
    const report = await rig.scheduler.tick();
    expect(report).toEqual(expect.objectContaining({ materialized: 1, sent: 6 }));
    rig.clock.set('2019-09-05T12:00:00.000Z');
    await rig.drain();
    expect(standIn.sends).toHaveLength(6);
    expect((await rig.store.getRound(cancelled.round.id))!.state).toBe('cancelled');
    expect(await rig.store.listDeliveries({ roundId: cancelled.round.id })).toHaveLength(0);
  });

  it('sends nothing for a planned round that falls after a final meeting moved earlier', async () => {
    const round = (await create('2019-09-10', '09:00')).round;
    await rig.store.saveForum({ ...forum.forum, finalMeetingDate: '2019-09-09' });
    rig.clock.set('2019-09-10T08:00:00.000Z');
    await rig.drain();
    expect(standIn.sends).toHaveLength(0);
    expect((await rig.store.getRound(round.id))!.state).toBe('cancelled');
    expect(await rig.store.listDeliveries({ roundId: round.id })).toHaveLength(0);
  });

  it('moving or cancelling a materialized round updates its pending deliveries', async () => {
    const round = (await create('2019-09-03', '09:00')).round;
    // Materialize without sending, then move the round.
    rig.clock.set('2019-09-03T07:00:00.000Z');
    const { materialized } = await materializeDueRounds(
      rig.deps,
      new SnapshotCache(rig.store),
      rig.clock.now(),
    );
    expect(materialized).toBe(1);
    const moved = await rig.rounds.moveRound(round.id, '2019-09-04', '10:00');
    const pending = await rig.store.listDeliveries({ roundId: round.id, state: 'pending' });
    expect(pending).toHaveLength(6);
    expect(pending.every((d) => d.dueAt === moved.round.dueAt && d.nextAttemptAt === moved.round.dueAt)).toBe(
      true,
    );
    expect((await rig.scheduler.tick()).claimed).toBe(0);
    const { cancelledDeliveries } = await rig.rounds.cancelRound(round.id);
    expect(cancelledDeliveries).toBe(6);
    rig.clock.set('2019-09-04T09:00:00.000Z');
    await rig.drain();
    expect(standIn.sends).toHaveLength(0);
  });

  it('a reminder goes only to chefs who have not answered and have not paused reminders', async () => {
    const reminder = (await create('2019-09-03', '09:00', 'reminder')).round;
    const [a, b, c] = forum.members;
    const answer = (memberId: string, departmentId: string) =>
      rig.store.saveAnswer({
        forumId: forum.forum.id,
        departmentId,
        questionId: q(0),
        memberId,
        value: sampleAnswer(forum.questions[0]!.shape),
        at: rig.clock.now().toISOString(),
      });
    await answer(a!.id, a!.departmentIds[0]!);
    await rig.store.saveMember({ ...b!, pausedUntil: '2019-09-10' });
    rig.clock.set(reminder.dueAt);
    await materializeDueRounds(rig.deps, new SnapshotCache(rig.store), rig.clock.now());
    const deliveries = await rig.store.listDeliveries({ roundId: reminder.id });
    expect(deliveries.map((d) => d.recipientId).sort()).toEqual(
      forum.members
        .filter((m) => m !== a && m !== b)
        .map((m) => m.id)
        .sort(),
    );
    // c answers after the reminder was materialized but before it went out: checked again at send time.
    await answer(c!.id, c!.departmentIds[0]!);
    await rig.drain();
    const cDelivery = (await rig.store.listDeliveries({ roundId: reminder.id })).find(
      (d) => d.recipientId === c!.id,
    )!;
    expect(cDelivery).toEqual(
      expect.objectContaining({ state: 'cancelled', lastError: 'answered before the reminder went out' }),
    );
    expect(standIn.sends).toHaveLength(3);
  });

  it('after downtime: catches up rounds within the grace period, marks older ones missed', async () => {
    const old = (await create('2019-09-03', '09:00')).round;
    const recent = (await create('2019-09-03', '20:00', 'prompt', null, true)).round;
    rig.clock.set('2019-09-04T06:00:00.000Z'); // 21 h after the first, 10 h after the second
    const report = await rig.scheduler.tick();
    expect(report).toEqual(expect.objectContaining({ missed: 1, materialized: 1 }));
    await rig.drain();
    expect((await rig.store.getRound(old.id))!.state).toBe('missed');
    expect(await rig.store.listDeliveries({ roundId: old.id })).toHaveLength(0);
    expect((await rig.store.listDeliveries({ roundId: recent.id, state: 'sent' })).length).toBe(6);
    expect(standIn.sends).toHaveLength(6);
  });

  it('after downtime: deliveries made before it (pending, retrying or leased) are not sent late either', async () => {
    const round = (await create('2019-09-03', '09:00')).round;
    rig.clock.set(round.dueAt);
    await materializeDueRounds(rig.deps, new SnapshotCache(rig.store), rig.clock.now());
    const [leased, retrying] = await rig.store.claimDeliveries({
      now: round.dueAt,
      owner: 'an instance that died',
      leaseMs: 60_000,
      limit: 2,
    });
    const soon = new Date(Date.parse(round.dueAt) + 30_000).toISOString();
    await rig.store.completeDelivery(
      retrying!.id,
      'an instance that died',
      { state: 'retry', nextAttemptAt: soon, error: 'HTTP 503' },
      round.dueAt,
    );
    // Down for 13 hours (catch-up: 12): nothing of this round goes out.
    rig.clock.set(new Date(Date.parse(round.dueAt) + 13 * 3_600_000));
    await rig.drain();
    expect(standIn.sends).toHaveLength(0);
    const deliveries = await rig.store.listDeliveries({ roundId: round.id });
    expect(deliveries).toHaveLength(6);
    for (const d of deliveries) {
      expect(d).toEqual(
        expect.objectContaining({ state: 'cancelled', lastError: expect.stringMatching(/^missed: due/) }),
      );
    }
    expect(deliveries.map((d) => d.id)).toEqual(expect.arrayContaining([leased!.id, retrying!.id]));
    // Within the catch-up period they still go out.
    const next = (await create('2019-09-05', '09:00')).round;
    rig.clock.set(next.dueAt);
    await materializeDueRounds(rig.deps, new SnapshotCache(rig.store), rig.clock.now());
    rig.clock.set(new Date(Date.parse(next.dueAt) + 11 * 3_600_000));
    await rig.drain();
    expect(standIn.sends).toHaveLength(6);
  });

  it('a scheduling clock that runs fast (demo speed) lets leases lapse, and every prompt still goes out once', async () => {
    const round = (await create('2019-09-03', '09:00')).round;
    rig.clock.set(round.dueAt);
    const read = rig.clock.now;
    // Every read moves the clock 5 minutes on: a 60 s lease has lapsed by the time the send leaves.
    rig.clock.now = () => {
      rig.clock.advance(5 * 60_000);
      return read();
    };
    const report = await rig.scheduler.tick();
    rig.clock.now = read;
    expect(report).toEqual(expect.objectContaining({ sent: 6, lostLeases: 0 }));
    expect(standIn.sends).toHaveLength(6);
    expect(duplicates(standIn.sends)).toEqual([]);
  });

  it('sendNow goes out at the next pass; an organizer can retry a failed delivery', async () => {
    standIn.block(`a:personal-${forum.members[0]!.aadObjectId}`, 404);
    const { round } = await rig.rounds.sendNow({
      forumId: forum.forum.id,
      departmentId: null,
      kind: 'prompt',
      questionIds: [q(1)],
    });
    expect(round.dueAt).toBe(MONDAY_0600Z);
    await rig.drain();
    const [unreachable] = (await rig.store.listDeliveries({ roundId: round.id })).filter(
      (d) => d.state === 'unreachable',
    );
    expect(unreachable).toBeDefined();
    const retry = (await rig.rounds
      .retryDelivery((await rig.store.listDeliveries({ roundId: round.id, state: 'sent' }))[0]!.id)
      .catch((e: unknown) => e)) as HttpError;
    expect(retry).toEqual(expect.objectContaining({ code: 'delivery.notRetryable', status: 409 }));
    await rig.rounds.retryDelivery(unreachable!.id);
    await rig.drain();
    // The gone chat was replaced by a newly created one.
    expect((await rig.store.getDelivery(unreachable!.id))!.state).toBe('sent');
    expect(standIn.created).toHaveLength(1);
    expect(standIn.sends).toHaveLength(6);
  });

  it('an organizer can cancel a single pending delivery', async () => {
    const round = (await create('2019-09-03', '09:00')).round;
    rig.clock.set(round.dueAt);
    await materializeDueRounds(rig.deps, new SnapshotCache(rig.store), rig.clock.now());
    const [first] = await rig.store.listDeliveries({ roundId: round.id });
    await rig.rounds.cancelDelivery(first!.id);
    await rig.drain();
    expect((await rig.store.getDelivery(first!.id))!.state).toBe('cancelled');
    expect(standIn.sends).toHaveLength(5);
    const again = (await rig.rounds.cancelDelivery(first!.id).catch((e: unknown) => e)) as HttpError;
    expect(again).toEqual(expect.objectContaining({ code: 'delivery.notCancellable', status: 409 }));
  });
});
