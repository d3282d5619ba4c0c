import { DateTime } from 'luxon';
import { INTL_TAG } from '../../../../../core/i18n';
import type { Locale } from '../../../../../core/model';
import { isValidLocalDate, isValidLocalTime } from '../../../../../core/time/local-date';

/**
 * The meeting's date and times are entered in the forum's time zone. What the person sees next to
 * the inputs: the zone's short name on that date (summer or winter time), and, when their own
 * device is in another zone, the start as their own clock shows it.
 */
export interface MeetingZoneHint {
  /** "Europe/Copenhagen", with the offset's short name on that date ("CEST"). */
  zone: string;
  offsetName: string;
  /** The start in the viewer's zone ("22. okt. 2019 03.30"), or null when it is the same zone or incomplete. */
  startHere: string | null;
}

export function meetingZoneHint(
  date: string,
  startTime: string,
  forumZone: string,
  locale: Locale,
  viewerZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): MeetingZoneHint {
  const day = isValidLocalDate(date) ? date : DateTime.now().setZone(forumZone).toISODate()!;
  const time = isValidLocalTime(startTime) ? startTime : '12:00';
  const there = DateTime.fromISO(`${day}T${time}`, { zone: forumZone }).setLocale(INTL_TAG[locale]);
  if (!there.isValid) return { zone: forumZone, offsetName: '', startHere: null };
  const here = there.setZone(viewerZone);
  const complete = isValidLocalDate(date) && isValidLocalTime(startTime);
  return {
    zone: forumZone,
    offsetName: there.offsetNameShort ?? '',
    startHere:
      complete && here.isValid && here.offset !== there.offset
        ? `${here.toLocaleString(DateTime.DATETIME_MED)} (${viewerZone})`
        : null,
  };
}
