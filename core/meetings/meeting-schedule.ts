import type { Department, Forum } from '../model';
import { effectiveSendTime } from '../planner/send-time';
import { forumCalendar, localToInstant } from '../time';
import { meetingSettingsOf } from './meeting-settings';

/**
 * When the bot writes about a department's facilitator meeting, each at the forum's send time
 * (moved out of quiet hours) on a working day:
 * - 'booking': no meeting date yet; first `bookingAfterWorkingDays` working days after kickoff,
 *   then every `bookingRepeatWorkingDays` working days, until the final meeting;
 * - 'briefing' (to the facilitators) and 'openQuestions' (to the chefs): `briefingWorkingDaysBefore`
 *   working days before the meeting date;
 * - 'takeaways' (to the group, the facilitators may add notes): the working day after it.
 * Each occasion is one (department, kind, date): the queue's key, so it is sent once.
 */
export type MeetingMessageKind = 'booking' | 'briefing' | 'openQuestions' | 'takeaways';

export interface MeetingOccasion {
  departmentId: string;
  kind: MeetingMessageKind;
  localDate: string;
  localTime: string;
  /** The instant the occasion is due (UTC ISO). */
  dueAt: string;
}

type ForumFacts = Pick<Forum, 'kickoffDate' | 'finalMeetingDate' | 'timeZone' | 'settings'>;

/** The local dates of the booking nudges of a department without a meeting date. */
export function bookingNudgeDates(forum: ForumFacts): string[] {
  const settings = meetingSettingsOf(forum);
  const calendar = forumCalendar(forum);
  const dates: string[] = [];
  let date = calendar.addWorkingDays(forum.kickoffDate, Math.max(1, settings.bookingAfterWorkingDays));
  while (date < forum.finalMeetingDate) {
    dates.push(date);
    date = calendar.addWorkingDays(date, Math.max(1, settings.bookingRepeatWorkingDays));
  }
  return dates;
}

/** Every occasion of one department as things stand (its meeting date decides which). */
export function meetingOccasions(
  forum: ForumFacts,
  department: Pick<Department, 'id' | 'facilitatorMeetingDate'>,
): MeetingOccasion[] {
  const time = effectiveSendTime(forum.settings.sendTime, forum.settings.quietHours);
  const occasion = (kind: MeetingMessageKind, localDate: string): MeetingOccasion => ({
    departmentId: department.id,
    kind,
    localDate,
    localTime: time,
    dueAt: localToInstant(localDate, time, forum.timeZone),
  });
  const meetingDate = department.facilitatorMeetingDate;
  if (!meetingDate) return bookingNudgeDates(forum).map((d) => occasion('booking', d));
  const calendar = forumCalendar(forum);
  const settings = meetingSettingsOf(forum);
  const briefingDate =
    settings.briefingWorkingDaysBefore > 0
      ? calendar.addWorkingDays(meetingDate, -settings.briefingWorkingDaysBefore)
      : meetingDate;
  const before = [occasion('briefing', briefingDate), occasion('openQuestions', briefingDate)];
  const after = calendar.addWorkingDays(meetingDate, 1);
  return [...before, ...(after <= forum.finalMeetingDate ? [occasion('takeaways', after)] : [])];
}

/**
 * The occasions due now: due at or before `now` and at most `graceMs` ago (after downtime, older
 * ones are not sent). Of the booking nudges only the latest due one counts: a nudge after a gap
 * replaces those missed, it does not add to them.
 */
export function dueMeetingOccasions(
  forum: ForumFacts,
  departments: readonly Pick<Department, 'id' | 'facilitatorMeetingDate'>[],
  now: string,
  graceMs: number,
): MeetingOccasion[] {
  const nowMs = Date.parse(now);
  const due: MeetingOccasion[] = [];
  for (const department of departments) {
    const reached = meetingOccasions(forum, department).filter((o) => Date.parse(o.dueAt) <= nowMs);
    const latestBooking = reached.filter((o) => o.kind === 'booking').at(-1);
    for (const o of reached) {
      if (o.kind === 'booking' && o !== latestBooking) continue;
      if (Date.parse(o.dueAt) >= nowMs - graceMs) due.push(o);
    }
  }
  return due;
}
