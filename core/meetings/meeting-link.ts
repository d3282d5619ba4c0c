import { DateTime } from 'luxon';
import { localToInstant } from '../time/zoned-time';

/**
 * A Teams deep link that opens the "new meeting" form prefilled:
 * https://teams.microsoft.com/l/meeting/new?subject=…&attendees=a,b&startTime=…&endTime=…&content=…
 * Every value is percent-encoded on its own (a "+" in a time offset would otherwise read as a
 * space); the attendees are joined by a literal comma, as Teams expects.
 */
export interface NewMeetingLink {
  subject: string;
  /** UPNs or e-mail addresses. */
  attendees: readonly string[];
  /** ISO-8601 with the offset of the forum's time zone, e.g. 2019-09-20T10:00:00+02:00. */
  startTime: string;
  endTime: string;
  content: string;
}

export const TEAMS_NEW_MEETING_URL = 'https://teams.microsoft.com/l/meeting/new';

export function newMeetingDeepLink(link: NewMeetingLink): string {
  const parts = [
    `subject=${encodeURIComponent(link.subject)}`,
    `attendees=${link.attendees.map(encodeURIComponent).join(',')}`,
    `startTime=${encodeURIComponent(link.startTime)}`,
    `endTime=${encodeURIComponent(link.endTime)}`,
    `content=${encodeURIComponent(link.content)}`,
  ];
  return `${TEAMS_NEW_MEETING_URL}?${parts.join('&')}`;
}

/** The ISO start and end (with offset) of a slot of `minutes` from a local start. */
export function zonedSlot(
  localDate: string,
  localTime: string,
  minutes: number,
  timeZone: string,
): { startTime: string; endTime: string } {
  const start = DateTime.fromISO(localToInstant(localDate, localTime, timeZone), { zone: timeZone });
  const end = start.plus({ minutes });
  return {
    startTime: start.toISO({ suppressMilliseconds: true })!,
    endTime: end.toISO({ suppressMilliseconds: true })!,
  };
}
