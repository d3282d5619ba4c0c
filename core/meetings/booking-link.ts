import { localize } from '../i18n';
import type { Department, Forum, Locale, Member } from '../model';
import { effectiveSendTime } from '../planner/send-time';
import { forumCalendar } from '../time';
import { tMeeting } from './meeting-messages';
import { newMeetingDeepLink, zonedSlot } from './meeting-link';
import { meetingSettingsOf } from './meeting-settings';

export interface BookingLinkInput {
  forum: Forum;
  department: Department;
  /** The forum's members (those of the department are picked here). */
  members: readonly Member[];
  /** Where the department's summary opens (a Teams deep link into the tab, or its web URL). */
  summaryUrl: string;
  /** The local date the link is made on: the proposed date is the working day after the booking lead. */
  today: string;
  locale: Locale;
}

export interface BookingLink {
  url: string;
  attendees: string[];
  /** The department's chefs and facilitators with no e-mail/UPN stored: not in the invitation. */
  withoutAddress: string[];
  /** The proposed start, local date and time in the forum's zone. */
  proposed: { date: string; time: string };
}

/** The chefs and facilitators of a department, chefs first, each once. */
export function meetingPeople(members: readonly Member[], departmentId: string): Member[] {
  const of = (role: Member['role']) =>
    members.filter((m) => m.role === role && m.departmentIds.includes(departmentId));
  return [...of('chef'), ...of('facilitator')];
}

/**
 * The "Book mødet" link of a department: a new Teams meeting with its chefs and facilitators,
 * proposed on the forum's next working day from `today` (the people move it as they agree), at
 * the configured start time (moved out of quiet hours), its description linking the summary.
 */
export function facilitatorBookingLink(input: BookingLinkInput): BookingLink {
  const { forum, department, locale } = input;
  const settings = meetingSettingsOf(forum);
  const people = meetingPeople(input.members, department.id);
  const seen = new Set<string>();
  const attendees: string[] = [];
  const withoutAddress: string[] = [];
  for (const person of people) {
    const address = person.email?.trim();
    if (!address) withoutAddress.push(person.name);
    else if (!seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      attendees.push(address);
    }
  }
  const date = forumCalendar(forum).addWorkingDays(input.today, 1);
  const time = effectiveSendTime(settings.meetingStartTime, forum.settings.quietHours);
  const slot = zonedSlot(date, time, settings.meetingMinutes, forum.timeZone);
  const name = localize(department.name, locale);
  const url = newMeetingDeepLink({
    subject: tMeeting(locale, 'booking.subject', { department: name }),
    attendees,
    ...slot,
    content: tMeeting(locale, 'booking.content', {
      department: name,
      forum: localize(forum.name, locale),
      summaryUrl: input.summaryUrl,
    }),
  });
  return { url, attendees, withoutAddress, proposed: { date, time } };
}
