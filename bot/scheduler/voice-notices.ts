import { VOICE_NOTICE_INTERVAL_MS, voiceNoticeDay } from '../../core/voices';
import type { AppDeps } from '../app-deps';
import { VOICES_WAITING, type MeetingMessage } from '../store/meetings';
import type { VoiceStore } from '../store/voices/voice-store';
import type { SnapshotCache } from './forum-snapshot';

/**
 * Queues the chefs' notice for each department with voices waiting for moderation: outside the
 * forum's quiet hours, and only when this instance wins the department's once-a-day claim (atomic
 * across instances). The notices then go out through the meeting messages' queue: leased, retried,
 * under the shared send limits, and checked again at send time. The claim and the queued notices
 * are stored in one transaction, so a failure or a crash between them loses no day's notice: the
 * next pass claims again. Returns how many were queued.
 */
export async function enqueueVoiceNotices(
  deps: AppDeps,
  voices: VoiceStore,
  snapshots: SnapshotCache,
  now: Date,
): Promise<number> {
  const nowIso = now.toISOString();
  let queued = 0;
  for (const { forumId, departmentId } of await voices.departmentsWaiting()) {
    const snapshot = await snapshots.get(forumId);
    if (!snapshot || !snapshot.departments.has(departmentId)) continue;
    const day = voiceNoticeDay(snapshot.forum, now);
    if (!day) continue;
    const chefs = [...snapshot.members.values()].filter(
      (m) => m.role === 'chef' && m.departmentIds.includes(departmentId),
    );
    if (!chefs.length) continue;
    const messages = chefs.map((chef): MeetingMessage => ({
      id: deps.ids(),
      forumId,
      departmentId,
      kind: VOICES_WAITING,
      occasion: day,
      recipientKind: 'member',
      recipientId: chef.id,
      dueAt: nowIso,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: nowIso,
      leaseOwner: null,
      leaseUntil: null,
      sentActivityId: null,
      lastError: null,
      updatedAt: nowIso,
    }));
    queued += (await voices.claimNotice(departmentId, VOICE_NOTICE_INTERVAL_MS, messages)) ?? 0;
  }
  return queued;
}

/** Voices of the department still waiting (0: the notice is no longer wanted). */
export async function waitingVoices(voices: VoiceStore, departmentId: string): Promise<number> {
  const rows = await voices.countVoices([departmentId]);
  return rows.filter((r) => r.state === 'waiting').reduce((sum, r) => sum + r.count, 0);
}
