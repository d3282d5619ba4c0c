import type { Logger } from 'pino';
import type { Clock, Forum } from '../../core/model';
import { createAuditLog, type AuditLog } from '../audit/audit-log';
import type { MeetingStore } from '../store/meetings';
import type { ChangeFeed, ChangeNotice, RetentionPurge, Store } from '../store/store';
import type { VoiceStore } from '../store/voices/voice-store';
import { privacyMessages } from './privacy-messages';
import { isPurgeDue } from './retention-info';

export interface RetentionJobDeps {
  store: Store;
  /** Voices from outside the forum: removed with the forum's personal data. */
  voices?: VoiceStore;
  /** The facilitator meetings: who recorded each date, the notes and their author, the messages. */
  meetings: MeetingStore;
  clock: Clock;
  log: Logger;
  changes?: ChangeFeed;
  audit?: AuditLog;
  /** How often start() checks. Default one hour (purges happen within the hour after they are due). */
  intervalMs?: number;
}

export interface RetentionRunReport {
  checked: number;
  purged: RetentionPurge[];
  /** Forums due but purged already (by an earlier run or another instance). */
  alreadyPurged: number;
  /** Forums due whose cards in Teams are still being updated to show no answers (purged at a later run). */
  waitingForCards: number;
  failed: Array<{ forumId: string; error: string }>;
  /** Voices from outside the forum removed in this run. */
  voicesPurged: number;
  /** Recorded facilitator meetings (time, author, notes) and queued messages about them removed in this run. */
  meetingsPurged: number;
  meetingMessagesPurged: number;
}

export interface RetentionJob {
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
  runOnce(now?: Date): Promise<RetentionRunReport>;
}

/** How long after its purge is due a forum waits for its cards in Teams to be updated. */
export const PURGE_CARD_WAIT_MS = 24 * 3_600_000;

/**
 * The daily retention purge. Idempotent and safe on several instances: the store purges a forum
 * in one transaction that first claims it (a unique marker row), so a second instance, or a
 * second run, finds it done and does nothing.
 *
 * Copies in Teams first: when a forum is due, every card the bot sent there is queued for an
 * update in place showing no answers (view 'purged'; the scheduler sends them, leased and
 * rate-limited), and the purge waits for those updates - it removes the conversation references
 * they need - at most PURGE_CARD_WAIT_MS, checked at every run. The meeting cards the bot posted
 * (booking, briefing, takeaways) are queued for a neutral view the same way (MeetingStore.purgeForum),
 * and the purge waits for them too.
 */
