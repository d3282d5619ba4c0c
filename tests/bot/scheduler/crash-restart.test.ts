import { promptDueNow, seedFanoutForum } from './fanout-fixture';
import { expectEveryoneOnceButInFlight, openCrashRig, type CrashRig } from './support/crash-mid-fanout';

/** The server is SIGKILLed in the middle of a large fan-out and started again on the same SQLite file. */
describe('crash in the middle of a fan-out', () => {
  const RECIPIENTS = 400;
  let rig: CrashRig;

  beforeAll(async () => {
    rig = await openCrashRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('every recipient gets the prompt; duplicates are at most the sends in flight at the kill', async () => {
    const { store, standIn } = rig;
    const forum = await seedFanoutForum(store, {
      serviceUrl: standIn.url,
      chefs: RECIPIENTS,
      now: new Date().toISOString(),
    });
    const round = promptDueNow(forum.forum.id, forum.questions[0]!.id, forum.forum.timeZone);
    await store.saveRound(round);
    let leasedAtKill = 0;

    const run = await rig.killMidwayAndRestart(
      {
        recipients: RECIPIENTS,
        env: { SCHEDULER_LEASE_MS: '3000', SEND_REQUEST_TIMEOUT_MS: '2000' },
        recordedSent: async () => (await store.listDeliveries({ roundId: round.id, state: 'sent' })).length,
        what: 'prompts',
        timeoutsMs: { firstThird: 30_000, allSent: 60_000 },
      },
      async () => {
        leasedAtKill = (await store.listDeliveries({ roundId: round.id, state: 'leased' })).length;
      },
    );

    console.log(`crash-restart: ${JSON.stringify({ recipients: RECIPIENTS, leasedAtKill, ...run.counts })}`);
    expectEveryoneOnceButInFlight(rig, run, forum.members);
  }, 120_000);
});
