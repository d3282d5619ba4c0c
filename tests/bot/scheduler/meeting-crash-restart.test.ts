import type { MeetingStore } from '../../../bot/store/meetings';
import { seedFanoutForum } from './fanout-fixture';
import { expectEveryoneOnceButInFlight, openCrashRig, type CrashRig } from './support/crash-mid-fanout';

/**
 * The meetings' messages go through the one sender (runBatch), so a crash in the middle of their
 * fan-out behaves as a prompt's does: the server is SIGKILLed while sending booking nudges to every
 * chef and started again on the same SQLite file; every chef gets the nudge, and the only repeats
 * are the sends that were in flight when the process died (sent to Teams, not yet recorded).
 */
describe('crash in the middle of the booking nudges', () => {
  const RECIPIENTS = 300;
  let rig: CrashRig;
  let meetings: MeetingStore;

  beforeAll(async () => {
    rig = await openCrashRig();
    meetings = rig.store.meetingStore();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('every chef gets the nudge once; repeats are at most the sends in flight at the kill', async () => {
    const { store, standIn } = rig;
    const seeded = await seedFanoutForum(store, {
      serviceUrl: standIn.url,
      chefs: RECIPIENTS,
      now: new Date().toISOString(),
    });
    // A nudge every working day, so one is due within the catch-up window whatever today is.
    await store.saveForum({
      ...seeded.forum,
      settings: { ...seeded.forum.settings, meetings: { bookingRepeatWorkingDays: 1 } },
    });
    const forumId = seeded.forum.id;
    const sent = async () => (await meetings.listMessages({ forumId })).filter((m) => m.state === 'sent');
    let queued = 0;

    const run = await rig.killMidwayAndRestart(
      {
        recipients: RECIPIENTS,
        env: {
          // Generous on a loaded test machine: a send that times out is failed, not repeated (uncertainSend).
          SCHEDULER_LEASE_MS: '20000',
          SEND_REQUEST_TIMEOUT_MS: '10000',
          // Long enough to span a weekend and the holidays around it.
          SCHEDULER_CATCH_UP_HOURS: '720',
        },
        recordedSent: async () => (await sent()).length,
        what: 'nudges',
        timeoutsMs: { firstThird: 60_000, allSent: 90_000 },
      },
      async () => {
        queued = (await meetings.listMessages({ forumId })).length;
      },
    );

    console.log(`meeting crash-restart: ${JSON.stringify({ queued, ...run.counts })}`);
    expect(queued).toBe(RECIPIENTS);
    expect((await meetings.listMessages({ forumId })).every((m) => m.kind === 'booking')).toBe(true);
    expectEveryoneOnceButInFlight(rig, run, seeded.members);
  }, 240_000);
});