export function createRetentionJob(deps: RetentionJobDeps): RetentionJob {
  const { store, clock, log } = deps;
  const audit = deps.audit ?? createAuditLog(store, { clock });
  const intervalMs = deps.intervalMs ?? 3_600_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<RetentionRunReport> | undefined;

  async function purgeOne(
    forumId: string,
    anonymizedName: string,
    now: Date,
  ): Promise<RetentionPurge | undefined> {
    const purge = await store.purgeForumPersonalData(forumId, anonymizedName, now.toISOString());
    if (!purge) return undefined;
    await audit.record({
      forumId,
      system: 'retention',
      action: 'retention.purge',
      target: { kind: 'forum', id: forumId },
      details: { answers: purge.answers, members: purge.members, conversations: purge.conversations },
    });
    for (const topic of ['answer', 'member'] as const) {
      await deps.changes?.publish({ forumId, departmentId: null, topic }).catch(() => undefined);
    }
    log.info(
      { component: 'retention', forumId, answers: purge.answers, members: purge.members },
      'retention: personal data purged',
    );
    return purge;
  }

  /**
   * The parts kept beside the Store - voices and their rounds, the facilitator meetings and their
   * messages - go when the forum's retention runs out (they wait for no cards). At every run, so
   * a purge that failed is done at the next one; audited when something went.
   */
  async function purgeBeside(
    forumId: string,
    report: RetentionRunReport,
    part: 'voices' | 'meetings',
    topic: ChangeNotice['topic'],
    purge: () => Promise<Record<string, number>>,
  ): Promise<void> {
    try {
      const details = await purge();
      if (Object.values(details).every((n) => n === 0)) return;
      await audit.record({
        forumId,
        system: 'retention',
        action: 'retention.purge',
        target: { kind: 'forum', id: forumId },
        details,
      });
      await deps.changes?.publish({ forumId, departmentId: null, topic }).catch(() => undefined);
      log.info({ component: 'retention', forumId, ...details }, `retention: ${part} purged`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.failed.push({ forumId, error: message });
      log.error({ component: 'retention', forumId, err: { message } }, `retention: ${part} purge failed`);
    }
  }

  async function purgeVoices(forumId: string, report: RetentionRunReport): Promise<void> {
    const voices = deps.voices;
    if (!voices) return;
    await purgeBeside(forumId, report, 'voices', 'voice', async () => {
      const purged = await voices.purgeForum(forumId);
      report.voicesPurged += purged;
      return { voices: purged };
    });
  }

  /** Returns how many meeting cards in Teams are still to be updated to the neutral view. */
  async function purgeMeetings(forumId: string, now: Date, report: RetentionRunReport): Promise<number> {
    let cardsWaiting = 0;
    await purgeBeside(forumId, report, 'meetings', 'forum', async () => {
      const purged = await deps.meetings.purgeForum(forumId, now.toISOString());
      report.meetingsPurged += purged.meetings;
      report.meetingMessagesPurged += purged.messages;
      cardsWaiting = purged.cardsWaiting;
      return { meetings: purged.meetings, meetingMessages: purged.messages };
    });
    return cardsWaiting;
  }

  /**
   * Queues the forum's cards for the purge; true while some are still to be updated (and the wait
   * is not over). `meetingCards`: the meeting cards still to be updated (queued by purgeMeetings).
   */
  async function cardsStillShowing(forum: Forum, now: Date, meetingCards: number): Promise<boolean> {
    await store.enqueuePurgedCards(forum.id, now.toISOString());
    const prompts = (await store.listCardCloses({ forumId: forum.id })).filter(
      (c) => c.view === 'purged' && (c.state === 'pending' || c.state === 'leased'),
    ).length;
    const open = prompts + meetingCards;
    if (open === 0) return false;
    if (isPurgeDue(forum, new Date(now.getTime() - PURGE_CARD_WAIT_MS))) {
      log.warn(
        { component: 'retention', forumId: forum.id, openCardUpdates: open },
        'retention: purging although cards in Teams are not all updated (waited long enough)',
      );
      return false;
    }
    log.info(
      { component: 'retention', forumId: forum.id, openCardUpdates: open },
      'retention: waiting for cards in Teams to be updated before the purge',
    );
    return true;
  }

  async function runOnce(now: Date = clock.now()): Promise<RetentionRunReport> {
    const report = emptyRunReport();
    for (const forum of await store.listForums()) {
      report.checked++;
      if (!isPurgeDue(forum, now)) continue;
      await purgeVoices(forum.id, report);
      const meetingCards = await purgeMeetings(forum.id, now, report);
      if (await store.getRetentionPurge(forum.id)) {
        report.alreadyPurged++;
        continue;
      }
      try {
        if (await cardsStillShowing(forum, now, meetingCards)) {
          report.waitingForCards++;
          continue;
        }
        const purge = await purgeOne(forum.id, privacyMessages['anonymized.name'][forum.defaultLocale], now);
        if (purge) report.purged.push(purge);
        else report.alreadyPurged++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        report.failed.push({ forumId: forum.id, error: message });
        log.error(
          { component: 'retention', forumId: forum.id, err: { message } },
          'retention: purge failed; will retry at the next run',
        );
      }
    }
    return report;
  }

  const tick = () => {
    if (running) return;
    running = runOnce(clock.now())
      .catch((error: unknown) => {
        log.error(
          { component: 'retention', err: { message: (error as Error)?.message } },
          'retention: run failed',
        );
        return emptyRunReport();
      })
      .finally(() => {
        running = undefined;
      });
  };

  return {
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
    runOnce,
  };
}

/** A run that has checked nothing yet (also what a run that failed as a whole reports). */
function emptyRunReport(): RetentionRunReport {
  return {
    checked: 0,
    purged: [],
    alreadyPurged: 0,
    waitingForCards: 0,
    failed: [],
    voicesPurged: 0,
    meetingsPurged: 0,
    meetingMessagesPurged: 0,
  };
}
