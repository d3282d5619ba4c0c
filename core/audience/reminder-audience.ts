import type { Answer, Member, Round } from '../model';
import { DEFAULT_TIME_ZONE } from '../time/time-zone';
import { localDateOf } from '../time/zoned-time';
import { isInRoundScope } from './prompt-audience';

/** Whether the member's reminders are paused on the local date `today` (pausedUntil is inclusive). */
export function isPaused(member: Member, today: string): boolean {
  return member.pausedUntil !== null && member.pausedUntil >= today;
}

/**
 * Who a reminder (or final call) goes to at send time `now`: the chefs of the round's
 * department(s) who have not answered ALL of the round's questions, minus those whose
 * reminders are paused on today's local date in the forum's zone.
 *
 * An answer counts if it was saved at or before `now` by that member for that question (and,
 * for a department round, in that department). A round without questions reminds nobody.
 * `timeZone` is the forum's zone; it defaults to Europe/Copenhagen.
 */
export function reminderAudience(
  round: Round,
  members: readonly Member[],
  answers: readonly Answer[],
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): Member[] {
  if (round.questionIds.length === 0) return [];
  const today = localDateOf(now, timeZone);
  const nowMs = Date.parse(now);
  const wanted = new Set(round.questionIds);
  const answered = new Map<string, Set<string>>();
  for (const a of answers) {
    if (a.forumId !== round.forumId || !wanted.has(a.questionId)) continue;
    if (round.departmentId !== null && a.departmentId !== round.departmentId) continue;
    if (Date.parse(a.createdAt) > nowMs) continue;
    let set = answered.get(a.memberId);
    if (!set) answered.set(a.memberId, (set = new Set()));
    set.add(a.questionId);
  }
  return members.filter((m) => {
    if (m.role !== 'chef' || !isInRoundScope(m, round) || isPaused(m, today)) return false;
    return (answered.get(m.id)?.size ?? 0) < wanted.size;
  });
}
