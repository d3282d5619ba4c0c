import { hostname } from 'node:os';
import type { CloudAdapter } from 'botbuilder';
import type { AppDeps } from '../app-deps';
import {
  createProactiveSender,
  SendRateLimiter,
  StoreSendLimiter,
  type ProactiveSender,
  type SendLimiter,
} from '../teams/proactive';
import { CLOSE_SCAN_MS, cardCloses, enqueueDueCloses } from './close-cards';
import { deliveries } from './deliver';
import { startLeaseHeartbeat } from './lease-keeper';
import { SnapshotCache } from './forum-snapshot';
import { materializeDueRounds } from './materialize-rounds';
import { enqueueDueMeetingMessages, meetingMessages } from './meeting-messages';
import { newPassContext, type PassContext } from './pass-context';
import { meetingCardUpdates } from './meeting-card-updates';
import { runBatch } from './send-queue';
import { enqueueVoiceNotices } from './voice-notices';
import type { VoiceStore } from '../store/voices/voice-store';

/** How often (clock time) the facilitator meetings' occasions are computed and queued. */
const MEETING_SCAN_MS = 60_000;

const NOTHING_SENT: Readonly<BatchReport> = {
  claimed: 0,
  sent: 0,
  retried: 0,
  failed: 0,
  unreachable: 0,
  cancelled: 0,
  lostLeases: 0,
};

/** What became of one claimed batch of a queue. */
export interface BatchReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  unreachable: number;
  cancelled: number;
  lostLeases: number;
}

export interface TickReport extends BatchReport {
  materialized: number;
  missed: number;
  deliveriesAdded: number;
  /** Card closes after a forum's final meeting: queued this pass, claimed, and their outcomes. */
  closes: {
    queued: number;
    claimed: number;
    closed: number;
    retried: number;
    failed: number;
    unreachable: number;
    lostLeases: number;
  };
  durationMs: number;
}

export interface Scheduler {
  /** Starts the background loop (no-op if running). */
  start(): void;
  /** Stops claiming; resolves when the sends in flight have been recorded. */
  stop(): Promise<void>;
  /** One pass: materialize due rounds, claim one batch and send it, then close one batch of cards of forums that are over. */
  tick(): Promise<TickReport>;
  /**
   * One pass of the facilitator meetings' messages and the chefs' voice notices: queue those due, claim
   * one batch and send it; then one batch of the meeting cards to update in place (erasure, purge).
   */
  tickMeetings(): Promise<MeetingPassReport>;
  /** The worker's lease owner id (unique per process start). */
  readonly owner: string;
}

export interface MeetingPassReport extends BatchReport {
  queued: number;
  /** Meeting cards posted in Teams updated in place after an erasure or before the purge: claimed, updated. */
  cardUpdates: { claimed: number; updated: number };
}

export interface SchedulerOptions {
  adapter: CloudAdapter;
  botAppId: string;
  /** Replaces the botbuilder sender (tests). */
  sender?: ProactiveSender;
  /** Replaces the limiter chosen by store dialect (tests). */
  limiter?: SendLimiter;
  /** Wraps the sender (the living demo's simulated people). */
  decorateSender?: (sender: ProactiveSender) => ProactiveSender;
  /** The voices port: with it, the chefs hear once a day when voices wait for moderation. */
  voices?: VoiceStore;
  /** Concurrent sends within a batch. Default 16. */
  concurrency?: number;
  random?: () => number;
}

