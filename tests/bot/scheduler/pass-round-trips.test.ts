import { createSqliteStore, InProcessChangeFeed, SQLITE_MEMORY } from '../../../bot/store';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { countingStore, type Counted } from '../teams/support/counting-store';
import { seedFanoutForum } from './fanout-fixture';
import { schedulerRig, type SchedulerRig } from './scheduler-harness';

const MONDAY_0600Z = '2019-09-02T06:00:00.000Z';

/**
 * The forum snapshot (bot/scheduler/forum-snapshot.ts) earns its place: a pass that sends a round
 * to 50 chefs reads the forum's content once, not once per delivery. Measured when this test was
 * written: 218 store calls for the pass, 473 with the snapshot read per delivery (52 reads each of
 * the forum, its departments, questions, principles and all of its members).
 */
describe('database round trips of a scheduler pass', () => {
  let standIn: ConnectorStandIn;
  let counted: Counted;
  let rig: SchedulerRig;

  beforeEach(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 500 });
    counted = countingStore({
      store: createSqliteStore({ path: SQLITE_MEMORY }),
      changes: new InProcessChangeFeed(),
    });
    rig = await schedulerRig({
      start: MONDAY_0600Z,
      store: counted.store,
      env: { SEND_RATE_PER_SECOND: '500' },
    });
  });
  afterEach(async () => {
    await rig.close();
    await standIn.close();
  });

  it("a round to 50 chefs reads the forum's content once in the pass that sends it", async () => {
    const forum = await seedFanoutForum(rig.store, { serviceUrl: standIn.url, chefs: 50, now: MONDAY_0600Z });
    await rig.rounds.createRound({
      forumId: forum.forum.id,
      departmentId: null,
      kind: 'prompt',
      questionIds: [forum.questions[0]!.id],
      localDate: '2019-09-03',
      localTime: '09:00',
      acceptOutsideHours: false,
    });
    rig.clock.set('2019-09-03T07:00:00.000Z');
    counted.calls.clear();

    const report = await rig.scheduler.tick();
    expect(report).toEqual(expect.objectContaining({ materialized: 1, claimed: 50, sent: 50 }));
    const calls = Object.fromEntries(counted.calls);
    for (const read of ['getForum', 'listDepartments', 'listQuestions', 'listPrinciples', 'listMembers']) {
      expect([read, calls[read]]).toEqual([read, 1]);
    }
  });
});
