import { promptAudience, reminderAudience } from '../../core/audience';
import type { Delivery, Round } from '../../core/model';
import type { AppDeps } from '../app-deps';
import type { SnapshotCache } from './forum-snapshot';

export interface MaterializeReport {
  materialized: number;
  missed: number;
  deliveriesAdded: number;
}

/**
 * Turns every due 'planned' round into deliveries, one per recipient. Deliveries are inserted
 * first (idempotent on (round, recipient)) and the round is then moved to 'materialized' with a
 * guarded transition, so a crash in between only repeats an idempotent insert and two workers
 * never produce two deliveries for one person. Rounds older than the catch-up grace period
 * (after downtime) are marked 'missed' instead of flooding people with stale prompts.
 */
export async function materializeDueRounds(
  deps: AppDeps,
  snapshots: SnapshotCache,
  now: Date,
): Promise<MaterializeReport> {
  const { store, config, log } = deps;
  const nowIso = now.toISOString();
  const graceMs = config.scheduler.catchUpHours * 3_600_000;
  const report: MaterializeReport = { materialized: 0, missed: 0, deliveriesAdded: 0 };
  for (const round of await store.listDueRounds(nowIso)) {
    if (await isAfterFinalMeeting(snapshots, round)) {
      if (await store.transitionRound(round.id, 'planned', 'cancelled', nowIso)) {
        log.info({ roundId: round.id }, 'round cancelled: after the final meeting');
        await deps.changes.publish({
          forumId: round.forumId,
          departmentId: round.departmentId,
          topic: 'round',
        });
      }
      continue;
    }
    if (Date.parse(round.dueAt) < now.getTime() - graceMs) {
      if (await store.transitionRound(round.id, 'planned', 'missed', nowIso)) {
        report.missed++;
        log.warn(
          { roundId: round.id, dueAt: round.dueAt, catchUpHours: config.scheduler.catchUpHours },
          'round missed: older than the catch-up period',
        );
        await deps.changes.publish({
          forumId: round.forumId,
          departmentId: round.departmentId,
          topic: 'round',
        });
      }
      continue;
    }
    const deliveries = await deliveriesFor(deps, snapshots, round, nowIso);
    report.deliveriesAdded += await store.addDeliveries(deliveries);
    if (await store.transitionRound(round.id, 'planned', 'materialized', nowIso)) {
      report.materialized++;
      log.info({ roundId: round.id, kind: round.kind, recipients: deliveries.length }, 'round materialized');
      await deps.changes.publish({
        forumId: round.forumId,
        departmentId: round.departmentId,
        topic: 'round',
      });
    }
  }
  return report;
}

/** A finished forum sends nothing more, even if its final meeting was moved earlier after planning. */
async function isAfterFinalMeeting(snapshots: SnapshotCache, round: Round): Promise<boolean> {
  const snapshot = await snapshots.get(round.forumId);
  return !!snapshot && round.localDate > snapshot.forum.finalMeetingDate;
}

async function deliveriesFor(
  deps: AppDeps,
  snapshots: SnapshotCache,
  round: Round,
  nowIso: string,
): Promise<Delivery[]> {
  const snapshot = await snapshots.get(round.forumId);
  if (!snapshot) return [];
  const members = [...snapshot.members.values()];
  const audience =
    round.kind === 'prompt'
      ? promptAudience(round, members)
      : reminderAudience(
          round,
          members,
          await deps.store.listAnswers(round.forumId),
          nowIso,
          snapshot.forum.timeZone,
        );
  const base = (
    recipientKind: Delivery['recipientKind'],
    recipientId: string,
    departmentId: string | null,
  ): Delivery => ({
    id: deps.ids(),
    roundId: round.id,
    forumId: round.forumId,
    recipientKind,
    recipientId,
    departmentId,
    dueAt: round.dueAt,
    nextAttemptAt: round.dueAt,
    state: 'pending',
    attempts: 0,
    leaseOwner: null,
    leaseUntil: null,
    sentActivityId: null,
    sentConversationId: null,
    lastError: null,
    updatedAt: nowIso,
  });
  const out = audience.map((m) => base('member', m.id, round.departmentId ?? m.departmentIds[0] ?? null));
  if (round.kind === 'prompt') {
    // Group-chat mode: a department with a linked group chat also gets one shared card there.
    const departmentIds = round.departmentId ? [round.departmentId] : [...snapshot.departments.keys()];
    for (const departmentId of departmentIds) {
      const refs = await deps.store.listConversationRefs({ departmentId, kind: 'groupChat' });
      for (const ref of refs) {
        if (ref.removedAt === null && ref.reachable)
          out.push(base('conversation', ref.conversationId, departmentId));
      }
    }
  }
  return out;
}
