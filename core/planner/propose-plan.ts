import type { Department, Forum, IdGenerator, Question, Round, RoundKind } from '../model';
import { isValidLocalDate, isValidLocalTime } from '../time/local-date';
import { checkTimeZone } from '../time/time-zone';
import { forumCalendar } from '../time/working-calendar';
import { localDateOf, localToInstant } from '../time/zoned-time';
import { effectiveSendTime } from './send-time';
import type { PlanResult, PlanWarning, PlanWarningCode } from './types';
import { localizedMessage } from './warning';
import type { PlannerMessageKey } from './messages';
import type { Params } from '../i18n';

/**
 * The default plan between kickoff and final meeting.
 *
 * - Candidate days: working days strictly after the kickoff and strictly before the final
 *   meeting whose send instant is still in the future at `now`.
 * - Final call: `finalCallWorkingDaysBefore` working days before the final meeting, asking
 *   about every question (0 disables it). It is dropped (with a warning) if that day is not a
 *   candidate day or if no prompt day would be left before it.
 * - Prompts: one round per question, for all departments, spread evenly over the candidate
 *   days before the final call; the first on the first candidate day. With more questions
 *   than days, consecutive questions share a round.
 * - Reminders: `reminderAfterWorkingDays` working days after each prompt (0 disables them).
 *   A reminder that would fall on or after the final call (or the final meeting, without a
 *   final call) is DROPPED, with an info warning: the final call reminds of every question to
 *   the same audience, so a merged reminder would only send a second message that week.
 *   Reminders never collide with each other: distinct prompt days give distinct reminder days.
 * - Time: `sendTime`, moved to the end of quiet hours on the same day if it falls inside them;
 *   dueAt is that wall-clock time in the forum's zone (daylight saving respected).
 */
export function proposePlan(
  forum: Forum,
  departments: readonly Department[],
  questions: readonly Question[],
  ids: IdGenerator,
  now: string,
): PlanResult {
  const warnings: PlanWarning[] = [];
  const warn = (code: PlanWarningCode, severity: PlanWarning['severity'], params: Params = {}) =>
    warnings.push({
      code,
      severity,
      params,
      message: localizedMessage(`plan.${code}` as PlannerMessageKey, params),
    });
  const empty = (): PlanResult => ({ rounds: [], warnings });

  const zone = checkTimeZone(forum.timeZone);
  if (!zone.ok) {
    warn('invalidTimeZone', 'error', { timeZone: String(forum.timeZone) });
    return empty();
  }
  const tz = zone.timeZone;
  const { kickoffDate: kickoff, finalMeetingDate: final, settings } = forum;
  if (!isValidLocalDate(kickoff) || !isValidLocalDate(final) || final <= kickoff) {
    warn('invalidDates', 'error', { kickoff: String(kickoff), final: String(final) });
    return empty();
  }
  const quiet = settings.quietHours;
  for (const t of [settings.sendTime, quiet?.start, quiet?.end]) {
    if (t !== undefined && !isValidLocalTime(t)) {
      warn('invalidSendTime', 'error', { time: String(t) });
      return empty();
    }
  }
  const sorted = [...questions].sort((a, b) => a.number - b.number);
  if (sorted.length === 0) {
    warn('noQuestions', 'error');
    return empty();
  }
  if (departments.length === 0) warn('noDepartments', 'warning');

  const time = effectiveSendTime(settings.sendTime, quiet);
  if (time !== settings.sendTime) warn('sendTimeMoved', 'info', { time: settings.sendTime, moved: time });

  const nowMs = Date.parse(now);
  const dueAt = (date: string) => localToInstant(date, time, tz);
  const calendar = forumCalendar(forum);
  const days = calendar.workingDaysBetween(kickoff, final).filter((d) => Date.parse(dueAt(d)) > nowMs);
  if (days.length === 0) {
    const today = localDateOf(now, tz);
    warn('noWorkingDays', 'error', { from: today > kickoff ? today : kickoff, final });
    return empty();
  }

  let finalCall: string | null = null;
  const n = Math.floor(settings.finalCallWorkingDaysBefore);
  if (n >= 1) {
    const day = calendar.addWorkingDays(final, -n);
    if (days.includes(day) && day !== days[0]) finalCall = day;
    else warn('finalCallDropped', 'warning', { days: n });
  }
  const promptDays = finalCall ? days.filter((d) => d < finalCall) : days;

  const Q = sorted.length;
  const P = promptDays.length;
  if (Q > P) warn('questionsCombined', 'warning', { questions: Q, days: P });
  const prompts = new Map<string, string[]>();
  sorted.forEach((q, i) => {
    const day = promptDays[Math.floor((i * P) / Q)] as string;
    const list = prompts.get(day) ?? [];
    list.push(q.id);
    prompts.set(day, list);
  });

  const planned: Array<{ kind: RoundKind; date: string; questionIds: string[] }> = [];
  const numberOf = new Map(sorted.map((q) => [q.id, q.number] as const));
  const limit = finalCall ?? final;
  const r = Math.floor(settings.reminderAfterWorkingDays);
  for (const [day, questionIds] of prompts) {
    planned.push({ kind: 'prompt', date: day, questionIds });
    if (r < 1) continue;
    const reminderDay = calendar.addWorkingDays(day, r);
    if (reminderDay >= limit) {
      warn('reminderDropped', 'info', {
        questions: questionIds.map((id) => numberOf.get(id)).join(', '),
        limit,
      });
    } else {
      planned.push({ kind: 'reminder', date: reminderDay, questionIds: [...questionIds] });
    }
  }
  if (finalCall) planned.push({ kind: 'finalCall', date: finalCall, questionIds: sorted.map((q) => q.id) });

  const order: Record<RoundKind, number> = { prompt: 0, reminder: 1, finalCall: 2 };
  planned.sort((a, b) => (a.date === b.date ? order[a.kind] - order[b.kind] : a.date < b.date ? -1 : 1));
  const rounds: Round[] = planned.map((p) => ({
    id: ids(),
    forumId: forum.id,
    departmentId: null,
    kind: p.kind,
    questionIds: p.questionIds,
    localDate: p.date,
    localTime: time,
    dueAt: dueAt(p.date),
    state: 'planned',
    createdAt: now,
    updatedAt: now,
  }));
  return { rounds, warnings };
}