export function createScheduler(deps: AppDeps, options: SchedulerOptions): Scheduler {
  const { config, log } = deps;
  const settings = config.scheduler;
  const limiter = options.limiter ?? createSendLimiter(deps);
  const baseSender =
    options.sender ??
    createProactiveSender({
      adapter: options.adapter,
      botAppId: options.botAppId,
      limiter,
      requestTimeoutMs: settings.sendRequestTimeoutMs,
    });
  const sender = options.decorateSender ? options.decorateSender(baseSender) : baseSender;
  const owner = `${hostname()}:${process.pid}:${deps.ids()}`;
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const random = options.random ?? Math.random;

  let running = false;
  let current: Promise<TickReport> | null = null;
  let wake: (() => void) | null = null;
  let loopDone: Promise<void> | null = null;

  async function pass(): Promise<TickReport> {
    const started = Date.now();
    const now = deps.clock.now();
    const snapshots = new SnapshotCache(deps.store);
    const report: TickReport = {
      materialized: 0,
      missed: 0,
      deliveriesAdded: 0,
      ...NOTHING_SENT,
      closes: { queued: 0, claimed: 0, closed: 0, retried: 0, failed: 0, unreachable: 0, lostLeases: 0 },
      durationMs: 0,
    };
    Object.assign(report, await materializeDueRounds(deps, snapshots, now));
    const heartbeat = startLeaseHeartbeat(deps, owner);
    try {
      await sendBatch(now, snapshots, report);
    } finally {
      await heartbeat.stop();
    }
    await limiter.sweep();
    report.durationMs = Date.now() - started;
    return report;
  }

  /** Claims one batch of deliveries and sends it, then one batch of card closes, under the heartbeat. */
  async function sendBatch(now: Date, snapshots: SnapshotCache, report: TickReport): Promise<void> {
    const work = newPassContext(deps, sender, owner, snapshots, random);
    const sent = await runBatch(deliveries, work, claimRequest(now), concurrency);
    Object.assign(report, batchOutcomes(sent));
    const touched = new Map(sent.jobs.map((d) => [`${d.forumId}|${d.departmentId ?? ''}`, d] as const));
    for (const { forumId, departmentId } of touched.values()) {
      await deps.changes.publish({ forumId, departmentId, topic: 'delivery' });
    }
    await closeCards(now, work, report);
  }

  function claimRequest(now: Date) {
    return { now: now.toISOString(), owner, leaseMs: settings.leaseMs, limit: settings.batchSize };
  }

  let lastCloseScan = Number.NEGATIVE_INFINITY;

  /** After the sends: queue closes of forums that are over (at most once a minute), then update one batch. */
  async function closeCards(now: Date, work: PassContext, report: TickReport): Promise<void> {
    if (Math.abs(now.getTime() - lastCloseScan) >= CLOSE_SCAN_MS) {
      report.closes.queued = await enqueueDueCloses(deps, now);
      lastCloseScan = now.getTime();
    }
    const closed = await runBatch(cardCloses, work, claimRequest(now), concurrency);
    const { count } = closed;
    Object.assign(report.closes, {
      claimed: closed.jobs.length,
      closed: count('closed'),
      retried: count('retry'),
      failed: count('failed'),
      unreachable: count('unreachable'),
      lostLeases: count('lost-lease'),
    });
  }

  /** How often (clock time) the meeting occasions are computed and queued. */
  let lastMeetingScan = Number.NEGATIVE_INFINITY;

  async function meetingPass(): Promise<MeetingPassReport> {
    const now = deps.clock.now();
    const snapshots = new SnapshotCache(deps.store);
    const report: MeetingPassReport = {
      queued: 0,
      ...NOTHING_SENT,
      cardUpdates: { claimed: 0, updated: 0 },
    };
    if (Math.abs(now.getTime() - lastMeetingScan) >= MEETING_SCAN_MS) {
      report.queued = await enqueueDueMeetingMessages(deps, snapshots, now);
      if (options.voices) report.queued += await enqueueVoiceNotices(deps, options.voices, snapshots, now);
      lastMeetingScan = now.getTime();
    }
    const work = newPassContext(deps, sender, owner, snapshots, random, options.voices);
    const heartbeat = startLeaseHeartbeat(deps, owner);
    try {
      const batch = await runBatch(meetingMessages, work, claimRequest(now), concurrency);
      const { jobs } = batch;
      Object.assign(report, batchOutcomes(batch));
      // The deliveries page shows these messages' status too.
      for (const forumId of new Set(jobs.map((m) => m.forumId)))
        await deps.changes.publish({ forumId, departmentId: null, topic: 'delivery' });
      const updates = await runBatch(meetingCardUpdates, work, claimRequest(now), concurrency);
      report.cardUpdates = { claimed: updates.jobs.length, updated: updates.count('updated') };
    } finally {
      await heartbeat.stop();
    }
    return report;
  }

  function tick(): Promise<TickReport> {
    const previous = current ?? Promise.resolve(null);
    const mine: Promise<TickReport> = previous.catch(() => null).then(() => pass());
    current = mine;
    void mine
      .finally(() => {
        if (current === mine) current = null;
      })
      .catch(() => undefined);
    return mine;
  }

  async function loop(): Promise<void> {
    while (running) {
      let busy = false;
      try {
        const report = await tick();
        const meetings = await tickMeetings();
        busy =
          report.claimed >= settings.batchSize ||
          report.closes.claimed >= settings.batchSize ||
          meetings.claimed >= settings.batchSize ||
          meetings.cardUpdates.claimed >= settings.batchSize;
        if (meetings.claimed > 0 || meetings.queued > 0 || meetings.cardUpdates.claimed > 0)
          log.debug({ owner, ...meetings }, 'meeting messages pass');
        if (report.claimed > 0 || report.materialized > 0 || report.missed > 0 || report.closes.claimed > 0)
          log.debug({ owner, ...report }, 'scheduler pass');
      } catch (error) {
        log.error({ err: { message: (error as Error).message } }, 'scheduler pass failed');
      }
      if (!running) break;
      if (!busy) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, settings.tickMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  }

  /** Serialized with the sends of tick() (one pass at a time per process). */
  function tickMeetings(): Promise<MeetingPassReport> {
    const previous = current ?? Promise.resolve(null);
    return previous.catch(() => null).then(() => meetingPass());
  }

  return {
    owner,
    tick,
    tickMeetings,
    start() {
      if (running) return;
      running = true;
      log.info(
        {
          owner,
          tickMs: settings.tickMs,
          batchSize: settings.batchSize,
          ratePerSecond: settings.sendRatePerSecond,
        },
        'scheduler started',
      );
      loopDone = loop();
    },
    async stop() {
      running = false;
      wake?.();
      await loopDone;
      await current?.catch(() => undefined);
      loopDone = null;
    },
  };
}

/**
 * One process (SQLite): the in-process limiter. Several instances on PostgreSQL: the limiter
 * whose slots live in the store, so the limits hold for their sum.
 */
function createSendLimiter(deps: AppDeps): SendLimiter {
  const { sendRatePerSecond, sendRequestTimeoutMs } = deps.config.scheduler;
  if (deps.store.dialect === 'postgres') {
    return new StoreSendLimiter({
      store: deps.store,
      globalPerSecond: sendRatePerSecond,
      inFlightCapMs: sendRequestTimeoutMs,
    });
  }
  return new SendRateLimiter({ globalPerSecond: sendRatePerSecond, inFlightCapMs: sendRequestTimeoutMs });
}

/** What a prompt or meeting-message batch did, as the tick reports it. */
function batchOutcomes(batch: {
  jobs: readonly unknown[];
  count(result: 'sent' | 'retry' | 'failed' | 'unreachable' | 'cancelled' | 'lost-lease'): number;
}): BatchReport {
  const { count } = batch;
  return {
    claimed: batch.jobs.length,
    sent: count('sent'),
    retried: count('retry'),
    failed: count('failed'),
    unreachable: count('unreachable'),
    cancelled: count('cancelled'),
    lostLeases: count('lost-lease'),
  };
}
